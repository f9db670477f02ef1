// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isRevision } from '../core/revision.js';
import { answerAsked, forgetAsked } from './gitRun.js';

/** git's answer, trimmed (one asked ahead, if it was: gitRun.ts), or undefined when git fails. */
function git(dir: string, args: string[]): string | undefined {
  const asked = answerAsked(dir, args);
  if (asked) return asked.status === 0 ? asked.out.toString().trim() : undefined;
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

/**
 * The questions below, as git is asked them: a command asked ahead (gitAhead.ts) is answered only when
 * its arguments are these very ones.
 */
export const GIT_ASKS = {
  originUrl: ['remote', 'get-url', 'origin'],
  remoteHead: ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'],
  commonDir: ['rev-parse', '--git-common-dir'],
  commit: (rev: string) => ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
  fullName: (rev: string) => ['rev-parse', '--symbolic-full-name', rev],
  mergeBase: (candidate: string) => ['merge-base', 'HEAD', candidate],
  topLevel: ['rev-parse', '--show-toplevel'],
  sparse: ['config', '--bool', 'core.sparseCheckout'],
  steering: ['ls-files', '-z', '--', '.gitmodules', '**/.gitattributes', '.gitattributes'],
  infoAttributes: ['rev-parse', '--git-path', 'info/attributes'],
  status: ['status', '--porcelain', '-z', '--untracked-files=all', '--ignore-submodules=none'],
} as const;

/** The commands trees.ts asks of the commits it resolved (asked ahead too, with these very arguments). */
export const TREE_ASKS = {
  /** The id of a commit's root tree. */
  tree: (sha: string) => ['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`],
  /** A revision's listing, without sizes (what a kept index is checked against). */
  listing: (revision: string) => ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', revision],
  /** What changed between two commits, renames and copies as delete + add. */
  changes: (from: string, to: string) => [
    'diff-tree',
    '-r',
    '-z',
    '--no-renames',
    '--end-of-options',
    from,
    to,
  ],
};

/** The branches a base may stand for when none is named, in order: origin's HEAD (found apart) comes first. */
export const DEFAULT_BRANCHES = ['origin/main', 'origin/master', 'main', 'master'] as const;

/** The `origin` remote's URL, so Applications pointing at this repository are recognised. */
export function originUrl(dir: string): string | undefined {
  if (!mayBeInRepository(dir)) return undefined;
  return git(dir, [...GIT_ASKS.originUrl]) || undefined;
}

/** The repository's git folder shared by its worktrees (absolute), or undefined outside git. */
export function gitCommonDir(dir: string): string | undefined {
  const common = git(dir, [...GIT_ASKS.commonDir]);
  return common ? resolve(dir, common) : undefined;
}

/** The commit a revision names, or undefined. */
export function resolveRevision(dir: string, rev: string): string | undefined {
  if (!isRevision(rev) && rev !== 'FETCH_HEAD') return undefined;
  return git(dir, GIT_ASKS.commit(rev));
}

/**
 * Fetches a commit (or a branch) from origin into a shallow checkout — actions/checkout leaves its
 * credentials for this — and returns the commit fetched.
 */
export function fetchCommit(dir: string, rev: string): string | undefined {
  if (!isRevision(rev)) return undefined;
  const fetched = git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', 'origin', rev]);
  forgetAsked(dir);
  if (fetched === undefined) return undefined;
  return resolveRevision(dir, 'FETCH_HEAD');
}

/** Where HEAD left the default branch: merge-base with origin's default branch, else main, else master. */
export function mergeBaseWithDefault(dir: string): string | undefined {
  const remoteHead = git(dir, [...GIT_ASKS.remoteHead]);
  for (const candidate of [remoteHead, ...DEFAULT_BRANCHES]) {
    if (!candidate || !resolveRevision(dir, candidate)) continue;
    const base = git(dir, GIT_ASKS.mergeBase(candidate));
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
  const remoteHead = git(dir, [...GIT_ASKS.remoteHead]);
  const candidates = [remoteHead, ...DEFAULT_BRANCHES];
  const found = candidates.find((c) => c && resolveRevision(dir, c));
  const defaultBranch = found?.replace(/^refs\/remotes\//, '').replace(/^origin\//, '');
  // (isRevision refuses a leading `-`; rev-parse would print an --end-of-options back)
  const full = base && isRevision(base) ? git(dir, GIT_ASKS.fullName(base)) : undefined;
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
  const top = git(dir, [...GIT_ASKS.topLevel]);
  if (!top || realpathSync(top) !== realpathSync(dir)) return undefined;
  if (git(dir, [...GIT_ASKS.sparse]) === 'true') return undefined;
  const head = resolveRevision(dir, 'HEAD');
  if (head === undefined) return undefined;
  // files HEAD tracks that steer how its blobs become files (and the info/attributes of the clone)
  const steering = git(dir, [...GIT_ASKS.steering]);
  const infoAttributes = git(dir, [...GIT_ASKS.infoAttributes]);
  if (steering !== '' || !infoAttributes || existsSync(resolve(dir, infoAttributes))) return undefined;
  const status = git(dir, [...GIT_ASKS.status]);
  return status === '' ? head : undefined;
}
