// APIs that Kubernetes deprecated and removed: an error from the version that removed them, a warning before.
// Source: the Kubernetes "Deprecated API Migration Guide" (kubernetes.io/docs/reference/using-api/
// deprecation-guide), every entry of its "Removed APIs by release", the newest of which is v1.32 (read
// 2026-11-26). Update this table with the guide.
export interface RemovedApi {
  apiVersion: string;
  /** Kinds affected; all kinds of the group/version when absent. */
  kinds?: string[];
  deprecated: string;
  removed: string;
  replacement: string;
}

/** The cluster version removed and deprecated APIs are judged against when none is given. */
export const DEFAULT_KUBERNETES_VERSION = '1.31';

export const REMOVED_APIS: RemovedApi[] = [
  {
    apiVersion: 'extensions/v1beta1',
    kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'],
    deprecated: '1.9',
    removed: '1.16',
    replacement: 'apps/v1',
  },
  {
    apiVersion: 'extensions/v1beta1',
    kinds: ['NetworkPolicy'],
    deprecated: '1.9',
    removed: '1.16',
    replacement: 'networking.k8s.io/v1',
  },
  {
    apiVersion: 'extensions/v1beta1',
    kinds: ['PodSecurityPolicy'],
    deprecated: '1.11',
    removed: '1.16',
    replacement: 'policy/v1beta1 (itself removed in 1.25: Pod Security Admission)',
  },
  {
    apiVersion: 'extensions/v1beta1',
    kinds: ['Ingress'],
    deprecated: '1.14',
    removed: '1.22',
    replacement: 'networking.k8s.io/v1',
  },
  { apiVersion: 'apps/v1beta1', deprecated: '1.9', removed: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', deprecated: '1.9', removed: '1.16', replacement: 'apps/v1' },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kinds: ['Ingress', 'IngressClass'],
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'networking.k8s.io/v1',
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1beta1',
    deprecated: '1.17',
    removed: '1.22',
    replacement: 'rbac.authorization.k8s.io/v1',
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    deprecated: '1.16',
    removed: '1.22',
    replacement: 'admissionregistration.k8s.io/v1',
  },
  {
    apiVersion: 'apiextensions.k8s.io/v1beta1',
    deprecated: '1.16',
    removed: '1.22',
    replacement: 'apiextensions.k8s.io/v1',
  },
  {
    apiVersion: 'apiregistration.k8s.io/v1beta1',
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'apiregistration.k8s.io/v1',
  },
  {
    apiVersion: 'authentication.k8s.io/v1beta1',
    kinds: ['TokenReview'],
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'authentication.k8s.io/v1',
  },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview'],
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'authorization.k8s.io/v1',
  },
  {
    apiVersion: 'certificates.k8s.io/v1beta1',
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'certificates.k8s.io/v1',
  },
  {
    apiVersion: 'coordination.k8s.io/v1beta1',
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'coordination.k8s.io/v1',
  },
  {
    apiVersion: 'scheduling.k8s.io/v1beta1',
    deprecated: '1.14',
    removed: '1.22',
    replacement: 'scheduling.k8s.io/v1',
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'storage.k8s.io/v1',
  },
  {
    apiVersion: 'batch/v1beta1',
    kinds: ['CronJob'],
    deprecated: '1.21',
    removed: '1.25',
    replacement: 'batch/v1',
  },
  {
    apiVersion: 'policy/v1beta1',
    kinds: ['PodDisruptionBudget'],
    deprecated: '1.21',
    removed: '1.25',
    replacement: 'policy/v1',
  },
  {
    apiVersion: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    deprecated: '1.21',
    removed: '1.25',
    replacement: 'Pod Security Admission (no replacement object)',
  },
  { apiVersion: 'autoscaling/v2beta1', deprecated: '1.22', removed: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2beta2', deprecated: '1.23', removed: '1.26', replacement: 'autoscaling/v2' },
  {
    apiVersion: 'discovery.k8s.io/v1beta1',
    deprecated: '1.21',
    removed: '1.25',
    replacement: 'discovery.k8s.io/v1',
  },
  {
    apiVersion: 'events.k8s.io/v1beta1',
    deprecated: '1.19',
    removed: '1.25',
    replacement: 'events.k8s.io/v1',
  },
  { apiVersion: 'node.k8s.io/v1beta1', deprecated: '1.20', removed: '1.25', replacement: 'node.k8s.io/v1' },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kinds: ['CSIStorageCapacity'],
    deprecated: '1.24',
    removed: '1.27',
    replacement: 'storage.k8s.io/v1',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
    deprecated: '1.23',
    removed: '1.26',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
    deprecated: '1.26',
    removed: '1.29',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
    deprecated: '1.29',
    removed: '1.32',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
];

/** A Kubernetes minor version as settings take it: `1.31` or `v1.31`. */
export function isKubernetesVersion(version: string): boolean {
  return /^v?\d+\.\d+$/.test(version);
}

/** `1.25` → 1025, for comparing minor versions. */
export function minorNumber(version: string): number {
  const match = /^v?(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`"${version}" is not a Kubernetes version (X.Y)`);
  return Number(match[1]) * 1000 + Number(match[2]);
}

/** The API versions that lost a kind: most objects' apiVersion is none of them. */
const WITH_REMOVALS = new Set(REMOVED_APIS.map((r) => r.apiVersion));

export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  if (!WITH_REMOVALS.has(apiVersion)) return undefined;
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && (!r.kinds || r.kinds.includes(kind)));
}
