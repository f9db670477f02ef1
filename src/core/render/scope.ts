// Which kinds are cluster-scoped, so namespaced objects without a namespace get the app's destination.
import type { RenderedObject } from './objects.js';
import { isObjectLike, objectOf } from '../fields.js';

const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'ClusterIssuer',
  'ClusterSecretStore',
]);

/** Kinds declared cluster-scoped by CRDs among the given objects. */
export function clusterScopedCrdKinds(objects: readonly RenderedObject[]): Set<string> {
  const kinds = new Set<string>();
  for (const { obj } of objects) {
    if (obj.kind !== 'CustomResourceDefinition') continue;
    const spec = objectOf(obj.spec);
    const kind = objectOf(spec.names).kind;
    if (spec.scope === 'Cluster' && typeof kind === 'string') kinds.add(kind);
  }
  return kinds;
}

export function isClusterScoped(kind: string, crdKinds: ReadonlySet<string>): boolean {
  return CLUSTER_SCOPED.has(kind) || crdKinds.has(kind);
}

/** Gives namespaced objects without a namespace the destination namespace, as Argo CD does when it applies. */
export function defaultNamespaces(
  objects: RenderedObject[],
  namespace: string | undefined,
  crdKinds: ReadonlySet<string>,
): void {
  if (!namespace) return;
  for (const { obj } of objects) {
    if (isClusterScoped(String(obj.kind), crdKinds)) continue;
    const metadata = (obj.metadata ??= {});
    if (!isObjectLike(metadata)) continue;
    if (typeof metadata.namespace !== 'string' || metadata.namespace === '') metadata.namespace = namespace;
  }
}
