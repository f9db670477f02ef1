// A pull request's head read as the base plus what changed is the same tree as the head read whole.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitTree, gitTreeFrom } from '../../src/edges/trees.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.test', ...args], { cwd: dir })
    .toString()
    .trim();
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

test('base + diff-tree gives the head: added, changed, deleted, renamed, links and files over the limit', () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('a/keep.yaml', 'k: 1\n');
  write('a/change.yaml', 'c: 1\n');
  write('a/gone.yaml', 'g: 1\n');
  write('a/move.yaml', 'm: 1\n');
  write('big.yaml', 'x'.repeat(50));
  symlinkSync('keep.yaml', join(dir, 'a/link.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  write('a/change.yaml', 'c: 2\n');
  unlinkSync(join(dir, 'a/gone.yaml'));
  mkdirSync(join(dir, 'b'));
  git('mv', 'a/move.yaml', 'b/moved.yaml');
  write('b/new.yaml', 'n: 1\n');
  write('big2.yaml', 'y'.repeat(60));
  unlinkSync(join(dir, 'a/link.yaml'));
  symlinkSync('change.yaml', join(dir, 'a/link.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'head');
  const limit = 40;
  const fromBase = gitTreeFrom(dir, { sha: base, tree: gitTree(dir, base, limit) }, 'HEAD', limit);
  const whole = gitTree(dir, 'HEAD', limit);
  expect(new Map([...fromBase].sort())).toEqual(new Map([...whole].sort()));
  expect(whole.get('b/moved.yaml')).toEqual({ text: 'm: 1\n' });
  expect(whole.get('a/link.yaml')).toEqual({ link: 'change.yaml' });
  expect(whole.get('big2.yaml')).toEqual({ tooLarge: { size: 60, limit } });
  expect(whole.has('a/gone.yaml')).toBe(false);
});
