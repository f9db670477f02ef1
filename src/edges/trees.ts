// File trees from a folder on disk and from a git revision (read with git, no checkout).
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import {
  closeSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_FILE_BYTES, resolveInTree, type FileTree, type TreeEntry } from '../core/fileTree.js';
import { isParameterFile } from '../core/argo/sourceParameters.js';
import { decodeRepositoryText } from '../core/yaml/manifestText.js';
import { KUSTOMIZATION_FILES } from '../core/argo/sourceType.js';
import { treeWithChanges } from '../core/render/unitInputs.js';
import type { TreeReader } from '../ports.js';
import {
  lackedStrings,
  listingLine,
  readByEveryPreview,
  type TreeListing,
  type TreeScan,
} from '../core/render/treeIndex.js';
import { BlobReader, catFile, readAhead, searchedFiles, searchedGrepArgs, type Git } from './gitBlobs.js';
import { gitAtOnce, gitIn, type GitRun } from './gitRun.js';
import {
  baseBranches,
  cleanHead,
  fetchCommit,
  mergeBaseWithDefault,
  originUrl,
  resolveRevision,
  TREE_ASKS,
} from './git.js';

const SKIP = new Set(['.git', 'node_modules']);
/** A path with a SKIP folder in it: one test per path (git lists every file of a large tree). */
const SKIPPED_FOLDER = new RegExp(`(^|/)(${[...SKIP].map((s) => s.replace(/\./g, '\\.')).join('|')})(/|$)`);

/**
 * Fills `tree` with every file below `dir` (hidden folders included, but not .git or node_modules), in
 * path order, links kept as links, a file over `limit` as too large and any other as `file` makes it.
 */
export function walkFolder(
  dir: string,
  limit: number,
  tree: Map<string, TreeEntry>,
  file: (full: string) => TreeEntry,
): void {
  // `under`: the folder's path in the tree ('' at the top), so a path is joined, not worked out
  const visit = (folder: string, under: string): void => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (SKIP.has(entry.name)) continue;
      const full = join(folder, entry.name);
      const path = under === '' ? entry.name : `${under}/${entry.name}`;
      if (entry.isSymbolicLink()) tree.set(path, { link: readlinkSync(full) });
      else if (entry.isDirectory()) visit(full, path);
      else if (entry.isFile()) {
        const size = lstatSync(full).size;
        tree.set(path, size > limit ? { tooLarge: { size, limit } } : file(full));
      }
    }
  };
  visit(dir, '');
}

/** Every file below `dir` (hidden folders included, but not .git), links kept as links. */
export function diskTree(dir: string, limit = MAX_FILE_BYTES): FileTree {
  const tree = new Map<string, TreeEntry>();
  walkFolder(dir, limit, tree, (full) => ({ text: decodeRepositoryText(readFileSync(full)) }));
  return tree;
}

/**
 * Files every discovery reads whatever they hold: kustomizations, charts and Argo CD's source parameter
 * files (a unit's inputs are worked out from them for every app). Read with the searched files in one
 * batch rather than on first use.
 */
const READ_EARLY = new Set([...KUSTOMIZATION_FILES, 'Chart.yaml', 'requirements.yaml']);
const readEarly = (path: string) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return READ_EARLY.has(name) || isParameterFile(path);
};

const listTreeArgs = (revision: string) => [
  'ls-tree',
  '-r',
  '-z',
  '-l',
  '--full-tree',
  '--end-of-options',
  revision,
];

/**
 * The entries of `git ls-tree -r -z -l`: `<mode> <type> <object> <size>\t<path>\0` each, the size padded
 * with spaces ('-' for a submodule). Read in place with indexOf, not split: 56,000 entries at 10,000 apps.
 */
function listTree(output: Buffer): BlobEntry[] {
  const listing = output.toString('utf8');
  const entries: BlobEntry[] = [];
  for (let start = 0; start < listing.length;) {
    const end = listing.indexOf('\0', start);
    const tab = listing.indexOf('\t', start);
    const typeAt = listing.indexOf(' ', start) + 1;
    const shaAt = listing.indexOf(' ', typeAt) + 1;
    const shaEnd = listing.indexOf(' ', shaAt);
    // (the modes of files and links are one string each, not one per entry)
    const mode =
      COMMON_MODES.find((m) => listing.startsWith(m, start) && typeAt - 1 === start + m.length) ??
      listing.slice(start, typeAt - 1);
    const path = listing.slice(tab + 1, end);
    entries.push({
      mode,
      sha: listing.slice(shaAt, shaEnd),
      path,
      size: sizeAt(listing, shaEnd, tab),
      listed: listed(path, mode),
    });
    start = end + 1;
  }
  return entries;
}

