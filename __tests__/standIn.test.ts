import { createGitHub } from '../src/github/client.js';
import { memoryLog } from '../src/log.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BareRepo } from './support/bareRepo.js';
import { startStandIn, type GitHubStandIn } from './support/githubStandIn.js';

let standIn: GitHubStandIn;
beforeEach(async () => {
  standIn = await startStandIn({ 'app/deploy.yaml': 'image: app:1.0\n' });
});
afterEach(() => standIn.stop());

/** A client on the stand-in whose retries wait `retrySecondMs` for each of GitHub's seconds. */
const client = (token = 'test-token', log = memoryLog(), retrySecondMs = 1) =>
  createGitHub({ token, apiUrl: standIn.url, serverUrl: standIn.url, writeSpacingMs: 0, retrySecondMs }, log);
const repo = () => ({ owner: 'acme', repo: 'manifests' });

test('a commit created through the API is in the bare repository, with its tree', async () => {
  const gh = client();
  const base = standIn.repo.refSha('main') as string;
  const baseTree = standIn.repo.git(['rev-parse', `${base}^{tree}`]);
  const tree = await gh.rest.git.createTree({
    ...repo(),
    base_tree: baseTree,
    tree: [{ path: 'app/deploy.yaml', mode: '100644', type: 'blob', content: 'image: app:2.0\n' }],
  });
  const commit = await gh.rest.git.createCommit({
    ...repo(),
    message: 'bump',
    tree: tree.data.sha,
    parents: [base],
  });
  await gh.rest.git.updateRef({ ...repo(), ref: 'heads/main', sha: commit.data.sha });
  expect(standIn.repo.git(['log', '--format=%s', 'main'])).toBe('bump\nInitial manifests');
  expect(standIn.repo.show('main', 'app/deploy.yaml')).toBe('image: app:2.0\n');
  expect(commit.data.verification?.verified).toBe(true);
});

test('a deletion in a tree removes the file', async () => {
  const gh = client();
  const base = standIn.repo.refSha('main') as string;
  const tree = await gh.rest.git.createTree({
    ...repo(),
    base_tree: base,
    tree: [{ path: 'app/deploy.yaml', mode: '100644', type: 'blob', sha: null }],
  });
  expect(standIn.repo.git(['ls-tree', '-r', tree.data.sha])).toBe('');
});

test('a ref update that is not a fast forward gets 422, and force overrides it', async () => {
  const gh = client();
  const first = standIn.repo.refSha('main') as string;
  const side = standIn.repo.commitFiles('side', { 'x.yaml': 'a: 1\n' }, { from: 'main' });
  standIn.repo.commitFiles('main', { 'y.yaml': 'b: 2\n' });
  await expect(gh.rest.git.updateRef({ ...repo(), ref: 'heads/main', sha: side })).rejects.toMatchObject({
    status: 422,
    message: expect.stringContaining('Update is not a fast forward'),
  });
  await gh.rest.git.updateRef({ ...repo(), ref: 'heads/main', sha: side, force: true });
  expect(standIn.repo.refSha('main')).toBe(side);
  expect(first).not.toBe(side);
});

test('creating an existing ref gets 422 "Reference already exists"', async () => {
  const gh = client();
  const sha = standIn.repo.refSha('main') as string;
  await expect(gh.rest.git.createRef({ ...repo(), ref: 'refs/heads/main', sha })).rejects.toMatchObject({
    status: 422,
    message: expect.stringContaining('Reference already exists'),
  });
});

test('an injected 502 is retried by the client and the call succeeds', async () => {
  standIn.inject({ method: 'GET', path: /\/repos\/acme\/manifests$/, status: 502 });
  const response = await client().rest.repos.get(repo());
  expect(response.data.default_branch).toBe('main');
  expect(standIn.requests.filter((r) => r.path === '/repos/acme/manifests').map((r) => r.status)).toEqual([
    502, 200,
  ]);
});

