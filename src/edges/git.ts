// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isRevision } from '../core/revision.js';

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

/**
 * Whether git could find a repository from `dir`: a `.git` in it or a folder above it, a bare repository
 * there, or one named by the environment. Where none is, asking git only costs a process.
 */
export function mayBeInRepository(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR !== undefined) return true;
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return true;
    if (['HEAD', 'objects', 'refs'].every((f) => existsSync(join(folder, f)))) return true;
    if (dirname(folder) === folder) return false;
  }
}

/** The `origin` remote's URL, so Applications pointing at this repository are recognised. */
export function originUrl(dir: string): string | undefined {
  if (!mayBeInRepository(dir)) return undefined;
  return git(dir, ['remote', 'get-url', 'origin']) || undefined;
}

/** The commit a revision names, or undefined. */
export function resolveRevision(dir: string, rev: string): string | undefined {
  if (!isRevision(rev) && rev !== 'FETCH_HEAD') return undefined;
  return git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
}

/**
 * Fetches a commit (or a branch) from origin into a shallow checkout — actions/checkout leaves its
 * credentials for this — and returns the commit fetched.
 */
export function fetchCommit(dir: string, rev: string): string | undefined {
  if (!isRevision(rev)) return undefined;
  const fetched = git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', 'origin', rev]);
  if (fetched === undefined) return undefined;
  return resolveRevision(dir, 'FETCH_HEAD');
}

/** Where HEAD left the default branch: merge-base with origin's default branch, else main, else master. */
export function mergeBaseWithDefault(dir: string): string | undefined {
  const remoteHead = git(dir, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  for (const candidate of [remoteHead, 'origin/main', 'origin/master', 'main', 'master']) {
    if (!candidate || !resolveRevision(dir, candidate)) continue;
    const base = git(dir, ['merge-base', 'HEAD', candidate]);
    if (base) return base;
  }
  return undefined;
}

/**
 * The branch a CLI diff's base stands for, and the default branch (which `HEAD` means in an
 * Application): the branch `base` names (a local branch or a remote-tracking one), else the default
 * branch — origin's HEAD, else origin/main, origin/master, main, master, the first there is.
 */
export function baseBranches(dir: string, base?: string): { branch?: string; defaultBranch?: string } {
  const remoteHead = git(dir, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  const candidates = [remoteHead, 'origin/main', 'origin/master', 'main', 'master'];
  const found = candidates.find((c) => c && resolveRevision(dir, c));
  const defaultBranch = found?.replace(/^refs\/remotes\//, '').replace(/^origin\//, '');
  // (isRevision refuses a leading `-`; rev-parse would print an --end-of-options back)
  const full = base && isRevision(base) ? git(dir, ['rev-parse', '--symbolic-full-name', base]) : undefined;
  const named = full?.startsWith('refs/heads/')
    ? full.slice('refs/heads/'.length)
    : full?.startsWith('refs/remotes/')
      ? full.replace(/^refs\/remotes\/[^/]+\//, '')
      : undefined;
  const branch = named ?? defaultBranch;
  return { ...(branch && { branch }), ...(defaultBranch && { defaultBranch }) };
}

/**
 * HEAD's commit when the folder is the top of a git checkout whose files on disk are exactly HEAD's: no
 * change, no untracked file (ignored ones are not Argo CD's either), no submodule, no sparse checkout,
 * and no .gitattributes (a filter or eol rule makes the files on disk differ from the blobs). Else
 * undefined: the folder is read from disk.
 */
export function cleanHead(dir: string): string | undefined {
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (!top || realpathSync(top) !== realpathSync(dir)) return undefined;
  if (git(dir, ['config', '--bool', 'core.sparseCheckout']) === 'true') return undefined;
  const head = resolveRevision(dir, 'HEAD');
  if (head === undefined) return undefined;
  // files HEAD tracks that steer how its blobs become files (and the info/attributes of the clone)
  const steering = git(dir, ['ls-files', '-z', '--', '.gitmodules', '**/.gitattributes', '.gitattributes']);
  const infoAttributes = git(dir, ['rev-parse', '--git-path', 'info/attributes']);
  if (steering !== '' || !infoAttributes || existsSync(resolve(dir, infoAttributes))) return undefined;
  const status = git(dir, [
    'status',
    '--porcelain',
    '-z',
    '--untracked-files=all',
    '--ignore-submodules=none',
  ]);
  return status === '' ? head : undefined;
}
