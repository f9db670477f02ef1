// What a unit's render depends on: the files it reads, the paths whose existence steers it, and the
// folders whose listing it reads. A change outside all three cannot change the unit's render.
import type { RenderUnit } from '../argo/unit.js';
import { KUSTOMIZATION_FILES, sourceType } from '../argo/sourceType.js';
import { filesIn, linkChain, resolveInTree, sameEntry, type FileTree, type TreeEntry } from '../fileTree.js';
import { crossRef } from '../argo/otherRepository.js';
import { chartDependencies, type ChartCache } from './chartDependencies.js';
import { helmFileParameters, helmValueFiles } from './helmInputs.js';
import { kustomizeInputs, type KustomizationCache } from './kustomizeInputs.js';

export interface UnitInputs {
  /** Files read, and paths looked for (a kustomization name, a value file that may be missing). */
  files: Set<string>;
  /** Folders listed: every file below (or, with `recurse: false`, directly in) them counts. */
  folders: Map<string, boolean>;
}

export function unitInputs(
  tree: FileTree,
  unit: RenderUnit,
  cache?: KustomizationCache,
  charts?: ChartCache,
): UnitInputs {
  const files = new Set<string>([unit.file]);
  // the other definitions of an app defined twice: a change to one is a change to what Argo CD may apply
  for (const f of unit.findings ?? []) if (f.rule === 'duplicate-app' && f.file) files.add(f.file);
  const folders = new Map<string, boolean>();
  const list = (folder: string, recurse: boolean) =>
    folders.set(folder, recurse || (folders.get(folder) ?? false));
  for (const source of unit.sources) {
    // a source at another revision reads none of this revision's files
    if (source.otherRevision !== undefined) continue;
    // value files this repository lends to a source whose files are in another tree (`$ref:<ref>/…`)
    for (const file of source.helm?.valueFiles ?? []) {
      const cross = typeof file === 'string' ? crossRef(file) : undefined;
      const path = cross && source.valueRefs?.[cross.ref] === null && resolveInTree('', cross.path);
      if (path) files.add(path);
    }
    // a source in another repository reads no other file of this one
    if (source.repo !== undefined) continue;
    const at = { file: unit.file, line: unit.line };
    const chartPath = source.chart ? undefined : source.path;
    if (source.helm) {
      for (const file of helmValueFiles(tree, chartPath, source.helm, at).named) files.add(file);
      for (const { path } of helmFileParameters(tree, chartPath, source.helm, at).parameters) files.add(path);
    }
    if (chartPath === undefined) continue;
    for (const file of source.parameterFiles ?? []) files.add(file);
    // the source type is decided by which of these exist
    for (const name of [...KUSTOMIZATION_FILES, 'Chart.yaml'])
      files.add(chartPath === '' ? name : `${chartPath}/${name}`);
    const type = sourceType(tree, source);
    if (type === 'kustomize') {
      const walked = kustomizeInputs(tree, chartPath, undefined, cache, { enableHelm: true });
      for (const file of walked.files) files.add(file);
      for (const file of walked.watched) files.add(file);
      for (const folder of walked.folders) folders.set(folder, true);
    } else if (type === 'helm') {
      list(chartPath, true);
      for (const folder of chartDependencies(tree, chartPath, at, charts).localFolders) list(folder, true);
    } else {
      list(chartPath, source.directory?.recurse ?? false);
    }
  }
  // a link is read through: what it points at (inside the repository) is read too, for a listed
  // folder's links as well (a chart template linked to a shared file changes with that file)
  for (const [folder, recurse] of folders)
    for (const path of filesIn(tree, folder, recurse))
      if (tree.get(path)?.link !== undefined) files.add(path);
  for (const file of files)
    if (tree.get(file)?.link !== undefined) for (const target of linkChain(tree, file)) files.add(target);
  return { files, folders };
}

/** Whether a change to `path` (added, removed or edited) can change a render with these inputs. */
export function dependsOn(inputs: UnitInputs, path: string): boolean {
  if (inputs.files.has(path)) return true;
  for (const [folder, recurse] of inputs.folders) {
    const prefix = folder === '' ? '' : `${folder}/`;
    if (path.startsWith(prefix) && (recurse || !path.slice(prefix.length).includes('/'))) return true;
  }
  return false;
}

/**
 * Trees made from another by replacing a few paths (treeWithChanges): the paths set anew, in the order
 * they were set, and those removed, with the sizes of both trees then.
 */
const madeFrom = new WeakMap<
  FileTree,
  { from: FileTree; set: readonly string[]; removed: ReadonlySet<string>; sizes: [number, number] }
>();

/**
 * `from` with the `touched` paths removed and `fresh`'s entries set (at the end, in its order): a head
 * made from its base and what changed between them. changedPaths of the two then looks at those paths
 * alone, not at every path of both trees.
 */
export function treeWithChanges(
  from: FileTree,
  touched: Iterable<string>,
  fresh: ReadonlyMap<string, TreeEntry>,
): FileTree {
  const tree = new Map(from);
  const removed = new Set<string>();
  for (const path of touched) if (tree.delete(path) && !fresh.has(path)) removed.add(path);
  for (const [path, entry] of fresh) tree.set(path, entry);
  madeFrom.set(tree, { from, set: [...fresh.keys()], removed, sizes: [from.size, tree.size] });
  return tree;
}

/** Paths whose content differs between two trees (added, removed or changed). */
export function changedPaths(base: FileTree, head: FileTree): Set<string> {
  const changed = new Set<string>();
  const made = madeFrom.get(head);
  if (made?.from === base && made.sizes[0] === base.size && made.sizes[1] === head.size) {
    // every other path of the head holds the very entry of the base: the same answer, in the same order
    for (const path of made.set) {
      const before = base.get(path);
      if (!before || !sameEntry(before, head.get(path) as TreeEntry)) changed.add(path);
    }
    if (made.removed.size <= 1) for (const path of made.removed) changed.add(path);
    else for (const path of base.keys()) if (made.removed.has(path)) changed.add(path);
    return changed;
  }
  for (const [path, entry] of head) {
    const before = base.get(path);
    if (!before || !sameEntry(before, entry)) changed.add(path);
  }
  for (const path of base.keys()) if (!head.has(path)) changed.add(path);
  return changed;
}
