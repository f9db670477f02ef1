// What a preview learns of one revision's whole tree — its apps, every path each app's render reads or
// looks for, and which files hold the strings the core scans for — kept so that a later preview whose
// other side differs from this revision by a few files need not learn it again (docs/tree-index.md).
// Packed for a quick read back: a preview of a one-app change reads every unit's inputs but parses only
// the units the change affects.
import { mayDeclareArgoResource } from '../argo/discovery.js';
import { gitFilesMatcher } from '../argo/gitPathspec.js';
import { BadPattern, goPathMatch } from '../argo/pathMatch.js';
import { parameterFilesChanged } from '../argo/sourceParameters.js';
import type { FileDiscovery, GeneratorReads, NotPreviewed, OtherRevision, RenderUnit } from '../argo/unit.js';
import { dirname, mayInclude, SEARCHED_STRINGS, type FileTree, type TreeEntry } from '../fileTree.js';
import { mayDeclareApps } from '../manifestFiles.js';
import { dependsOn, type UnitInputs } from './unitInputs.js';

/** Bumped whenever what an index holds, or what it means, changes: an index of another format is not read. */
export const TREE_INDEX_FORMAT = 4;

/**
 * Paths packed in one block of bytes, for a quick read back: v8 reads a byte array back in one copy, where
 * ~200,000 path strings (a fleet of 10,000 apps) cost it a fifth of a second and the collector more.
 * `bytes` holds each path in UTF-8 after a NUL, and ends in a NUL; `starts[i]` is where path i begins.
 */
export interface PathTable {
  bytes: Uint8Array;
  starts: Uint32Array;
}

/** The table of these paths (none of which holds a NUL: neither git nor a file system allows one). */
export function pathTable(paths: readonly string[]): PathTable {
  const bytes = Buffer.from(`\0${paths.join('\0')}\0`, 'utf8');
  const starts = new Uint32Array(paths.length);
  for (let i = 0, at = 0; i < paths.length; i++) {
    starts[i] = at + 1;
    at = bytes.indexOf(0, at + 1);
  }
  return { bytes, starts };
}

const bytesOf = (table: PathTable) =>
  Buffer.from(table.bytes.buffer, table.bytes.byteOffset, table.bytes.byteLength);

/** Where path `i` of a table ends (the NUL after it). */
const endOf = (table: PathTable, i: number) =>
  i + 1 < table.starts.length ? (table.starts[i + 1] as number) - 1 : table.bytes.length - 1;

/** Path `i` of a table. */
export function pathAt(table: PathTable, i: number): string {
  return bytesOf(table).toString('utf8', table.starts[i], endOf(table, i));
}

/** Every path of a table, in order. */
export function pathsOfTable(table: PathTable): string[] {
  return Array.from(table.starts, (_, i) => pathAt(table, i));
}

/** The place of `path` in a table, or undefined when it holds none (found in the bytes, not by decoding them all). */
function placeOf(table: PathTable, path: string): number | undefined {
  const bytes = bytesOf(table);
  const needle = Buffer.from(`\0${path}\0`, 'utf8');
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
    // the path whose first byte follows the NUL found, when it is one of the table's and ends there
    let low = 0;
    let high = table.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = table.starts[mid] as number;
      if (start === at + 1) return endOf(table, mid) === at + needle.length - 1 ? mid : undefined;
      if (start < at + 1) low = mid + 1;
      else high = mid - 1;
    }
  }
  return undefined;
}

/** More changed paths than this are looked up by decoding the table once (each search reads it whole). */
const SEARCHED_ONE_BY_ONE = 32;

export interface TreeIndex {
  format: number;
  /** The units' ids, in the order discovery found them. */
  ids: string[];
  /** The file defining each unit (its place in `paths`): a change's affected units are read from there again. */
  unitFiles: Uint32Array;
  notPreviewed: NotPreviewed[];
  /** The units deploying another revision than the pull request's branch the index was built for. */
  otherRevisions: Array<OtherRevision & { id: string }>;
  /** ApplicationSets whose generators read another revision (their files unchanged, they stay unaffected). */
  appSetRevisions: OtherRevision[];
  /**
   * What each file's ApplicationSets' generators read of the tree: while a change touches none of it (nor
   * the file), the apps they generate are the ones the index holds.
   */
  generators: Array<GeneratorReads & { file: string }>;
  /** Every path some unit reads, looks for or lists, once. */
  paths: PathTable;
  /** Unit i's files and paths looked for: `paths[files[k]]` for k from `fileEnds[i - 1]` (or 0) to `fileEnds[i]`. */
  files: Uint32Array;
  fileEnds: Uint32Array;
  /** Unit i's listed folders, likewise; `recursive[k]` is 1 when everything below the folder counts. */
  folders: Uint32Array;
  folderEnds: Uint32Array;
  recursive: Uint8Array;
  scan: TreeScan;
}

