// What changes in an Application itself: where it deploys, from where, under which project and policy,
// and any other field of its definition.
import type { AppInfo } from '../argo/unit.js';
import { describeDifferences, differences, versionless } from './imageVersions.js';

function syncPolicyText(app: AppInfo): string {
  const p = app.syncPolicy;
  const mode = p.automated ? ['automated', p.prune && 'prune', p.selfHeal && 'self-heal'] : ['manual'];
  return [...mode, ...p.options].filter(Boolean).join(', ');
}

/** What an Application's own settings change: where it deploys, from where, under which project and policy. */
export function appSettingChanges(before: AppInfo | undefined, after: AppInfo | undefined): string[] {
  if (!before || !after) return [];
  const out: string[] = [];
  const dest = (a: AppInfo) =>
    [a.destination.server ?? a.destination.name ?? '', a.destination.namespace ?? ''].join(' / ');
  const compare = (what: string, x: string, y: string) => {
    if (x !== y) out.push(`${what}: ${x || '(none)'} → ${y || '(none)'}`);
  };
  compare('destination', dest(before), dest(after));
  compare('project', before.project ?? 'default', after.project ?? 'default');
  compare('sources', before.origins.join('; '), after.origins.join('; '));
  compare('sync policy', syncPolicyText(before), syncPolicyText(after));
  if (before.cascadeDelete !== after.cascadeDelete)
    out.push(`resources finalizer ${after.cascadeDelete ? 'added' : 'removed'}`);
  // every other field: only the image versions of its overrides may change unseen here (the render shows them)
  const was =
    before.definition &&
    versionless({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...before.definition }).rest;
  const now =
    after.definition &&
    versionless({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...after.definition }).rest;
  const found = differences(was, now);
  if (found.paths.length > 0) out.push(`definition: ${describeDifferences(found)} changed`);
  return out;
}
