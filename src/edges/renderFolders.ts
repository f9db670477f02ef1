// The temporary folders renders run in: made from the file tree holding only a render's inputs, and removed
// in batches by `rm -rf` (one process per 32 folders) instead of one by one from JavaScript, whose
// recursive removal costs 0.7-1.0 ms of CPU per folder against 0.07-0.2 ms for rm (bench/render-costs.mjs).
import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readText, resolveInTree, type FileTree } from '../core/fileTree.js';
import { atEnd, minimalEnv, run } from './childProcess.js';
import { readAhead } from './gitBlobs.js';

/** Free space `/dev/shm` must have to be used: a container's default of 64 MiB is too small for charts. */
const SHM_MIN_FREE = 1024 * 1024 * 1024;

/**
 * Where render folders go: memory (`/dev/shm`, Linux's tmpfs) when it has 1 GiB free and TMPDIR names no
 * place — each render makes and removes a folder of its inputs, four times faster there than on a
 * disk-backed /tmp — else the system's temporary folder.
 */
let renderRoot: string | undefined;
function renderTemp(): string {
  if (renderRoot === undefined) {
    renderRoot = tmpdir();
    if (!process.env.TMPDIR) {
      try {
        accessSync('/dev/shm', constants.W_OK);
        const free = statfsSync('/dev/shm');
        if (statSync('/dev/shm').isDirectory() && free.bavail * free.bsize >= SHM_MIN_FREE)
          renderRoot = '/dev/shm';
      } catch {
        // no tmpfs here: the system's temporary folder
      }
    }
    const stale = abandonedRenderFolders(renderRoot);
    if (stale.length > 0) void sweep(stale).catch(() => undefined);
  }
  return renderRoot;
}

/** A render folder this old is no render's: a render is stopped after a minute (childProcess.ts). */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Render folders a run killed by a signal left in `root` (its exit handler never ran): on a self-hosted
 * runner `/dev/shm` is memory that outlives the job. Only Slipway's own folders, an hour old or more, so
 * a run going on beside this one keeps its folders.
 */
export function abandonedRenderFolders(root: string, now = Date.now()): string[] {
  const stale: string[] = [];
  try {
    for (const name of readdirSync(root)) {
      if (!name.startsWith('slipway-render-')) continue;
      const folder = join(root, name);
      try {
        const stat = lstatSync(folder);
        if (stat.isDirectory() && now - stat.mtimeMs >= ABANDONED_AFTER_MS) stale.push(folder);
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // an unreadable temporary folder: nothing to tidy
  }
  return stale;
}

/**
 * Lays the given repository files out under <temp>/repo as regular files. Only normalised paths that stay
 * inside the repository are written (a crafted tree may hold `..` entries), and links are written as the
 * in-repository file they point to, so nothing a renderer reads can lead outside the folder.
 */
export function makeRenderFolder(tree: FileTree, files: Iterable<string>): string {
  const root = mkdtempSync(join(renderTemp(), 'slipway-render-'));
  const repo = join(root, 'repo');
  const made = new Set<string>();
  const paths = [...files];
  readAhead(tree, paths);
  for (const path of paths) {
    if (resolveInTree('', path) !== path || path === '') continue;
    const text = readText(tree, path);
    const target = join(repo, path);
    if (text === undefined || !target.startsWith(`${repo}/`)) continue;
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(target, text);
  }
  mkdirSync(join(root, 'repo'), { recursive: true });
  mkdirSync(join(root, 'home'));
  return root;
}

const BATCH = 32;
/** Folders whose renders are done, waiting for the next batch (or the process's exit). */
const unswept: string[] = [];
let exitHandler = false;

/**
 * A render is done with its folder. Every 32nd call removes the batch with one `rm -rf` in the background
 * (JavaScript's removal where there is no `rm`); the rest go when the entry's work is done, or at exit.
 */
export function discardRenderFolder(root: string): void {
  if (!exitHandler) {
    exitHandler = true;
    // the last folders go with one `rm` when the entry's work is done (endChildProcesses): removed from
    // JavaScript at exit, after the report, they held the run's end ~1 ms of CPU each; what a run left
    // without ending that way goes at exit
    atEnd(() => sweep(unswept.splice(0)));
    process.on('exit', () => {
      for (const folder of unswept.splice(0)) rmSync(folder, { recursive: true, force: true });
    });
  }
  unswept.push(root);
  if (unswept.length < BATCH) return;
  void sweep(unswept.splice(0)).catch(() => undefined); // a folder left in the temporary folder harms no result
}

async function sweep(folders: string[]): Promise<void> {
  if (folders.length === 0) return;
  const removed =
    process.platform !== 'win32' &&
    (await run('rm', ['-rf', '--', ...folders], { cwd: renderTemp(), env: minimalEnv(renderTemp()) })).ok;
  if (!removed) await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
}
