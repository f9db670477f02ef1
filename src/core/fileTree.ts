// A repository's files at one revision, as data: what the core renders and validates, whether the files
// come from a checkout, a git revision or a test's map.

export interface TreeEntry {
  /** Text of a regular file. */
  text?: string;
  /** Where a symbolic link points (as stored, relative to the link's folder). */
  link?: string;
  /** A file over the size limit (bytes): listed, not read (every reader reports it). */
  tooLarge?: TooLarge;
  /** The file's git blob id, when it was read from git: two entries with the same id hold the same bytes. */
  blob?: string;
  /**
   * Strings of SEARCHED_STRINGS the reader looked for in the file's bytes without finding them (git grep
   * answers for a whole revision at once): a scan for one of them can skip the file without reading it.
   */
  lacks?: ReadonlySet<string>;
  /** True while a file read on first use (edges/gitBlobs.ts) has not been read: `text` would read it now. */
  readonly unread?: boolean;
}

/**
 * The strings the core scans every file of a tree for — markers of Argo CD resources (discovery.ts) and
 * of CRDs (crdIndex.ts, helmRelease.ts): a reader may search for them in bulk and mark the files without
 * any (`lacks`), so a whole-tree scan reads only the files that hold one.
 */
export const SEARCHED_STRINGS = ['argoproj.io', '\\', '!', 'CustomResourceDefinition'] as const;
export type SearchedString = (typeof SEARCHED_STRINGS)[number];

/** Whether a file may contain `needle`: false without reading it when its reader searched and found none. */
export function mayInclude(entry: TreeEntry, needle: SearchedString): boolean {
  if (entry.lacks?.has(needle)) return false;
  return entry.text?.includes(needle) ?? false;
}

/**
 * Whether two entries hold the same file: the same blob id when git gave both, else the same text, or the
 * same link. A file over the size limit was not read: it is the same only when git says so.
 */
export function sameEntry(a: TreeEntry, b: TreeEntry): boolean {
  if (a === b) return true;
  if (a.blob !== undefined && b.blob !== undefined) return a.blob === b.blob;
  if (a.tooLarge || b.tooLarge) return false;
  return a.text === b.text && a.link === b.link;
}

/**
 * Files above this size are not read into memory: each reader reports them as a finding naming the file.
 * Argo CD refuses a directory app whose manifests add up to more than 10M (its default
 * max-combined-directory-manifests-size), so no file Argo CD would deploy is larger.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface TooLarge {
  size: number;
  limit: number;
}

const mib = (bytes: number) => `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function tooLargeMessage(path: string, { size, limit }: TooLarge): string {
  return `${path} is ${mib(size)}, over the ${mib(limit)} limit for one file (max-file-size); it was not read (Argo CD's default limit for a directory app's manifests is 10M in all)`;
}

export type FileTree = ReadonlyMap<string, TreeEntry>;

export function treeFromTexts(files: Record<string, string>): FileTree {
  return new Map(Object.entries(files).map(([path, text]) => [path, { text }]));
}

/** A path with an empty, `.` or `..` segment. */
const UNNORMAL = /(?:^|\/)\.{0,2}(?:\/|$)/;

/** Joins and normalises a relative path inside the tree; undefined when it leaves the tree or is absolute. */
export function resolveInTree(folder: string, relative: string): string | undefined {
  if (relative.startsWith('/') || /^[a-z]+:\/\//i.test(relative)) return undefined;
  // most paths need no normalising (no empty, `.` or `..` segment): joined as they are
  if (relative !== '' && !UNNORMAL.test(relative))
    return folder === '' || folder === '.' ? relative : `${folder}/${relative}`;
  const parts = folder === '' || folder === '.' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * The paths a read of `path` goes through: the path, then each link's target while it stays inside the
 * tree (at most 8 paths in all).
 */
export function linkChain(tree: FileTree, path: string): string[] {
  const chain = [path];
  for (let current = path; chain.length < 8;) {
    const link = tree.get(current)?.link;
    const next = link === undefined ? undefined : resolveInTree(dirname(current), link);
    if (next === undefined) break;
    chain.push((current = next));
  }
  return chain;
}

/** The text of a file, following links that stay inside the tree (at most 8 hops). */
export function readText(tree: FileTree, path: string): string | undefined {
  const entry = tree.get(path);
  if (entry?.link === undefined) return entry?.text;
  return tree.get(linkChain(tree, path).at(-1) as string)?.text;
}

/**
 * Whether reading `path` gives a text — a file, or a link to one inside the tree — answered from the
 * entries alone, without reading the file (readText's `!== undefined`).
 */
export function isReadable(tree: FileTree, path: string): boolean {
  const end = tree.get(linkChain(tree, path).at(-1) as string);
  return end !== undefined && end.link === undefined && end.tooLarge === undefined;
}

/**
 * The tree's paths in sorted order, so a folder's files are one contiguous run found by binary search.
 * Memoised per tree (trees are read once and never changed after): a repository of 10,000 files asked for
 * the files of 4,000 folders would otherwise be scanned 4,000 times.
 */
const sortedPaths = new WeakMap<FileTree, { size: number; paths: string[] }>();

function pathsOf(tree: FileTree): string[] {
  const known = sortedPaths.get(tree);
  if (known && known.size === tree.size) return known.paths;
  const paths = [...tree.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  sortedPaths.set(tree, { size: tree.size, paths });
  return paths;
}

/** The index of the first sorted path not before `prefix`. */
function firstFrom(paths: readonly string[], prefix: string): number {
  let low = 0;
  let high = paths.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((paths[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Paths starting with `prefix`, in sorted order. */
export function pathsUnder(tree: FileTree, prefix: string): string[] {
  const paths = pathsOf(tree);
  const out: string[] = [];
  for (let i = firstFrom(paths, prefix); i < paths.length && (paths[i] as string).startsWith(prefix); i++)
    out.push(paths[i] as string);
  return out;
}

/** Whether any file lies below `folder` ('' is the repository's root). */
export function hasFolder(tree: FileTree, folder: string): boolean {
  if (folder === '') return tree.size > 0;
  const paths = pathsOf(tree);
  return paths[firstFrom(paths, `${folder}/`)]?.startsWith(`${folder}/`) ?? false;
}

/** Paths of the files directly in a folder (or below it, with `recurse`). */
export function filesIn(tree: FileTree, folder: string, recurse: boolean): string[] {
  const prefix = folder === '' ? '' : `${folder}/`;
  const below = pathsUnder(tree, prefix);
  return recurse ? below : below.filter((p) => !p.slice(prefix.length).includes('/'));
}
