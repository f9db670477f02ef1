// File trees from a folder on disk and from a git revision (read with git, no checkout).
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES, resolveInTree, type FileTree, type TreeEntry } from '../core/fileTree.js';
import type { TreeReader } from '../ports.js';
import { fetchCommit, mergeBaseWithDefault, originUrl, resolveRevision } from './git.js';

const SKIP = new Set(['.git', 'node_modules']);

/** Every file below `dir` (hidden folders included, but not .git), links kept as links. */
export function diskTree(dir: string, limit = MAX_FILE_BYTES): FileTree {
  const tree = new Map<string, TreeEntry>();
  const visit = (folder: string): void => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (SKIP.has(entry.name)) continue;
      const full = join(folder, entry.name);
      const path = relative(dir, full).split(sep).join('/');
      if (entry.isSymbolicLink()) tree.set(path, { link: readlinkSync(full) });
      else if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) {
        const size = lstatSync(full).size;
        tree.set(path, size > limit ? { tooLarge: { size, limit } } : { text: readFileSync(full, 'utf8') });
      }
    }
  };
  visit(dir);
  return tree;
}

/** The tree of a commit in the git repository at `repoDir`, read with one ls-tree and one cat-file. */
export function gitTree(repoDir: string, revision: string, limit = MAX_FILE_BYTES): FileTree {
  const git = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd: repoDir, input, maxBuffer: 1 << 30 });
  const listing = git(['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', revision])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const entries = listing.map((line) => {
    const [meta, path] = line.split('\t') as [string, string];
    const [mode, , sha, size] = meta.split(/ +/) as [string, string, string, string];
    return { mode, sha, path, size: Number(size) };
  });
  const tree = new Map<string, TreeEntry>();
  readBlobs(git, entries, tree, limit);
  return tree;
}

interface BlobEntry {
  mode: string;
  sha: string;
  path: string;
  size?: number;
}

/**
 * Reads the blobs of `entries` into `tree` with one `cat-file --batch`. A crafted tree can hold `..` or
 * `.git` entries: only normalised paths inside the repository count; files over the limit are marked.
 */
function readBlobs(
  git: (args: string[], input?: string) => Buffer,
  entries: readonly BlobEntry[],
  tree: Map<string, TreeEntry>,
  limit: number,
): void {
  const blobs = entries.filter((e) => {
    if (resolveInTree('', e.path) !== e.path || e.path.split('/').some((s) => SKIP.has(s))) return false;
    if (e.mode !== '100644' && e.mode !== '100755' && e.mode !== '120000') return false;
    if (e.size !== undefined && e.size > limit) tree.set(e.path, { tooLarge: { size: e.size, limit } });
    return e.size === undefined || e.size <= limit;
  });
  if (blobs.length === 0) return;
  const out = git(['cat-file', '--batch', '--buffer'], blobs.map((b) => b.sha).join('\n') + '\n');
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = out.indexOf(10, offset);
    const size = Number(out.subarray(offset, headerEnd).toString().split(' ')[2]);
    offset = headerEnd + 1 + size + 1;
    if (size > limit) {
      tree.set(blob.path, { tooLarge: { size, limit } });
      continue;
    }
    const content = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    tree.set(blob.path, blob.mode === '120000' ? { link: content } : { text: content });
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
  const git = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd: repoDir, input, maxBuffer: 1 << 30 });
  // :<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0, renames and copies as delete + add
  const fields = git(['diff-tree', '-r', '-z', '--no-renames', '--end-of-options', from.sha, revision])
    .toString('utf8')
    .split('\0');
  const tree = new Map(from.tree);
  const changed: BlobEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i] as string;
    const path = fields[i + 1] as string;
    if (!meta.startsWith(':')) continue;
    const [, mode, , sha, status] = meta.slice(1).split(' ') as [string, string, string, string, string];
    tree.delete(path);
    if (status !== 'D') changed.push({ mode, sha, path });
  }
  readBlobs(git, changed, tree, limit);
  return tree;
}

/** The TreeReader of a checkout on this machine: files on disk, commits read with git. */
export const localTrees: TreeReader = {
  folder: diskTree,
  commit(dir, revision, maxFileBytes, options = {}) {
    const sha = resolveRevision(dir, revision) ?? (options.fetch ? fetchCommit(dir, revision) : undefined);
    if (sha === undefined) return undefined;
    const tree = options.from
      ? gitTreeFrom(dir, options.from, sha, maxFileBytes)
      : gitTree(dir, sha, maxFileBytes);
    return { sha, tree };
  },
  originUrl,
  defaultBase: mergeBaseWithDefault,
  kind(path) {
    const info = statSync(path, { throwIfNoEntry: false });
    return !info ? undefined : info.isFile() ? 'file' : info.isDirectory() ? 'folder' : undefined;
  },
  fileSize: (path) => statSync(path).size,
  fileText: (path) => readFileSync(path, 'utf8'),
};
