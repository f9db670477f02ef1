// Sync hooks as Argo CD runs them (gitops-engine's hook package, and Argo CD's Helm hook mapping): an
// object with `argocd.argoproj.io/hook`, or a Helm hook, is not part of the synced set — it is never
// "created" or "pruned"; it runs in its phases and is deleted per its delete policy.
import type { Obj, RenderedObject } from '../render/objects.js';
import { plainText } from '../plainText.js';
import { objectOf } from '../fields.js';

const ARGO_HOOK = 'argocd.argoproj.io/hook';
const ARGO_DELETE = 'argocd.argoproj.io/hook-delete-policy';
const ARGO_WAVE = 'argocd.argoproj.io/sync-wave';
const HELM_HOOK = 'helm.sh/hook';
const HELM_DELETE = 'helm.sh/hook-delete-policy';
const HELM_WEIGHT = 'helm.sh/hook-weight';

/** Argo CD's documented mapping of Helm hooks; test and rollback hooks have no phase and never run. */
const HELM_PHASES: Record<string, string> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  'pre-delete': 'PreDelete',
  'post-delete': 'PostDelete',
};
const HELM_DELETE_POLICIES: Record<string, string> = {
  'hook-succeeded': 'HookSucceeded',
  'hook-failed': 'HookFailed',
  'before-hook-creation': 'BeforeHookCreation',
};
export const PHASE_ORDER = ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PreDelete', 'PostDelete'];

export interface Hook {
  /** Phases it runs in; empty for a Helm hook Argo CD does not run (test, rollback). */
  phases: string[];
  deletePolicies: string[];
  wave: number;
  /** Which annotation made it a hook. */
  from: 'argocd' | 'helm';
}

const list = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

function annotationsOf(obj: Obj): Obj {
  return objectOf(objectOf(obj.metadata).annotations);
}

/** The object's hook, `skip` for `argocd.argoproj.io/hook: Skip` (never applied), or undefined. */
export function hookOf(obj: Obj): Hook | 'skip' | undefined {
  const a = annotationsOf(obj);
  const argo = list(a[ARGO_HOOK]);
  if (argo.includes('Skip')) return 'skip';
  const wave = Number.parseInt(plainText(a[ARGO_WAVE] ?? a[HELM_WEIGHT], '0'), 10) || 0;
  if (argo.length > 0) {
    const policies = list(a[ARGO_DELETE]);
    return {
      phases: argo,
      deletePolicies: policies.length > 0 ? policies : ['BeforeHookCreation'],
      wave,
      from: 'argocd',
    };
  }
  const helm = list(a[HELM_HOOK]).filter((h) => h !== 'crd-install');
  if (helm.length === 0) return undefined;
  const phases = [...new Set(helm.flatMap((h) => (HELM_PHASES[h] ? [HELM_PHASES[h]] : [])))];
  const policies = list(a[HELM_DELETE]).flatMap((p) =>
    HELM_DELETE_POLICIES[p] ? [HELM_DELETE_POLICIES[p]] : [],
  );
  return {
    phases,
    deletePolicies: policies.length > 0 ? policies : ['BeforeHookCreation'],
    wave,
    from: 'helm',
  };
}

/** Whether deleting the object from the manifests leaves it in the cluster (Helm's resource-policy: keep). */
export function keptOnDelete(obj: Obj): boolean {
  return annotationsOf(obj)['helm.sh/resource-policy'] === 'keep';
}

/** The synced set (hooks and `Skip` objects taken out) and the hooks, as Argo CD splits an app's objects. */
export function splitHooks(objects: readonly RenderedObject[]): {
  synced: RenderedObject[];
  hooks: Array<RenderedObject & { hook: Hook }>;
} {
  const synced: RenderedObject[] = [];
  const hooks: Array<RenderedObject & { hook: Hook }> = [];
  for (const o of objects) {
    const hook = hookOf(o.obj);
    if (hook === undefined) synced.push(o);
    else if (hook !== 'skip') hooks.push({ ...o, hook });
  }
  return { synced, hooks };
}