const COMMON_MODES = ['100644', '100755', '120000'];

/** The size field of ls-tree -l between `from` and `to`: digits after spaces ('-' for a submodule: NaN). */
function sizeAt(listing: string, from: number, to: number): number {
  let size = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = listing.charCodeAt(i);
    if (c === 32 && digits === 0) continue;
    if (c < 48 || c > 57) return Number(listing.slice(from, to));
    size = size * 10 + (c - 48);
    digits++;
  }
  return digits === 0 || digits > 15 ? Number(listing.slice(from, to)) : size;
}

/**
 * The tree of a commit in the git repository at `repoDir`: one ls-tree, one git grep for the strings the
 * core scans every file for (SEARCHED_STRINGS), one cat-file for the files that hold them and those
 * every discovery reads; the other files are read when first used (gitBlobs.ts). With `scanned` (what
 * the kept index of this very tree knows of its files: treeIndex.ts), git neither lists nor greps the
 * tree, and only the files every preview reads (CRDs) are read up front.
 */
export function gitTree(
  repoDir: string,
  revision: string,
  limit = MAX_FILE_BYTES,
  scanned?: TreeScan,
  refused?: (reason: string) => void,
  /** The environment git runs in (another repository's cache: otherRepositories.ts). */
  env?: NodeJS.ProcessEnv,
): FileTree {
  const git = gitIn(repoDir, env);
  const lazy = new BlobReader(git, env ? undefined : resolve(repoDir));
  const indexed = scanned && treeOfIndex(git, lazy, revision, limit, scanned, refused);
  if (indexed) return indexed;
  // the listing and the search, side by side
  const runs = gitAtOnce(repoDir, [listTreeArgs(revision), searchedGrepArgs(revision)], env);
  const listRun = runs[0] as GitRun;
  if (listRun.status !== 0)
    throw new Error(`Command failed: git ${listTreeArgs(revision).join(' ')}\n${listRun.stderr}`);
  return wholeTree(git, lazy, revision, listTree(listRun.out), runs[1] as GitRun, limit);
}

/**
 * gitTree, with git's reads overlapped where a run can wait: the search (git grep, the longest of them)
 * runs in the background while the tree is listed and the files every discovery reads are read, so
 * only what the search found is read after it. The same tree, in the same order.
 */
export async function gitTreeOverlapped(
  repoDir: string,
  revision: string,
  limit = MAX_FILE_BYTES,
  scanned?: TreeScan,
  refused?: (reason: string) => void,
): Promise<FileTree> {
  const git = gitIn(repoDir);
  const lazy = new BlobReader(git, resolve(repoDir));
  const indexed = scanned && treeOfIndex(git, lazy, revision, limit, scanned, refused);
  if (indexed) return indexed;
  const search = gitInBackground(repoDir, searchedGrepArgs(revision));
  const entries = listTree(git(listTreeArgs(revision)));
  // read whatever the search finds: links, and the files every discovery reads
  const early = entries.filter(
    (e) =>
      (e.listed ?? listed(e.path, e.mode)) &&
      (e.size ?? Infinity) <= limit &&
      (e.mode === '120000' || readEarly(e.path)),
  );
  const read = new Map<string, { size: number; text?: string }>();
  catFile(
    git,
    early.map((e) => e.sha),
    limit,
  ).forEach((blob, i) => read.set((early[i] as BlobEntry).sha, blob));
  return wholeTree(git, lazy, revision, entries, await search, limit, read);
}

/** A tree laid out from the kept index of this very tree (see gitTree); undefined when git's listing differs. */
function treeOfIndex(
  git: Git,
  lazy: BlobReader,
  revision: string,
  limit: number,
  scanned: TreeScan,
  refused?: (reason: string) => void,
): FileTree | undefined {
  const listing = scanned.listing;
  if (!listing) return undefined;
  // git's listing of the tree is held against what the index says of it first: an index whose listing
  // differs (a file given another blob id, one left out or added) is not used, and the tree is read whole
  const listed = gitListing(git(TREE_ASKS.listing(revision)), listing.links);
  const mismatch = listingMismatch(git, listed, scanned, limit);
  if (mismatch) {
    refused?.(mismatch);
    return undefined;
  }
  const tree = new Map<string, TreeEntry>();
  const lacks = new Map<number, ReadonlySet<string>>();
  const lacked = (flags: number) => lacks.get(flags) ?? lacks.set(flags, lackedStrings(flags)).get(flags);
  const large = scanned.tooLarge;
  // laid out in the tree's order from git's listing: git reads only what every preview reads
  const now: BlobEntry[] = [];
  listing.order.forEach((k, i) => {
    const path = listed.paths[k] as string;
    const sha = listed.shas[k] as string;
    const flags = listing.searched[i] as number;
    const size = large.size === 0 ? undefined : large.get(path);
    if (listed.links[k] === 1) tree.set(path, { link: listing.links.get(path) });
    else if (size !== undefined) tree.set(path, { tooLarge: { size, limit }, blob: sha });
    else if (!readByEveryPreview(flags)) tree.set(path, lazy.entry(sha, lacked(flags)));
    else {
      tree.set(path, { blob: sha });
      now.push({ mode: '100644', sha, path });
    }
  });
  // (read into the places they were set at: the tree keeps its order)
  readBlobs(git, now, tree, limit);
  return tree;
}

