// git run with its output through a file, and several git runs side by side under one `sh`: the same
// answers as git run alone, and no argument is ever read as shell text (a repository's paths and a
// pull request's revisions are hostile).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerAsked, askAhead, gitAtOnce, gitIn } from '../../src/edges/gitRun.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repository(): string {
  dir = mkdtempSync(join(tmpdir(), 'slipway-gitrun-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.test', ...args], { cwd: dir });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'a.yaml'), 'kind: Application\napiVersion: argoproj.io/v1alpha1\n');
  writeFileSync(join(dir, 'b.yaml'), 'plain: true\n');
  git('add', '-A');
  git('commit', '-qm', 'one');
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().trim();
}

test('git run through a file prints what git prints, reads its input, and fails as execFileSync fails', () => {
  const head = repository();
  const git = gitIn(dir);
  expect(git(['ls-tree', '-r', '--name-only', head]).toString()).toBe('a.yaml\nb.yaml\n');
  expect(git(['cat-file', '--batch-check'], `${head}\n`).toString()).toMatch(
    new RegExp(`^${head} commit \\d+\\n$`),
  );
  let failure: { status?: number; message?: string } = {};
  try {
    git(['rev-parse', '--verify', 'no-such-branch']);
  } catch (error) {
    failure = error as typeof failure;
  }
  expect(failure.status).toBe(128);
  expect(failure.message).toMatch(/Command failed: git rev-parse --verify no-such-branch/);
});

test('no file of git input or output is left behind, whether git succeeded or failed', () => {
  const head = repository();
  const temp = mkdtempSync(join(tmpdir(), 'slipway-gitrun-temp-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  try {
    gitIn(dir)(['cat-file', '--batch'], `${head}\n`);
    expect(() => gitIn(dir)(['rev-parse', '--verify', 'no-such-branch'])).toThrow();
    gitAtOnce(dir, [
      ['ls-tree', head],
      ['rev-parse', '--verify', 'no-such-branch'],
    ]);
    expect(readdirSync(temp)).toEqual([]);
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(temp, { recursive: true, force: true });
  }
});

test('runs side by side give each its own output and exit code; arguments never reach the shell', () => {
  const head = repository();
  const marker = join(dir, 'pwned');
  const hostile = [
    `$(touch ${marker})`,
    `\`touch ${marker}\``,
    `"; touch ${marker}; "`,
    `' ; touch ${marker}`,
  ];
  const runs = gitAtOnce(dir, [
    ['ls-tree', '-r', '--name-only', head],
    ['grep', '-l', '-F', '-e', 'argoproj.io', head, '--', ':(top)'],
    ['grep', '-l', '-F', '-e', 'not anywhere', head, '--', ':(top)'],
    ...hostile.map((arg) => ['rev-parse', '--verify', '--quiet', '--end-of-options', arg]),
    // more than nine arguments in all: "${10}" is the tenth, not "$1" and a 0
    ['log', '--format=%H', '-n', '1', head, '--', 'a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', 'e.yaml'],
  ]);
  expect(runs.map((r) => r.status)).toEqual([0, 0, 1, 1, 1, 1, 1, 0]);
  expect(runs[0]?.out.toString()).toBe('a.yaml\nb.yaml\n');
  expect(runs[1]?.out.toString()).toBe(`${head}:a.yaml\n`);
  expect(runs[7]?.out.toString()).toBe(`${head}\n`);
  expect(existsSync(marker)).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(['.git', 'a.yaml', 'b.yaml']);
});

test('a follow-up is asked in the same job only when the folder holds a file named by the first answer', async () => {
  const head = repository();
  const tree = execFileSync('git', ['rev-parse', `${head}^{tree}`], { cwd: dir })
    .toString()
    .trim();
  const marker = join(dir, 'pwned');
  // a folder whose name the shell would run (in the repository), were it ever read as shell text
  const folder = join(dir, 'kept $(touch pwned) `touch pwned`');
  mkdirSync(folder);
  const treeOf = (rev: string) => ['rev-parse', '--verify', '--end-of-options', `${rev}^{tree}`];
  const listing = (rev: string) => ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev];

  // no file for that tree: the listing is left for the run to ask
  await askAhead(dir, [treeOf(head)], [{ after: treeOf(head), folder, args: listing(head) }]);
  expect(answerAsked(dir, treeOf(head), true)?.out.toString().trim()).toBe(tree);
  expect(answerAsked(dir, listing(head), true)).toBeUndefined();

  // a kept file for the tree (and one for another tree): asked, and answered as git answers it
  writeFileSync(join(folder, `${tree}-0123456789abcdef.v8`), '');
  writeFileSync(join(folder, `${'0'.repeat(40)}-0123456789abcdef.v8`), '');
  await askAhead(dir, [treeOf('HEAD')], [{ after: treeOf('HEAD'), folder, args: listing('HEAD') }]);
  const answered = answerAsked(dir, listing('HEAD'), true);
  expect(answered?.status).toBe(0);
  expect(answered?.out.toString()).toBe(gitIn(dir)(listing('HEAD')).toString());

  // a first answer that fails (and so names no tree) asks nothing after it
  await askAhead(dir, [treeOf('nowhere')], [{ after: treeOf('nowhere'), folder, args: listing('main') }]);
  expect(answerAsked(dir, treeOf('nowhere'), true)?.status).not.toBe(0);
  expect(answerAsked(dir, listing('main'), true)).toBeUndefined();
  expect(existsSync(marker)).toBe(false);
});

