// How Argo CD decides what renders a folder (GetAppSourceType): kustomize, Helm, or a plain directory.
import type { FileTree } from '../fileTree.js';
import type { UnitSource } from './unit.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * How Argo CD renders a source (GetAppSourceType): the type its own block names, else kustomize when the
 * folder has a kustomization, else Helm when it has Chart.yaml, else a plain directory.
 */
export function sourceType(
  tree: FileTree,
  source: UnitSource,
): 'kustomize' | 'helm' | 'directory' | 'plugin' {
  if (source.type) return source.type;
  if (kustomizationIn(tree, source.path)) return 'kustomize';
  return tree.has(source.path === '' ? 'Chart.yaml' : `${source.path}/Chart.yaml`) ? 'helm' : 'directory';
}

export function kustomizationIn(tree: FileTree, folder: string): string | undefined {
  // (a loop: asked several times for every folder of every kustomize app's walk)
  for (const name of KUSTOMIZATION_FILES) {
    const path = folder === '' ? name : `${folder}/${name}`;
    if (tree.has(path)) return path;
  }
  return undefined;
}