/**
 * The tree of a listing and git grep's answer: the files that hold a searched string, links and those
 * every discovery reads are read at once (`read`: those read already, by blob id), the rest on first use.
 */
function wholeTree(
  git: Git,
  lazy: BlobReader,
  revision: string,
  entries: readonly BlobEntry[],
  search: GitRun,
  limit: number,
  read?: ReadonlyMap<string, { size: number; text?: string }>,
): FileTree {
  const tree = new Map<string, TreeEntry>();
  const holding = searchedFiles(revision, search);
  // without git grep's answer (it failed), every file is read at once
  readBlobs(
    git,
    entries,
    tree,
    limit,
    (blob) =>
      !holding || blob.mode === '120000' || holding.has(blob.path) || readEarly(blob.path)
        ? undefined
        : lazy.entry(blob.sha),
    read,
  );
  return tree;
}

/**
 * One git run in the background (its output written to a file, as gitIn's): what it printed and how it
 * exited once it is done. It never rejects: a run that could not start has no status.
 */
function gitInBackground(repoDir: string, args: readonly string[]): Promise<GitRun> {
  const folder = mkdtempSync(join(tmpdir(), 'slipway-git-'));
  const outPath = join(folder, 'out');
  const outFd = openSync(outPath, 'w', 0o600);
  return new Promise((resolve) => {
    const stderr: Buffer[] = [];
    let settled = false;
    const done = (status: number | null) => {
      if (settled) return;
      settled = true;
      const out = status === null ? Buffer.alloc(0) : readFileSync(outPath);
      rmSync(folder, { recursive: true, force: true });
      resolve({ status, out, stderr: Buffer.concat(stderr).toString('utf8').trim() });
    };
    try {
      const child = spawn('git', args, { cwd: repoDir, stdio: ['ignore', outFd, 'pipe'] });
      child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', () => done(null));
      child.on('close', (code) => done(code));
    } catch {
      done(null);
    } finally {
      closeSync(outFd);
    }
  });
}

/** Whether a path of `git ls-tree` is one a tree holds (readBlobs' choice): normalised, outside SKIP, a file or link. */
const listed = (path: string, mode: string) =>
  resolveInTree('', path) === path &&
  !SKIPPED_FOLDER.test(path) &&
  (mode === '100644' || mode === '100755' || mode === '120000');

/** git's id of a blob holding `text`: a link's id is that of its target. */
const blobIdOf = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};

/** The paths of git's listing of a tree that a tree holds (`listed`), in git's order, and its listingText. */
interface GitListing {
  paths: string[];
  shas: string[];
  /** 1 where the path is a link. */
  links: Uint8Array;
  /** The listing as an index keeps it (treeIndex.ts listingLine), a link by the target `links` gives it. */
  text: Buffer;
  /** A link whose target `links` lacks or gives with another blob id than git's. */
  wrongLink?: string;
}

/**
 * The entries of `git ls-tree -r -z` (`<mode> <type> <object>\t<path>\0` each) a tree holds. Read in
 * place with indexOf: a file's line of the listing is a slice of git's.
 */
function gitListing(output: Buffer, targets: ReadonlyMap<string, string>): GitListing {
  const out = output.toString('utf8');
  const paths: string[] = [];
  const shas: string[] = [];
  const links: number[] = [];
  const lines: string[] = [];
  let wrongLink: string | undefined;
  for (let start = 0; start < out.length;) {
    const end = out.indexOf('\0', start);
    const tab = out.indexOf('\t', start);
    const shaAt = out.lastIndexOf(' ', tab) + 1;
    const link = out.startsWith('120000 ', start);
    const file = !link && (out.startsWith('100644 ', start) || out.startsWith('100755 ', start));
    const path = out.slice(tab + 1, end);
    start = end + 1;
    if ((!file && !link) || !listed(path, link ? '120000' : '100644')) continue;
    const sha = out.slice(shaAt, tab);
    paths.push(path);
    shas.push(sha);
    links.push(link ? 1 : 0);
    if (!link) lines.push('f ', out.slice(shaAt, start));
    else {
      const target = targets.get(path);
      if (target === undefined || blobIdOf(target) !== sha) wrongLink ??= path;
      lines.push(listingLine(path, true, target ?? ''));
    }
  }
  const text = Buffer.from(lines.join(''), 'utf8');
  return {
    paths,
    shas,
    links: Uint8Array.from(links),
    text,
    ...(wrongLink !== undefined && { wrongLink }),
  };
}