test('a derived command is asked by the same script once the runs it is built from answer, only from hex ids', async () => {
  const first = repository();
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.test', ...args], { cwd: dir });
  writeFileSync(join(dir, 'b.yaml'), 'plain: false\n');
  git('commit', '-qam', 'two');
  const second = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().trim();
  const tree = execFileSync('git', ['rev-parse', `${first}^{tree}`], { cwd: dir })
    .toString()
    .trim();
  const marker = join(dir, 'pwned');
  const folder = join(dir, 'kept $(touch pwned) `touch pwned`');
  mkdirSync(folder);
  writeFileSync(join(folder, `${tree}-0123456789abcdef.v8`), '');
  const commit = (rev: string) => ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`];
  const treeOf = (sha: string) => ['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`];
  const changes = (a: string, b: string) => [
    'diff-tree',
    '-r',
    '-z',
    '--no-renames',
    '--end-of-options',
    a,
    b,
  ];
  const listing = (sha: string) => ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', sha];

  await askAhead(
    dir,
    [commit('main~1'), commit('main'), commit('nowhere')],
    [],
    [
      { from: [commit('main~1'), commit('main')], args: ([a, b]) => changes(a as string, b as string) },
      {
        from: [commit('main~1')],
        args: ([a]) => treeOf(a as string),
        followUp: { folder, args: ([a]) => listing(a as string) },
      },
      // a commit that is not there: what is built from it is never asked
      { from: [commit('nowhere'), commit('main')], args: ([a, b]) => changes(a as string, b as string) },
    ],
  );
  // answered under the commands the values make, as git answers them asked alone
  for (const args of [changes(first, second), treeOf(first), listing(first)]) {
    const answered = answerAsked(dir, args, true);
    expect(answered?.status).toBe(0);
    expect(answered?.out.toString()).toBe(gitIn(dir)(args).toString());
  }
  expect(answerAsked(dir, changes(first, second), true)?.out.toString()).toContain('b.yaml');
  expect(answerAsked(dir, commit('nowhere'), true)?.status).not.toBe(0);
  expect(answerAsked(dir, changes('', second), true)).toBeUndefined();
  // no file in the folder for the second commit's tree: its listing is left for the run
  await askAhead(
    dir,
    [commit('HEAD')],
    [],
    [
      {
        from: [commit('HEAD')],
        args: ([a]) => treeOf(a as string),
        followUp: { folder, args: ([a]) => listing(a as string) },
      },
    ],
  );
  expect(answerAsked(dir, treeOf(second), true)?.status).toBe(0);
  expect(answerAsked(dir, listing(second), true)).toBeUndefined();
  expect(existsSync(marker)).toBe(false);
});
