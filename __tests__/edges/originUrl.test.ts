// `validate DIR` asks git for the folder's origin (so Applications pointing at it count as this
// repository) only where git could find a repository: a folder outside any asks no git at all.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mayBeInRepository, originUrl } from '../../src/edges/git.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-origin-'));
  mkdirSync(join(dir, 'plain', 'apps'), { recursive: true });
  mkdirSync(join(dir, 'repo', 'apps'), { recursive: true });
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
  git(join(dir, 'repo'), 'init', '-q');
  git(join(dir, 'repo'), 'remote', 'add', 'origin', 'https://github.com/acme/manifests');
  git(dir, 'init', '-q', '--bare', 'bare.git');
  git(join(dir, 'bare.git'), 'remote', 'add', 'origin', 'https://github.com/acme/bare');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a folder in a repository, or below one, has its origin', () => {
  expect(originUrl(join(dir, 'repo'))).toBe('https://github.com/acme/manifests');
  expect(originUrl(join(dir, 'repo', 'apps'))).toBe('https://github.com/acme/manifests');
  expect(originUrl(join(dir, 'bare.git'))).toBe('https://github.com/acme/bare');
});

test('a folder outside any repository has none, and git is not asked', () => {
  expect(mayBeInRepository(join(dir, 'plain', 'apps'), {})).toBe(false);
  expect(originUrl(join(dir, 'plain', 'apps'))).toBeUndefined();
  // GIT_DIR names a repository wherever git runs: then git is asked
  expect(mayBeInRepository(join(dir, 'plain'), { GIT_DIR: join(dir, 'repo', '.git') })).toBe(true);
  expect(mayBeInRepository(join(dir, 'repo', 'apps'), {})).toBe(true);
});
