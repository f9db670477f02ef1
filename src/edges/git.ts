// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.
import { execFileSync } from 'node:child_process';

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

export function hasCommit(dir: string, rev: string): boolean {
  return git(dir, ['cat-file', '-e', `${rev}^{commit}`]) !== undefined;
}

/** The commit a revision names, or undefined. */
export function resolveRevision(dir: string, rev: string): string | undefined {
  return git(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
}

/** Fetches one commit from origin into a shallow checkout (actions/checkout leaves its credentials for this). */
export function fetchCommit(dir: string, sha: string): boolean {
  return (
    git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha]) !== undefined &&
    hasCommit(dir, sha)
  );
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