/** What a reader of the tree would otherwise learn by reading every file (or asking git grep and ls-tree). */
export interface TreeScan {
  /** Files over the size limit, with their sizes. Others are within it. */
  tooLarge: Map<string, number>;
  /**
   * What a reader needs to lay the tree out again from git's listing of it (`git ls-tree -r`, without
   * sizes) without reading it. Unset when a file's blob id is not known (a tree read from disk).
   */
  listing?: TreeListing;
}

/**
 * A tree's listing as an index keeps it: packed, so that reading it back makes no string per path (the
 * reader takes the paths and blob ids from git's listing, which it checks against `text` first).
 */
export interface TreeListing {
  /** listingText of the tree: each path in git's order (byte order), a file's blob id, a link's target. */
  text: Uint8Array;
  /** For each path of the tree in its order, its place in `text` (git's order). */
  order: Uint32Array;
  /** For each path of the tree in its order: bit i set when it holds SEARCHED_STRINGS[i]. */
  searched: Uint8Array;
  /** The links' targets. */
  links: Map<string, string>;
}

/** One path of a listing: `f <blob id>\t<path>\0` for a file, `l <target>\t<path>\0` for a link. */
export const listingLine = (path: string, link: boolean, idOrTarget: string) =>
  `${link ? 'l' : 'f'} ${idOrTarget}\t${path}\0`;

/**
 * Positions 0 … n − 1 of `paths` in git's order: by their UTF-8 bytes (a tree lists its entries so,
 * a folder's as if its name ended in `/`, which is the byte order of the full paths).
 */
