// What a sync will do, in order, and the sync options that change the outcome for an object — as Argo
// CD's gitops-engine does it (pkg/sync/sync_tasks.go): tasks sorted by phase (PreSync, Sync, PostSync,
// SyncFail), then `argocd.argoproj.io/sync-wave`, then Helm's kind order (Namespace first, unknown kinds
// and custom resources last), then name. Slipway does not model gitops-engine's later adjustment (a
// namespace or CRD moved before the objects that need it within a wave); the kind order already puts
// them first in the common case.
import { objectName, type Obj } from '../render/objects.js';
import { hookOf } from './hooks.js';
import { plainText } from '../plainText.js';
import { objectOf } from '../fields.js';

const KIND_ORDER = [
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];
const PHASES = ['PreSync', 'Sync', 'PostSync', 'SyncFail'];

const annotations = (obj: Obj): Obj => objectOf(objectOf(obj.metadata).annotations);
const kindRank = (kind: unknown) => {
  const i = KIND_ORDER.indexOf(String(kind));
  return i === -1 ? KIND_ORDER.length : i;
};

/**
 * The apply order, one line per phase and wave (`Sync · wave -1: Namespace/shop, ConfigMap/shop/settings`),
 * when the order matters: some object has a sync wave, or there are hooks. Undefined otherwise.
 */
export function applyOrder(objects: readonly Obj[]): string[] | undefined {
  const tasks: Array<{ phase: number; wave: number; kind: number; name: string; label: string }> = [];
  let ordered = false;
  for (const obj of objects) {
    const hook = hookOf(obj);
    if (hook === 'skip') continue;
    const waveText = annotations(obj)['argocd.argoproj.io/sync-wave'];
    if (waveText !== undefined || hook) ordered = true;
    const wave = hook ? hook.wave : Number.parseInt(plainText(waveText, '0'), 10) || 0;
    const phases = hook ? hook.phases.filter((p) => PHASES.includes(p)) : ['Sync'];
    for (const phase of phases)
      tasks.push({
        phase: PHASES.indexOf(phase),
        wave,
        kind: kindRank(obj.kind),
        name: plainText(objectOf(obj.metadata).name, ''),
        label: `${objectName(obj)}${hook ? ' (hook)' : ''}`,
      });
  }
  if (!ordered) return undefined;
  tasks.sort(
    (a, b) => a.phase - b.phase || a.wave - b.wave || a.kind - b.kind || a.name.localeCompare(b.name),
  );
  const lines: string[] = [];
  let current = '';
  for (const task of tasks) {
    const step = `${PHASES[task.phase]} · wave ${task.wave}`;
    if (step !== current) lines.push(`${step}: ${task.label}`);
    else lines[lines.length - 1] += `, ${task.label}`;
    current = step;
  }
  return lines;
}

/** Sync options whose effect the preview shows on the objects (or the namespace) they touch. */
export const SHOWN_SYNC_OPTIONS = [
  'Prune=false',
  'PruneLast=true',
  'Delete=false',
  'Replace=true',
  'ServerSideApply=true',
  'Validate=false',
  'CreateNamespace=true',
] as const;
/** Options that change how Argo CD syncs but not what ends up in the cluster: not shown. */
export const UNSHOWN_SYNC_OPTIONS = [
  'ApplyOutOfSyncOnly=true',
  'RespectIgnoreDifferences=true',
  'SkipDryRunOnMissingResource=true',
  'FailOnSharedResource=true',
  'PrunePropagationPolicy',
  'Force=true',
] as const;

/** The sync options that apply to an object: its own annotation, then the app's syncPolicy.syncOptions. */
export function syncOptionsOf(obj: Obj, appOptions: readonly string[] = []): Set<string> {
  const own = plainText(annotations(obj)['argocd.argoproj.io/sync-options'], '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return new Set([...appOptions, ...own]);
}

/** Words about how the options change what happens to a created or changed object ('' when none do). */
export function applyOptionNote(options: ReadonlySet<string>, change: 'created' | 'changed'): string {
  const notes: string[] = [];
  if (options.has('Replace=true'))
    notes.push(
      change === 'created'
        ? 'with kubectl create (Replace=true)'
        : 'with kubectl replace (Replace=true): fields set outside Git are dropped',
    );
  if (options.has('ServerSideApply=true')) notes.push('server-side apply (ServerSideApply=true)');
  if (options.has('Validate=false')) notes.push('without schema validation (Validate=false)');
  return notes.join('; ');
}
