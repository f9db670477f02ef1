// The release `helm template` is run for, as Argo CD's helmTemplate sets it from the app and its source,
// and the API versions it is told the cluster serves (the repository's CRDs).
import { parseAllDocuments } from 'yaml';
import type { RenderUnit, UnitSource } from '../argo/unit.js';
import { mayInclude, type FileTree } from '../fileTree.js';
import { listOf, objectOf } from '../fields.js';
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

/**
 * What `--api-versions` tells helm besides its built-in APIs: every served version of the CRDs defined
 * in the repository, as `group/version` and `group/version/Kind` (the two forms Argo CD passes for a
 * cluster's APIs), so `.Capabilities.APIVersions.Has "monitoring.coreos.com/v1"` holds when the
 * repository installs that CRD. Argo CD asks the destination cluster instead.
 */
export function crdApiVersions(tree: FileTree): string[] {
  const out = new Set<string>();
  for (const [path, entry] of tree) {
    if (!/\.(ya?ml|json)$/.test(path) || !mayInclude(entry, 'CustomResourceDefinition')) continue;
    let docs: unknown[];
    try {
      docs = parseAllDocuments(entry.text ?? '').map((d) =>
        d.errors.length > 0 ? undefined : (d.toJS({ maxAliasCount: 100 }) as unknown),
      );
    } catch {
      continue;
    }
    for (const doc of docs) {
      const crd = objectOf(doc);
      const spec = objectOf(crd.spec);
      const group = spec.group;
      if (crd.kind !== 'CustomResourceDefinition' || typeof group !== 'string') continue;
      const kind = objectOf(spec.names).kind;
      for (const v of listOf(spec.versions)) {
        const { name, served } = objectOf(v);
        if (typeof name !== 'string' || served === false) continue;
        out.add(`${group}/${name}`);
        if (typeof kind === 'string') out.add(`${group}/${name}/${kind}`);
      }
    }
  }
  return [...out].sort();
}
