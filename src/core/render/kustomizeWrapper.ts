// The kustomization Slipway builds instead of the app's folder: it wraps the folder (as ../repo/<path>)
// with the overrides of the Argo CD Application (images, name prefix/suffix, namespace, labels, replicas,
// patches) as Argo CD's repo-server applies them, and asks kustomize for origin annotations.
import { stringify } from 'yaml';
import type { KustomizeOverrides } from '../argo/unit.js';
import { resolveInTree } from '../fileTree.js';
import { tryParseImageRef } from '../image/imageRef.js';

/**
 * A kustomization that wraps the app's folder with Argo CD's overrides and (unless `origins` is false)
 * asks for origin annotations, which cost kustomize ~15 % more CPU per build (bench/render-costs.mjs).
 */
export function kustomizeWrapper(path: string, overrides: KustomizeOverrides = {}, origins = true): string {
  const k: Record<string, unknown> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [`../repo${path ? `/${path}` : ''}`],
    ...(origins && { buildMetadata: ['originAnnotations'] }),
  };
  if (overrides.namePrefix) k.namePrefix = overrides.namePrefix;
  if (overrides.nameSuffix) k.nameSuffix = overrides.nameSuffix;
  if (overrides.namespace) k.namespace = overrides.namespace;
  if (overrides.commonLabels) k.labels = [{ pairs: overrides.commonLabels, includeSelectors: true }];
  if (overrides.commonAnnotations) k.commonAnnotations = overrides.commonAnnotations;
  if (overrides.replicas) k.replicas = overrides.replicas;
  if (overrides.patches) k.patches = overrides.patches;
  if (overrides.images) {
    // Argo CD's forms: name:tag, name@digest, name=newName[:tag][@digest]
    k.images = overrides.images.flatMap((spec) => {
      const [original, refText] = spec.includes('=')
        ? (spec.split('=', 2) as [string, string])
        : [undefined, spec];
      const ref = tryParseImageRef(refText);
      if (!ref) return [];
      return [
        {
          name: original ?? ref.name,
          ...(original && { newName: ref.name }),
          ...(ref.tag && { newTag: ref.tag }),
          ...(ref.digest && { digest: ref.digest }),
        },
      ];
    });
  }
  return stringify(k);
}

/** Origin paths are relative to the wrapper folder: ../repo/<path in the repository>. */
export function wrapperOriginToRepo(origin: string): string | undefined {
  const resolved = resolveInTree('wrap', origin);
  return resolved?.startsWith('repo/') ? resolved.slice('repo/'.length) : undefined;
}
