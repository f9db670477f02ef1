// The files a unit reads when it is rendered: what decides whether a change can affect it.
import type { RenderUnit } from '../argo/unit.js';
import { sourceType } from './sourceType.js';
import { filesIn, type FileTree } from '../fileTree.js';
import { chartDependencies, helmValueFiles } from './helmInputs.js';
import { kustomizeInputs, type KustomizationCache } from './kustomizeInputs.js';

export function unitInputs(tree: FileTree, unit: RenderUnit, cache?: KustomizationCache): Set<string> {
  const inputs = new Set<string>([unit.file]);
  for (const source of unit.sources) {
    if (source.helm) {
      const at = { file: unit.file, line: unit.line };
      for (const file of helmValueFiles(tree, source.chart ? undefined : source.path, source.helm, at).named)
        inputs.add(file);
    }
    if (source.chart) continue;
    for (const file of source.parameterFiles ?? []) inputs.add(file);
    const type = sourceType(tree, source);
    if (type === 'kustomize') {
      for (const file of kustomizeInputs(tree, source.path, undefined, cache, { enableHelm: true }).files)
        inputs.add(file);
    } else if (type === 'helm') {
      for (const file of filesIn(tree, source.path, true)) inputs.add(file);
      for (const folder of chartDependencies(tree, source.path, { file: unit.file, line: unit.line })
        .localFolders)
        for (const file of filesIn(tree, folder, true)) inputs.add(file);
    } else {
      for (const file of filesIn(tree, source.path, source.directory?.recurse ?? false)) inputs.add(file);
    }
  }
  return inputs;
}

/** Paths whose content differs between two trees (added, removed or changed). */
export function changedPaths(base: FileTree, head: FileTree): Set<string> {
  const changed = new Set<string>();
  for (const [path, entry] of head) {
    const before = base.get(path);
    if (!before || before.text !== entry.text || before.link !== entry.link) changed.add(path);
  }
  for (const path of base.keys()) if (!head.has(path)) changed.add(path);
  return changed;
}
