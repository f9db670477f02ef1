// The release `helm template` is run for, as Argo CD's helmTemplate sets it from the app and its source.
import type { RenderUnit, UnitSource } from '../argo/unit.js';
import type { HelmRelease } from './helmInputs.js';

/**
 * Argo CD's helmTemplate: helm.releaseName, else the app name; helm.namespace, else the destination's;
 * helm.kubeVersion and helm.apiVersions, else the cluster's (here: the kubernetes-version setting and
 * the API versions of the CRDs in the repository, asked for only when the source names none).
 */
export function helmRelease(
  unit: RenderUnit,
  source: UnitSource,
  kubernetesVersion: string,
  apiVersions: (() => string[]) | undefined,
): HelmRelease {
  const helm = source.helm ?? {};
  const namespace =
    helm.namespace !== undefined && helm.namespace !== '' ? helm.namespace : unit.app?.destination.namespace;
  return {
    releaseName: helm.releaseName ?? unit.app?.name ?? source.path.split('/').pop() ?? 'release',
    ...(namespace && { namespace }),
    kubeVersion:
      helm.kubeVersion !== undefined && helm.kubeVersion !== '' ? helm.kubeVersion : kubernetesVersion,
    apiVersions: helm.apiVersions
      ? helm.apiVersions.filter((v) => !v.startsWith('-'))
      : (apiVersions?.() ?? []),
  };
}
