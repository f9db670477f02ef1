// The tree indexes of a checkout, as diff and check use them (core/render/treeIndex.ts): the base's kept
// index lays the base out and stands for its apps; a preview that found none keeps the one it built.
import type { TreeIndex, TreeScan } from '../core/render/treeIndex.js';
import type { FileTree } from '../core/fileTree.js';
import { treeIndexOf } from '../pipeline/affectedApps.js';
import type { DiffRun, PreviewIndex } from '../pipeline/preview.js';
import type { Edges } from '../ports.js';
import type { PreviewOptions } from '../settings/preview.js';
import type { Tracking } from '../core/argo/trackedRevision.js';

export interface KeptIndex {
  /**
   * For TreeReader.commit: what the kept index of the base's tree knows of its files (and it is
   * remembered); unset without indexes, so the reader does not look the tree id up.
   */
  scanned?: (treeId: string) => TreeScan | undefined;
  /** For TreeReader.commit: the index `scanned` gave does not match the tree; it is not used, and replaced. */
  refused?: (reason: string) => void;
  /** For computeDiff: the base's kept index, or the ask to build one. */
  preview(): PreviewIndex | undefined;
  /** Keeps the index a preview (or keepCommitIndex) built for the base's tree. */
  keep(treeId: string | undefined, run: Pick<DiffRun, 'builtIndex'>): void;
  /** Why the base's kept index was refused (it does not match the tree), if it was. */
  refusal(): string | undefined;
  /** What the run made of it, for the log; undefined without indexes. */
  note(run: Pick<DiffRun, 'indexUse' | 'builtIndex' | 'notIndexed'>): string | undefined;
}

/** The settings a tree index's answers depend on (discovery's and the walk's), part of its key. */
const indexedSettings = (settings: PreviewOptions & { tracking?: Tracking }) => ({
  repoUrls: settings.repoUrls,
  tracking: settings.tracking,
  paths: settings.paths,
  maxFileBytes: settings.maxFileBytes,
  kustomizeBuildOptions: settings.kustomizeBuildOptions,
  ...(settings.clustersFolder !== undefined && { clustersFolder: settings.clustersFolder }),
  ...(settings.newGitFileGlobbing && { newGitFileGlobbing: true }),
});

export function keptIndex(
  dir: string,
  settings: PreviewOptions & { treeIndex: boolean; tracking?: Tracking },
  edges: Pick<Edges, 'trees' | 'treeIndexes'>,
): KeptIndex {
  const store = settings.treeIndex ? edges.treeIndexes?.(dir, indexedSettings(settings)) : undefined;
  let kept: TreeIndex | undefined;
  let refusal: string | undefined;
  return {
    ...(store && {
      // a file kept for the tree that cannot be used is refused as a mismatching one is: said, and replaced
      scanned: (treeId: string) => (kept = store.read(treeId, (reason) => (refusal = reason)))?.scan,
      refused: (reason: string) => {
        kept = undefined;
        refusal = reason;
      },
    }),
    preview: () =>
      store && {
        ...(kept && { base: kept }),
        build: !kept,
        readAhead: (tree: FileTree, paths: Iterable<string>, alongside?: FileTree) =>
          edges.trees.readAhead(tree, paths, alongside),
      },
    keep(treeId, run) {
      if (store && treeId && run.builtIndex) store.write(treeId, run.builtIndex);
    },
    refusal: () => refusal,
    note({ indexUse, builtIndex, notIndexed }) {
      if (!store) return undefined;
      if (refusal) return `tree index not used: ${refusal}`;
      if (indexUse?.used) return "the base's tree index stood for its apps";
      if (indexUse) return `tree index not used: ${indexUse.reason}`;
      if (builtIndex) return "the base's tree index kept for the next preview";
      return notIndexed ? `no tree index kept: ${notIndexed}` : undefined;
    },
  };
}

/**
 * The index of one commit's tree, built now and kept for the previews whose base it is: what check does
 * on a push with `tree-index`, so that pull requests based on the pushed commit find its index (restored
 * with actions/cache, docs/tree-index.md). Says what it did, for the log.
 */
export async function keepCommitIndex(
  dir: string,
  revision: string,
  settings: PreviewOptions & { treeIndex: boolean; tracking?: Tracking },
  edges: Pick<Edges, 'trees' | 'treeIndexes'>,
): Promise<string> {
  const index = keptIndex(dir, settings, edges);
  if (!index.scanned) return `no tree index kept: ${dir} is not a git repository`;
  const commit = edges.trees.commit(dir, revision, settings.maxFileBytes, {
    scanned: index.scanned,
    ...(index.refused && { refused: index.refused }),
  });
  if (!commit?.treeId) return `no tree index kept: ${revision} is not a commit in ${dir}`;
  const name = `${commit.sha.slice(0, 7)} (tree ${commit.treeId.slice(0, 7)})`;
  if (index.preview()?.base) return `the tree index of ${name} was kept already`;
  const refused = index.refusal();
  const { builtIndex, notIndexed } = await treeIndexOf(commit.tree, settings);
  if (!builtIndex)
    return `no tree index kept for ${name}: its apps are read whole every time (${notIndexed ?? 'see docs/tree-index.md'})`;
  index.keep(commit.treeId, { builtIndex });
  return `kept the tree index of ${name} for the pull requests based on it${refused ? ` (replacing one found there, not used: ${refused})` : ''}`;
}
