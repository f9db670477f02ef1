// Another Git repository served as a local bare repository, and the environment that maps its https URL
// to it (the runner's own `url.<base>.insteadOf`, through GIT_CONFIG_COUNT/KEY/VALUE, with the file
// transport allowed: docs/other-repositories.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface OtherRepo {
  /** The URL Applications name it by. */
  url: string;
  /** The bare repository git fetches from. */
  bare: string;
  /** Commits files (null removes one) on `branch` (main unless named); the commit's id. */
  commit(files: Record<string, string | Buffer | null>, branch?: string): string;
  tag(name: string): void;
  remove(): void;
}

export function otherRepo(url: string, files: Record<string, string | Buffer>): OtherRepo {
  const root = mkdtempSync(join(tmpdir(), 'slipway-other-'));
  const work = join(root, 'work');
  const bare = join(root, 'other.git');
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@t',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@t',
  };
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env }).toString().trim();
  mkdirSync(work);
  git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'remote', 'add', 'origin', bare);
  const repo: OtherRepo = {
    url,
    bare,
    commit(changes, branch = 'main') {
      const current = git(work, 'branch', '--show-current');
      if (current !== branch) {
        const exists = git(work, 'branch', '--list', branch) !== '';
        git(work, 'checkout', '-q', ...(exists ? [branch] : ['-b', branch]));
      }
      for (const [path, text] of Object.entries(changes)) {
        if (text === null) rmSync(join(work, path), { force: true });
        else {
          mkdirSync(dirname(join(work, path)), { recursive: true });
          writeFileSync(join(work, path), text);
        }
      }
      git(work, 'add', '-A');
      git(work, 'commit', '-q', '--allow-empty', '-m', 'change');
      git(work, 'push', '-q', 'origin', branch);
      return git(work, 'rev-parse', 'HEAD');
    },
    tag(name) {
      git(work, 'tag', name);
      git(work, 'push', '-q', 'origin', name);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  repo.commit(files);
  return repo;
}

/**
 * The environment under which `repos` are fetched from their bare repositories: each URL mapped by
 * `url.<bare>.insteadOf`, the file transport allowed, and a cache folder of the test's own.
 */
export function fetchEnv(
  cache: string,
  repos: ReadonlyArray<{ url: string; bare: string }>,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {
    SLIPWAY_GIT_PROTOCOLS: 'https,file',
    SLIPWAY_REPOSITORY_CACHE: cache,
    GIT_CONFIG_COUNT: String(repos.length),
    ...extra,
  };
  repos.forEach((r, i) => {
    env[`GIT_CONFIG_KEY_${i}`] = `url.file://${r.bare}.insteadOf`;
    env[`GIT_CONFIG_VALUE_${i}`] = r.url;
  });
  return env;
}