test('a 429 with retry-after is waited out for as long as GitHub asks, then retried', async () => {
  standIn.inject({
    method: 'GET',
    path: /\/repos\/acme\/manifests$/,
    status: 429,
    headers: { 'retry-after': '3' },
    message: 'You have exceeded a secondary rate limit',
  });
  const log = memoryLog();
  const started = performance.now();
  // 20 ms stand for each of GitHub's seconds: the wait is 60 ms, not 3 s
  const response = await client('test-token', log, 20).rest.repos.get(repo());
  expect(performance.now() - started).toBeGreaterThanOrEqual(59);
  expect(response.status).toBe(200);
  expect(standIn.requests.map((r) => r.status)).toEqual([429, 200]);
  expect(log.lines).toContain(
    'warning: GitHub rate limit on GET /repos/{owner}/{repo}; retrying in 3 s (as its retry-after header asks).',
  );
});

test('5xx answers are retried after 1 and 4 seconds of the clock', async () => {
  for (let i = 0; i < 2; i++)
    standIn.inject({ method: 'GET', path: /\/repos\/acme\/manifests$/, status: 503 });
  const started = performance.now();
  const response = await client('test-token', memoryLog(), 20).rest.repos.get(repo());
  expect(performance.now() - started).toBeGreaterThanOrEqual(99);
  expect(standIn.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  expect(response.data.default_branch).toBe('main');
});

test('tokens: unknown → 401, read-only writing → 403', async () => {
  await expect(client('nope').rest.repos.get(repo())).rejects.toMatchObject({ status: 401 });
  standIn.tokens.set('ro', 'read');
  await expect(
    client('ro').rest.git.createRef({
      ...repo(),
      ref: 'refs/heads/x',
      sha: standIn.repo.refSha('main') as string,
    }),
  ).rejects.toMatchObject({ status: 403 });
});

test('the tarball of a ref is the tree at that commit', async () => {
  const { parseTarGzip } = await import('nanotar');
  const response = await client().rest.repos.downloadTarballArchive({ ...repo(), ref: 'main' });
  const files = await parseTarGzip(new Uint8Array(response.data as ArrayBuffer));
  const file = files.find((f) => f.name.endsWith('app/deploy.yaml'));
  expect(file && new TextDecoder().decode(file.data)).toBe('image: app:1.0\n');
});

test('pull requests: create, duplicate 422, list by head', async () => {
  const gh = client();
  standIn.repo.commitFiles('feature', { 'z.yaml': 'c: 3\n' }, { from: 'main' });
  const pr = await gh.rest.pulls.create({ ...repo(), head: 'feature', base: 'main', title: 'T' });
  await expect(
    gh.rest.pulls.create({ ...repo(), head: 'feature', base: 'main', title: 'T' }),
  ).rejects.toMatchObject({ status: 422 });
  const list = await gh.rest.pulls.list({ ...repo(), head: 'acme:feature', state: 'open' });
  expect(list.data.map((p) => p.number)).toEqual([pr.data.number]);
});

test('blobs are real git blobs, usable in trees by sha; trees list recursively', async () => {
  const gh = client();
  const blob = await gh.rest.git.createBlob({
    ...repo(),
    content: Buffer.from('a: 1\n').toString('base64'),
    encoding: 'base64',
  });
  expect(standIn.repo.git(['cat-file', '-p', blob.data.sha])).toBe('a: 1');
  const base = standIn.repo.refSha('main') as string;
  const tree = await gh.rest.git.createTree({
    ...repo(),
    base_tree: base,
    tree: [{ path: 'x/y.yaml', mode: '100644', type: 'blob', sha: blob.data.sha }],
  });
  const listed = await gh.rest.git.getTree({ ...repo(), tree_sha: tree.data.sha, recursive: 'true' });
  expect(listed.data.tree.map((e) => e.path).sort()).toEqual(['app/deploy.yaml', 'x/y.yaml']);
});

describe('the objects the stand-in writes itself are the ones git writes', () => {
  let bare: BareRepo;
  let scratch: string;
  beforeEach(() => {
    bare = new BareRepo();
    scratch = mkdtempSync(join(tmpdir(), 'slipway-index-'));
  });
  afterEach(() => {
    bare.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** The same tree built by git's index: read-tree, update-index, write-tree. */
  const gitTree = (base: string | undefined, lines: string[]) => {
    const env = { GIT_INDEX_FILE: join(scratch, `index-${lines.length}`) };
    bare.git(base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
    bare.git(['update-index', '--add', '-z', '--index-info'], { env, input: lines.join('\0') + '\0' });
    return bare.git(['write-tree'], { env });
  };

  test("trees: git's order (a folder sorts as if its name ended in /), modes, deletions, emptied folders", () => {
    const blob = (text: string) => bare.hashBlob(text);
    // `a.b` < folder `a` < `a-b`? no: '-' (0x2d) < '.' (0x2e) < '/' (0x2f) < '0': a-b, a.b, a/, a0
    const files: Array<[string, string, string]> = [
      ['a0', '100644', blob('a0\n')],
      ['a/x.yaml', '100644', blob('x\n')],
      ['a.b', '100644', blob('dot\n')],
      ['a-b/c.yaml', '100644', blob('c\n')],
      ['deploy.sh', '100755', blob('#!/bin/sh\n')],
      ['dir/sub/deep.yaml', '100644', blob('deep\n')],
      ['\u00e9t\u00e9.yaml', '100644', blob('summer\n')],
    ];
    const first = bare.buildTree(undefined, new Map(files.map(([p, mode, sha]) => [p, { sha, mode }])));
    expect(first).toBe(
      gitTree(
        undefined,
        files.map(([p, mode, sha]) => `${mode} ${sha}\t${p}`),
      ),
    );
    const changes = new Map<string, { sha: string | null; mode: string }>([
      ['dir/sub/deep.yaml', { sha: null, mode: '100644' }],
      ['a/x.yaml', { sha: blob('x2\n'), mode: '100644' }],
      ['a/new/y.yaml', { sha: blob('y\n'), mode: '100644' }],
      ['absent.yaml', { sha: null, mode: '100644' }],
    ]);
    const second = bare.buildTree(first, changes);
    expect(second).toBe(
      gitTree(
        first,
        [...changes].map(([p, c]) => (c.sha ? `${c.mode} ${c.sha}\t${p}` : `0 ${'0'.repeat(40)}\t${p}`)),
      ),
    );
    expect(bare.git(['ls-tree', '-r', '--name-only', second])).not.toContain('dir/');
  });

  test('commits and refs: git reads them, and fsck finds nothing wrong', () => {
    const tree = bare.buildTree(
      undefined,
      new Map([['a.yaml', { sha: bare.hashBlob('a\n'), mode: '100644' }]]),
    );
    const first = bare.commitTree(tree, [], 'first\n\nwith a body\n', {
      name: 'Ana',
      email: 'ana@example.com',
    });
    const second = bare.commitTree(tree, [first], 'second', { name: 'Bo', email: 'bo@example.com' });
    bare.setRef('feature/x', second);
    expect(bare.git(['log', '--format=%an <%ae>|%s', 'feature/x'])).toBe(
      'Bo <bo@example.com>|second\nAna <ana@example.com>|first',
    );
    expect(bare.git(['cat-file', 'commit', first]).split('\n\n').slice(1).join('\n\n')).toBe(
      'first\n\nwith a body',
    );
    expect(bare.commit(second).parents).toEqual([first]);
    expect(
      execFileSync('git', ['fsck', '--strict', '--no-progress'], { cwd: bare.dir, stdio: 'pipe' }).toString(),
    ).toBe('');
    expect(() => bare.commitTree('0'.repeat(40), [], 'm', { name: 'A', email: 'a@b' })).toThrow(
      /not a valid object/,
    );
  });
});