/**
 * Where a kept index's listing of a revision's tree differs from git's (`git ls-tree -r`, without sizes:
 * the paths, each file's blob id, each link's target by its id), and the sizes of the files it says are
 * over the limit (`cat-file --batch-check`); undefined when they agree. Blob ids are git's hashes of the
 * files' bytes: a listing that agrees lays out exactly the revision's files.
 */
function listingMismatch(git: Git, listed: GitListing, scanned: TreeScan, limit: number): string | undefined {
  const listing = scanned.listing as TreeListing;
  const differs = (path: string) =>
    `what it lists does not match git's listing of the tree at ${JSON.stringify(path)}`;
  if (listed.wrongLink !== undefined) return differs(listed.wrongLink);
  const kept = Buffer.from(listing.text.buffer, listing.text.byteOffset, listing.text.byteLength);
  if (!kept.equals(listed.text)) {
    // the first line that differs (the lines before it are the same in both): the path one of them
    // lacks, the lesser of the two in git's order, or the path both give another blob id or target
    let at = 0;
    while (at < kept.length && kept[at] === listed.text[at]) at++;
    const from = at === 0 ? 0 : kept.lastIndexOf(0, at - 1) + 1;
    const pathIn = (text: Buffer) => {
      if (from >= text.length) return undefined;
      const end = text.indexOf(0, from);
      const line = text.toString('utf8', from, end === -1 ? text.length : end);
      return line.slice(line.indexOf('\t') + 1);
    };
    const ours = pathIn(listed.text);
    const its = pathIn(kept);
    return differs((ours === undefined ? its : its === undefined || ours <= its ? ours : its) ?? '');
  }
  // each of git's paths once in the tree's order (a listing that agrees holds as many)
  const count = listed.paths.length;
  const seen = new Uint8Array(count);
  if (listing.order.length !== count || listing.searched.length !== count)
    return differs(listed.paths[0] ?? '');
  for (const k of listing.order) {
    if (k >= count || seen[k] === 1) return differs(listed.paths[Math.min(k, count - 1)] ?? '');
    seen[k] = 1;
  }
  if (scanned.tooLarge.size === 0) return undefined;
  const blobOf = new Map<string, string>();
  listed.paths.forEach((path, k) => {
    if (listed.links[k] === 0 && scanned.tooLarge.has(path)) blobOf.set(path, listed.shas[k] as string);
  });
  const large = [...scanned.tooLarge].filter(([path]) => !listing.links.has(path));
  if (large.length === 0) return undefined;
  const sizes = git(
    ['cat-file', '--batch-check'],
    large.map(([path]) => blobOf.get(path) ?? '').join('\n') + '\n',
  )
    .toString('utf8')
    .split('\n');
  const wrong = large.find(([, size], k) => size <= limit || sizes[k]?.split(' ')[2] !== String(size));
  return wrong && differs(wrong[0]);
}

interface BlobEntry {
  mode: string;
  sha: string;
  path: string;
  size?: number;
  /** Whether a tree holds the path (`listed`), when known already. */
  listed?: boolean;
}

/**
 * Reads the blobs of `entries` into `tree` with one `cat-file --batch`, but for those `later` gives an
 * entry to read on first use. A crafted tree can hold `..` or `.git` entries: only normalised paths
 * inside the repository count; files over the limit are marked.
 */
