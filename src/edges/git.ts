// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.
import { execFileSync } from 'node:child_process';
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

/** The `origin` remote's URL, so Applications pointing at this repository are recognised. */
export function originUrl(dir: string): string | undefined {
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
