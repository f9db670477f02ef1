// Another repository fetched read-only at one revision: a branch, a tag, a commit id; kept in the cache
// folder (a commit id it holds needs no fetch); every failure a reason, never an exception; a file:// URL
// or a local path never read, whatever the runner allows; the token only ever in git's environment.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otherRepositories } from '../../src/edges/otherRepositories.js';
import { fetchUrlOf, tokenVariable } from '../../src/core/argo/otherRepository.js';
import { readText, type FileTree } from '../../src/core/fileTree.js';
import { fetchEnv, otherRepo, type OtherRepo } from '../support/otherRepo.js';

const URL = 'https://git.test/acme/other';
let other: OtherRepo;
let cache = '';
beforeAll(() => {
  other = otherRepo(URL, { 'web/cm.yaml': 'one\n', 'README.md': 'hello\n' });
});
afterAll(() => other.remove());
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'slipway-cache-'));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

const repos = (env: Record<string, string> = {}, token = '') =>
  otherRepositories({
    token,
    serverUrl: 'https://github.com',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...fetchEnv(cache, [other]), ...env },
  });
const text = (found: { tree: FileTree } | { error: string }, path: string) =>
  'tree' in found ? readText(found.tree, path) : found.error;

test('a branch, a tag and a commit id are fetched at that revision, each once', async () => {
  const first = other.commit({ 'web/cm.yaml': 'two\n' });
  other.tag('v1');
  other.commit({ 'web/cm.yaml': 'three\n' });
  other.commit({ 'web/cm.yaml': 'release\n' }, 'release');
  const fetcher = repos();
  expect(text(await fetcher.tree(URL, 'main', 1 << 20), 'web/cm.yaml')).toBe('three\n');
  expect(text(await fetcher.tree(URL, 'HEAD', 1 << 20), 'web/cm.yaml')).toBe('three\n');
  expect(text(await fetcher.tree(URL, 'v1', 1 << 20), 'web/cm.yaml')).toBe('two\n');
  expect(text(await fetcher.tree(URL, 'refs/heads/release', 1 << 20), 'web/cm.yaml')).toBe('release\n');
  expect(text(await fetcher.tree(URL, first, 1 << 20), 'web/cm.yaml')).toBe('two\n');
  // the same revision asked twice is the same tree (one fetch)
  const again = (await fetcher.tree(URL, 'v1', 1 << 20)) as { tree: FileTree };
  expect(again.tree).toBe(((await fetcher.tree(URL, 'v1', 1 << 20)) as { tree: FileTree }).tree);
  // kept in the cache folder: a later run finds the commit without the repository
  const [kept] = readdirSync(cache).filter((n) => existsSync(join(cache, n, 'HEAD')));
  expect(kept).toBeDefined();
  const offline = otherRepositories({
    token: '',
    serverUrl: 'https://github.com',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', SLIPWAY_REPOSITORY_CACHE: cache },
  });
  expect(text(await offline.tree(URL, first, 1 << 20), 'web/cm.yaml')).toBe('two\n');
  // (without the mapping the URL is unreachable: the branch is fetched, and fails)
  expect(await offline.tree(URL, 'main', 1 << 20)).toEqual({ error: expect.any(String) });
});

test('an unknown revision, an unreachable repository and a revision git cannot be asked for are reasons', async () => {
  const fetcher = repos();
  const unknown = await fetcher.tree(URL, 'no-such-branch', 1 << 20);
  expect(unknown).toEqual({ error: expect.stringContaining('no-such-branch') });
  const missing = await fetcher.tree('https://git.test/acme/missing', 'main', 1 << 20);
  expect(missing).toEqual({ error: expect.stringMatching(/\S/) });
  expect(await fetcher.tree(URL, 'abc1234', 1 << 20)).toEqual({
    error: expect.stringContaining('a full commit id'),
  });
  expect(await fetcher.tree(URL, '--upload-pack=touch /tmp/x', 1 << 20)).toEqual({
    error: expect.stringContaining('cannot be fetched'),
  });
});

test('file:// URLs and local paths are refused, even where the runner allows the file transport', async () => {
  const fetcher = repos();
  for (const url of [
    `file://${other.bare}`,
    other.bare,
    './other',
    '../other.git',
    'ext::sh -c touch% /tmp/x',
  ])
    expect(await fetcher.tree(url, 'main', 1 << 20)).toEqual({
      error: expect.stringMatching(/never read|not fetched|not a repository URL/),
    });
  expect(fetchUrlOf('git@github.com:acme/other.git')).toEqual({
    url: 'https://github.com/acme/other.git',
    host: 'github.com',
  });
  expect(fetchUrlOf('ssh://git@gitlab.example.com:22/acme/other')).toEqual({
    url: 'https://gitlab.example.com/acme/other',
    host: 'gitlab.example.com',
  });
  expect(fetchUrlOf('http://git.example.com/acme/other')).toEqual({
    refused: expect.stringContaining('http'),
  });
  expect(fetchUrlOf('http://git.example.com/a', ['https', 'http'])).toEqual({
    url: 'http://git.example.com/a',
    host: 'git.example.com',
  });
  expect(tokenVariable('gitlab.example.com')).toBe('SLIPWAY_GIT_TOKEN_GITLAB_EXAMPLE_COM');
});

test('a repository larger than the size limit is not read', async () => {
  other.commit({ 'big.bin': randomBytes(3 * 2 ** 20) });
  const found = await repos({ SLIPWAY_GIT_FETCH_MAX_MB: '1' }).tree(URL, 'main', 1 << 20);
  expect(found).toEqual({ error: 'larger than 1 MB (SLIPWAY_GIT_FETCH_MAX_MB)' });
  other.commit({ 'big.bin': null });
});

test('a fetch past the time limit is stopped; the token goes to no host but its own, and never over http', async () => {
  const seen: IncomingHttpHeaders[] = [];
  // a server that takes the request and never answers
  const server = createServer((request) => void seen.push(request.headers));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const token = 'token-that-must-not-show';
  try {
    const fetcher = repos(
      {
        SLIPWAY_GIT_PROTOCOLS: 'https,http',
        SLIPWAY_GIT_FETCH_TIMEOUT: '1',
        [tokenVariable('127.0.0.1')]: token,
        GIT_TRACE: '1',
        GIT_CURL_VERBOSE: '1',
      },
      token,
    );
    const found = await fetcher.tree(`http://127.0.0.1:${port}/acme/slow`, 'main', 1 << 20);
    expect(found).toEqual({ error: 'took longer than 1 s (SLIPWAY_GIT_FETCH_TIMEOUT)' });
    expect(seen.length).toBeGreaterThan(0);
    expect(JSON.stringify(seen)).not.toMatch(/authorization/i);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('an unreachable repository on a host with a token: the reason never holds the token', async () => {
  const token = 'ghp_secretsecretsecret';
  const fetcher = repos(
    { GIT_TRACE: '1', GIT_TRACE_CURL: '1', [tokenVariable('github.invalid')]: token },
    token,
  );
  const found = await fetcher.tree('https://github.invalid/acme/nothing', 'main', 1 << 20);
  expect(found).toEqual({ error: expect.stringMatching(/\S/) });
  const shown = JSON.stringify(found);
  expect(shown).not.toContain(token);
  expect(shown).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
});