export function gitOrder(paths: readonly string[]): number[] {
  const places = paths.map((_, i) => i);
  // UTF-16 order is UTF-8's but where a surrogate meets U+E000 … U+FFFF
  if (paths.some((p) => /[\ud800-\uffff]/.test(p))) {
    const bytes = paths.map((p) => Buffer.from(p, 'utf8'));
    return places.sort((a, b) => Buffer.compare(bytes[a] as Buffer, bytes[b] as Buffer));
  }
  return places.sort((a, b) => {
    const x = paths[a] as string;
    const y = paths[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Bit `i` set when the entry holds SEARCHED_STRINGS[i] (entries a reader marked as lacking one are not read). */
function searchedFlags(entry: TreeEntry): number {
  let flags = 0;
  SEARCHED_STRINGS.forEach((needle, i) => {
    if (mayInclude(entry, needle)) flags |= 1 << i;
  });
  return flags;
}

/** The strings of SEARCHED_STRINGS a file with these flags lacks (what `TreeEntry.lacks` holds). */
export function lackedStrings(flags: number): ReadonlySet<string> {
  return new Set(SEARCHED_STRINGS.filter((_, i) => (flags & (1 << i)) === 0));
}

/**
 * Whether every preview reads a file with these flags whatever it changes: a CRD (validation reads every
 * CRD of the tree). A reader given an index reads those up front in one batch, the rest on first use.
 */
export function readByEveryPreview(flags: number): boolean {
  return (flags & (1 << SEARCHED_STRINGS.indexOf('CustomResourceDefinition'))) !== 0;
}

/** What a preview found of a tree, as an index keeps it. */
export interface FoundUnits {
  units: RenderUnit[];
  notPreviewed: NotPreviewed[];
  applications: boolean;
  otherRevisions?: Array<OtherRevision & { id: string }>;
  /** Each file's discovery (its ApplicationSets' generator reads among it). */
  byFile?: ReadonlyMap<string, FileDiscovery>;
  /** ApplicationSets whose generators read another revision. */
  appSetRevisions?: OtherRevision[];
}

/**
 * Why no index can stand for a tree, or undefined when one can: a tree without Applications (its folder
 * units follow the folder layout), an app defined twice, or a unit whose inputs were not worked out.
 */
export function treeIndexRefusal(
  found: FoundUnits,
  inputs: ReadonlyMap<string, UnitInputs>,
): string | undefined {
  if (!found.applications) return 'no Application in the tree (its apps follow the folder layout)';
  // which of two definitions of one app is kept follows the order files were read in: left to a full read
  const twice = found.units.find((u) => u.findings?.some((f) => f.rule === 'duplicate-app'));
  if (twice)
    return `${twice.id.replace(/^app:/, 'Application ')} is defined twice (which definition Argo CD keeps follows the order files are read in)`;
  const unknown = found.units.find((u) => !inputs.has(u.id));
  if (unknown) return `the inputs of ${unknown.id} were not worked out`;
  return undefined;
}

/**
 * The index of a tree, from what a preview found there; undefined for what an index cannot stand for
 * (treeIndexRefusal says why). An ApplicationSet's apps are indexed with what its generators read.
 */
export function buildTreeIndex(
  tree: FileTree,
  found: FoundUnits,
  inputs: ReadonlyMap<string, UnitInputs>,
): TreeIndex | undefined {
  if (treeIndexRefusal(found, inputs) !== undefined) return undefined;
  const generators: TreeIndex['generators'] = [];
  for (const [file, discovered] of found.byFile ?? [])
    if (discovered.reads)
      generators.push({
        file,
        folders: [...new Set(discovered.reads.folders)],
        files: [...new Map(discovered.reads.files.map((f) => [`${f.doublestar}:${f.pattern}`, f])).values()],
      });
  const pathIds = new Map<string, number>();
  const idOf = (path: string) => pathIds.get(path) ?? pathIds.set(path, pathIds.size).get(path) ?? 0;
  const unitFiles = found.units.map((u) => idOf(u.file));
  const files: number[] = [];
  const fileEnds: number[] = [];
  const folders: number[] = [];
  const folderEnds: number[] = [];
  const recursive: number[] = [];
  for (const unit of found.units) {
    const walked = inputs.get(unit.id) as UnitInputs;
    for (const file of walked.files) files.push(idOf(file));
    fileEnds.push(files.length);
    for (const [folder, recurse] of walked.folders) {
      folders.push(idOf(folder));
      recursive.push(recurse ? 1 : 0);
    }
    folderEnds.push(folders.length);
  }
  return {
    format: TREE_INDEX_FORMAT,
    ids: found.units.map((u) => u.id),
    unitFiles: Uint32Array.from(unitFiles),
    notPreviewed: found.notPreviewed,
    otherRevisions: found.otherRevisions ?? [],
    appSetRevisions: found.appSetRevisions ?? [],
    generators,
    paths: pathTable([...pathIds.keys()]),
    files: Uint32Array.from(files),
    fileEnds: Uint32Array.from(fileEnds),
    folders: Uint32Array.from(folders),
    folderEnds: Uint32Array.from(folderEnds),
    recursive: Uint8Array.from(recursive),
    scan: scanOf(tree),
  };
}

/** What a scan of every file of a tree finds (files a reader marked as lacking a string are not read). */
export function scanOf(tree: FileTree): TreeScan {
  const scan: TreeScan = { tooLarge: new Map() };
  const paths: string[] = [];
  const lines: string[] = [];
  const searched: number[] = [];
  const links = new Map<string, string>();
  let listed = true;
  for (const [path, entry] of tree) {
    searched.push(searchedFlags(entry));
    if (entry.tooLarge) scan.tooLarge.set(path, entry.tooLarge.size);
    paths.push(path);
    if (entry.link !== undefined) {
      links.set(path, entry.link);
      lines.push(listingLine(path, true, entry.link));
    } else if (entry.blob === undefined) listed = false;
    else lines.push(listingLine(path, false, entry.blob));
  }
  if (!listed) return scan;
  const sorted = gitOrder(paths);
  const order = new Uint32Array(paths.length);
  sorted.forEach((place, k) => (order[place] = k));
  const text = Buffer.from(sorted.map((place) => lines[place]).join(''), 'utf8');
  return { ...scan, listing: { text, order, searched: Uint8Array.from(searched), links } };
}

/** The file defining unit `i` of an index. */
export function indexedUnitFile(index: TreeIndex, i: number): string {
  return pathAt(index.paths, index.unitFiles[i] as number);
}

/** Positions `ends[i - 1]` (or 0) up to `ends[i]`: unit `i`'s part of a packed list. */
function* partOf(ends: Uint32Array, i: number): Generator<number> {
  for (let k = i === 0 ? 0 : (ends[i - 1] as number); k < (ends[i] as number); k++) yield k;
}

/** The folders unit `i` of an index lists, and whether everything below each counts. */
function indexedFolders(index: TreeIndex, i: number): Map<string, boolean> {
  const folders = new Map<string, boolean>();
  for (const k of partOf(index.folderEnds, i))
    folders.set(pathAt(index.paths, index.folders[k] as number), index.recursive[k] === 1);
  return folders;
}

/** What unit `i` of an index reads, looks for and lists. */
export function indexedInputs(index: TreeIndex, i: number): UnitInputs {
  const files = new Set<string>();
  for (const k of partOf(index.fileEnds, i)) files.add(pathAt(index.paths, index.files[k] as number));
  return { files, folders: indexedFolders(index, i) };
}

/**
 * The units of an index that a change of `changed` can affect (by position), and which of those paths
 * some unit reads: `dependsOn` over every unit's inputs, without building them — the files compared by
 * their place in the path table, the folders (few) one by one.
 */
export function indexedDependents(
  index: TreeIndex,
  changed: ReadonlySet<string>,
): { units: number[]; read: Set<string> } {
  const changedIds = new Map<number, string>();
  if (changed.size <= SEARCHED_ONE_BY_ONE)
    for (const path of changed) {
      const id = placeOf(index.paths, path);
      if (id !== undefined) changedIds.set(id, path);
    }
  else
    pathsOfTable(index.paths).forEach((path, id) => {
      if (changed.has(path)) changedIds.set(id, path);
    });
  const units: number[] = [];
  const read = new Set<string>();
  let file = 0;
  let folder = 0;
  for (let i = 0; i < index.ids.length; i++) {
    let touched = false;
    for (const end = index.fileEnds[i] as number; file < end; file++) {
      const path = changedIds.get(index.files[file] as number);
      if (path === undefined) continue;
      touched = true;
      read.add(path);
    }
    const folderEnd = index.folderEnds[i] as number;
    if (folder < folderEnd) {
      const listed = { files: new Set<string>(), folders: indexedFolders(index, i) };
      for (const path of changed)
        if (dependsOn(listed, path)) {
          touched = true;
          read.add(path);
        }
      folder = folderEnd;
    }
    if (touched) units.push(i);
  }
  return { units, read };
}

/**
 * Why the index of one side cannot stand for the other side's apps, or undefined when it can: the other
 * side differs by `changed` only, and none of those files is or was an Application's file or an Argo CD
 * parameter file (what discovery reads), nor is any parameter file a link (whose target may have changed),
 * nor did any change touch what an ApplicationSet's generators read (generatorInputChanged).
 */
export function indexMismatch(
  other: FileTree,
  indexed: FileTree,
  changed: ReadonlySet<string>,
  index?: Pick<TreeIndex, 'generators'>,
): string | undefined {
  for (const path of changed) {
    if (!mayDeclareApps(path)) continue;
    for (const entry of [indexed.get(path), other.get(path)])
      if (entry && mayDeclareArgoResource(entry)) return `${path} may declare an Application and changed`;
  }
  return (
    parameterFilesChanged(changed, other) ??
    (index ? generatorInputChanged(index.generators, indexed, other, changed) : undefined)
  );
}

/** A path's folders, deepest first. */
function* foldersOf(path: string): Generator<string> {
  for (let d = dirname(path); d !== ''; d = dirname(d)) yield d;
}

/** Whether Go's path.Match matches (a malformed pattern matches nothing, as in the generator). */
function goMatches(pattern: string, folder: string): boolean {
  try {
    return goPathMatch(pattern, folder);
  } catch (error) {
    if (error instanceof BadPattern) return false;
    throw error;
  }
}

/**
 * Why the apps an ApplicationSet generated at one side may differ at the other, or undefined when they
 * cannot: a changed path matching one of its git files patterns (the generator reads those files), or a
 * folder matching one of its git directories patterns that only one side has (an added or removed path
 * adds or removes it). Everything else a generator reads is its own file, which `indexMismatch` holds.
 */
export function generatorInputChanged(
  generators: ReadonlyArray<GeneratorReads & { file: string }>,
  indexed: FileTree,
  other: FileTree,
  changed: ReadonlySet<string>,
): string | undefined {
  if (generators.length === 0) return undefined;
  for (const { file, files } of generators) {
    const matchers = files.map((f) => gitFilesMatcher(f.pattern, f.doublestar));
    for (const path of changed)
      if (matchers.some((m) => m(path)))
        return `${path} is read by the git files generator of ${file} and changed`;
  }
  // the folders of each side, made only when a path was added or removed (an edit adds no folder)
  const made = new Map<FileTree, Set<string>>();
  const folderSet = (tree: FileTree) => {
    let set = made.get(tree);
    if (!set) {
      set = new Set();
      for (const path of tree.keys()) for (const d of foldersOf(path)) set.add(d);
      made.set(tree, set);
    }
    return set;
  };
  for (const path of changed) {
    if (indexed.has(path) === other.has(path)) continue;
    for (const folder of foldersOf(path)) {
      // a folder both sides have: so do the folders above it
      if (folderSet(indexed).has(folder) && folderSet(other).has(folder)) break;
      for (const { file, folders } of generators)
        if (folders.some((pattern) => goMatches(pattern, folder)))
          return `${path} adds or removes the folder ${folder}, which the git directories generator of ${file} lists`;
    }
  }
  return undefined;
}
