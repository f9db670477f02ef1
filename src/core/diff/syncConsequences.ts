// What Argo CD will do about each change, from the app's sync policy and the object's sync options, and
// the Namespace Argo CD creates for CreateNamespace=true.
import { objectOf } from '../fields.js';
import type { AppInfo } from '../argo/unit.js';
import type { Obj, RenderedObject } from '../render/objects.js';
import type { ChangeType, ObjectChange } from './diffModel.js';
import { keptOnDelete } from './hooks.js';
import { applyOptionNote, syncOptionsOf } from './syncOrder.js';

/** What Argo CD will do about a change, from the app's sync policy and the object's sync options. */
export function consequence(change: ChangeType, app: AppInfo | undefined, obj: Obj): string {
  const policy = app?.syncPolicy;
  if (!policy) return change === 'deleted' ? 'no longer in the manifests' : 'in the manifests';
  const options = syncOptionsOf(obj, policy.options);
  if (change === 'deleted') {
    if (keptOnDelete(obj)) return 'will be left running (helm.sh/resource-policy: keep)';
    if (options.has('Prune=false')) return 'will be left running (Prune=false); the app shows OutOfSync';
    const last = options.has('PruneLast=true')
      ? ', last, after every other object is synced (PruneLast=true)'
      : '';
    if (!policy.automated) return `deleted when someone syncs with prune${last}`;
    return policy.prune
      ? `will be deleted${last}`
      : 'will be left running (automated sync without prune); the app shows OutOfSync';
  }
  const how = applyOptionNote(options, change);
  const when = !policy.automated
    ? 'applies when someone syncs'
    : policy.selfHeal
      ? 'applied automatically; self-heal reverts manual changes'
      : 'applied automatically';
  return how ? `${when}; ${how}` : when;
}

/**
 * CreateNamespace=true: Argo CD creates the destination namespace before syncing when it is missing — shown
 * as a created Namespace when the app is new, moves to another namespace, or gains the option, and its
 * manifests do not hold that Namespace themselves.
 */
export function createdNamespace(
  before: AppInfo | undefined,
  after: AppInfo | undefined,
  head: readonly RenderedObject[],
): ObjectChange[] {
  const ns = after?.destination.namespace;
  if (!after || !ns || !after.syncPolicy.options.includes('CreateNamespace=true')) return [];
  const had =
    before?.syncPolicy.options.includes('CreateNamespace=true') && before.destination.namespace === ns;
  if (had || head.some((o) => o.obj.kind === 'Namespace' && objectOf(o.obj.metadata).name === ns)) return [];
  return [
    {
      change: 'created',
      object: `Namespace/${ns}`,
      summary: [],
      consequence: `created by Argo CD before the sync if it does not exist yet (CreateNamespace=true)`,
      after: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
    },
  ];
}