function readBlobs(
  git: Git,
  entries: readonly BlobEntry[],
  tree: Map<string, TreeEntry>,
  limit: number,
  later: (blob: BlobEntry) => TreeEntry | undefined = () => undefined,
  /** Blobs read already, by id (gitTreeOverlapped). */
  read?: ReadonlyMap<string, { size: number; text?: string }>,
): void {
  const now: BlobEntry[] = [];
  for (const e of entries) {
    if (!(e.listed ?? listed(e.path, e.mode))) continue;
    if (e.size !== undefined && e.size > limit) {
      tree.set(e.path, { tooLarge: { size: e.size, limit }, blob: e.sha });
      continue;
    }
    const deferred = e.size === undefined ? undefined : later(e);
    if (deferred) tree.set(e.path, deferred);
    else now.push(e);
  }
  if (now.length === 0) return;
  const unread = read ? now.filter((b) => !read.has(b.sha)) : now;
  const blobs = catFile(
    git,
    unread.map((b) => b.sha),
    limit,
  );
  let next = 0;
  for (const blob of now) {
    // (catFile answers for every blob asked, or throws)
    const got = read?.get(blob.sha) ?? blobs[next++];
    if (!got) continue;
    const { size, text } = got;
    if (text === undefined) tree.set(blob.path, { tooLarge: { size, limit }, blob: blob.sha });
    else tree.set(blob.path, blob.mode === '120000' ? { link: text } : { text, blob: blob.sha });
  }
}

/**
 * The tree of `revision` made from the tree of `from` (another commit of the same repository) and what
 * `git diff-tree` says changed between them: only the changed blobs are read, so a pull request's head
 * costs what the pull request changed, not what the repository holds.
 */
export function gitTreeFrom(
  repoDir: string,
  from: { sha: string; tree: FileTree },
  revision: string,
  limit = MAX_FILE_BYTES,
): FileTree {
  const git = gitIn(repoDir);
  // :<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0, renames and copies as delete + add
  const fields = git(TREE_ASKS.changes(from.sha, revision)).toString('utf8').split('\0');
  const touched: string[] = [];
  const changed: BlobEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i] as string;
    const path = fields[i + 1] as string;
    if (!meta.startsWith(':')) continue;
    const [, mode, , sha, status] = meta.slice(1).split(' ') as [string, string, string, string, string];
    touched.push(path);
    if (status !== 'D') changed.push({ mode, sha, path });
  }
  const fresh = new Map<string, TreeEntry>();
  readBlobs(git, changed, fresh, limit);
  return treeWithChanges(from.tree, touched, fresh);
}

/** A commit read whole, or as `from` plus what changed since it. */
function readCommit(
  dir: string,
  sha: string,
  limit: number,
  from?: { sha: string; tree: FileTree },
  scanned?: TreeScan,
  refused?: (reason: string) => void,
) {
  return from ? gitTreeFrom(dir, from, sha, limit) : gitTree(dir, sha, limit, scanned, refused);
}

/** The id of a commit's root tree (two commits with one tree hold the same files). */
function treeIdOf(dir: string, sha: string): string {
  return gitIn(dir)(TREE_ASKS.tree(sha)).toString('utf8').trim();
}

/** The TreeReader of a checkout on this machine: files on disk, commits read with git. */
export const localTrees: TreeReader = {
  folder: diskTree,
  commit(dir, revision, maxFileBytes, options = {}) {
    const sha = resolveRevision(dir, revision) ?? (options.fetch ? fetchCommit(dir, revision) : undefined);
    if (sha === undefined) return undefined;
    // the tree id is looked up only for a caller that keeps indexes by it
    const treeId = options.scanned && treeIdOf(dir, sha);
    const scanned = treeId ? options.scanned?.(treeId) : undefined;
    const tree = readCommit(dir, sha, maxFileBytes, options.from, scanned, options.refused);
    return { sha, ...(treeId && { treeId }), tree };
  },
  async commitOverlapped(dir, revision, maxFileBytes, options = {}) {
    if (options.from) return this.commit(dir, revision, maxFileBytes, options);
    const sha = resolveRevision(dir, revision) ?? (options.fetch ? fetchCommit(dir, revision) : undefined);
    if (sha === undefined) return undefined;
    const treeId = options.scanned && treeIdOf(dir, sha);
    const scanned = treeId ? options.scanned?.(treeId) : undefined;
    const tree = await gitTreeOverlapped(dir, sha, maxFileBytes, scanned, options.refused);
    return { sha, ...(treeId && { treeId }), tree };
  },
  checkout(dir, maxFileBytes, from) {
    const head = cleanHead(dir);
    if (head === undefined) return { tree: diskTree(dir, maxFileBytes) };
    return { tree: readCommit(dir, head, maxFileBytes, from), commit: head };
  },
  readAhead,
  originUrl,
  defaultBase: mergeBaseWithDefault,
  baseBranches,
  kind(path) {
    const info = statSync(path, { throwIfNoEntry: false });
    return !info ? undefined : info.isFile() ? 'file' : info.isDirectory() ? 'folder' : undefined;
  },
  fileSize: (path) => statSync(path).size,
  fileText: (path) => readFileSync(path, 'utf8'),
};
