// A preview's first git questions asked ahead, side by side, while the CLI's code loads: the run then
// reads the same branches, commits and trees as when it asks git one question at a time, starts git
// only for what was not asked ahead (the changed blobs), and never takes an answer a fetch made stale.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from '../support/runAction.js';
import { join } from 'node:path';
import { MAX_FILE_BYTES, type FileTree } from '../../src/core/fileTree.js';
import { askCheckoutAhead } from '../../src/edges/gitAhead.js';
import {
  baseBranches,
  fetchCommit,
  mergeBaseWithDefault,
  originUrl,
  resolveRevision,
} from '../../src/edges/git.js';
import { gitTree, localTrees } from '../../src/edges/trees.js';
import { indexOfTree } from '../../src/pipeline/affectedApps.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { configMap } from '../support/builders.js';
import { application, manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';

const files = {
  'argocd/one.yaml': application('one', 'path: one'),
  'one/kustomization.yaml': 'resources: [cm.yaml]\n',
  'one/cm.yaml': configMap('one', { a: '1' }),
};

const repos: ManifestsRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** What a CLI preview of base..head reads of git, as the run reads it. */
async function previewReads(dir: string, base: string | undefined, head: string | undefined, scan: FileTree) {
  const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
  const index = await indexOfTree(scan, options);
  const revision = base ?? mergeBaseWithDefault(dir) ?? 'none';
  const read = localTrees.commit(dir, revision, MAX_FILE_BYTES, { scanned: () => index?.scan });
  const from = read && { sha: read.sha, tree: read.tree };
  const headRead = head
    ? localTrees.commit(dir, head, MAX_FILE_BYTES, from && { from })
    : localTrees.checkout(dir, MAX_FILE_BYTES, from);
  return {
    origin: originUrl(dir),
    branches: baseBranches(dir, base),
    base: read && { sha: read.sha, treeId: read.treeId, files: [...read.tree.keys()] },
    // (the files the change touched: the others are read when first used, asked ahead or not)
    head: headRead && {
      files: [...headRead.tree.keys()],
      changed: ['one/cm.yaml', 'README.md'].map((path) => headRead.tree.get(path)?.text),
    },
  };
}

function repository(): ManifestsRepo {
  const repo = manifestsRepo(files);
  repos.push(repo);
  repo.commit({ 'one/cm.yaml': configMap('one', { a: '2' }), 'README.md': '# manifests\n' });
  return repo;
}

/** A kept index's file for the base's tree (its name is what tells the run to list the tree ahead). */
function keepIndexFile(repo: ManifestsRepo, revision: string): void {
  const folder = join(repo.dir, '.git', 'slipway', 'tree-index');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${repo.git('rev-parse', `${revision}^{tree}`)}-0123456789abcdef.v8`), '');
}

test.each([
  ['a named base and head', 'HEAD~1', 'HEAD'],
  ['the default base and the checkout', undefined, undefined],
])(
  'asked ahead (%s), the run reads the same branches, commits and trees, and starts git only for the changed blobs',
  async (_what, base, head) => {
    const repo = repository();
    // the default base: where HEAD left main
    if (base === undefined) repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD~1');
    keepIndexFile(repo, base ?? 'HEAD~1');
    const scan = gitTree(repo.dir, 'HEAD~1');
    const asked = await previewReads(repo.dir, base, head, scan);
    expect(asked.base?.sha).toBe(repo.git('rev-parse', 'HEAD~1'));
    expect(asked.origin).toBe(`${REPO_URL}.git`);

    await askCheckoutAhead(repo.dir, { ...(base && { base }), ...(head && { head }), treeIndex: true });
    expect(await previewReads(repo.dir, base, head, scan)).toEqual(asked);
    // the answers are the ones git gave when asked ahead, at the run's start: moved since, origin and
    // the default branch read the same
    repo.git('remote', 'set-url', 'origin', 'https://example.com/elsewhere.git');
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(await previewReads(repo.dir, base, head, scan)).toEqual(asked);
  },
);

test('an answer asked ahead is not taken after a fetch may have changed it', async () => {
  const upstream = manifestsRepo(files);
  repos.push(upstream);
  const repo = manifestsRepo(files);
  repos.push(repo);
  repo.git('remote', 'set-url', 'origin', upstream.dir);
  repo.git('fetch', '-q', 'origin', 'main:refs/remotes/origin/main');
  const before = repo.git('rev-parse', 'origin/main');
  await askCheckoutAhead(repo.dir, { base: 'origin/main', head: 'HEAD', treeIndex: false });
  expect(resolveRevision(repo.dir, 'origin/main')).toBe(before);
  const moved = upstream.commit({ 'one/cm.yaml': configMap('one', { a: '3' }) });
  repo.git('config', 'remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*');
  expect(fetchCommit(repo.dir, 'main')).toBe(moved);
  expect(resolveRevision(repo.dir, 'origin/main')).toBe(moved);
});

// (the CLI asks ahead twice: from the flags as soon as they are read, then from the parsed settings)
test("a README-only preview on its base's kept index starts each git command once", async () => {
  const repo = repository();
  const diff = (env: Record<string, string> = {}) =>
    runCli(['diff', '--base', 'main', '--head', 'readme', '--format', 'json', repo.dir], { env });
  repo.git('checkout', '-q', '-b', 'readme');
  repo.commit({ 'README.md': '# manifests\n\nEdited.\n' });
  expect((await diff()).stderr).toContain("the base's tree index kept for the next preview");
  const trace = join(repo.dir, '.git', 'trace.txt');
  const run = await diff({ GIT_TRACE: trace });
  expect(run.stderr).toContain("the base's tree index stood for its apps");
  const commands = [...readFileSync(trace, 'utf8').matchAll(/trace: built-in: git ([^\n]*)/g)].map(
    (m) => m[1] as string,
  );
  expect(commands.length).toBeGreaterThan(0);
  expect(commands.filter((c, i) => commands.indexOf(c) !== i)).toEqual([]);
  expect(commands.filter((c) => c.startsWith('ls-tree'))).toHaveLength(1);
});

test("with a named base and head, the base's tree, the changes and its kept index's listing are asked in the commits' own round", async () => {
  const repo = repository();
  repo.git('checkout', '-q', '-b', 'readme');
  repo.commit({ 'README.md': '# manifests\n\nEdited.\n' });
  const diff = (env: Record<string, string> = {}) =>
    runCli(['diff', '--base', 'main', '--head', 'readme', '--format', 'json', repo.dir], { env });
  expect((await diff()).stderr).toContain("the base's tree index kept for the next preview");
  // an `sh` first on PATH that writes down each script's arguments on a line, then runs the real one
  const bin = mkdtempSync(join(tmpdir(), 'slipway-counting-sh-'));
  const log = join(bin, 'scripts');
  writeFileSync(
    join(bin, 'sh'),
    `#!/bin/sh\necho "$*" | tr '\\n' ' ' >> '${log}'\necho >> '${log}'\nexec /bin/sh "$@"\n`,
    {
      mode: 0o755,
    },
  );
  try {
    const run = await diff({ PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}` });
    expect(run.stderr).toContain("the base's tree index stood for its apps");
    const scripts = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    // the changes and the listing were asked by the script that asked the commits (and origin's HEAD)
    const asking = scripts.filter((s) => s.includes(' diff-tree ') || s.includes(' ls-tree '));
    expect(asking).toHaveLength(1);
    expect(asking[0]).toContain(' symbolic-ref ');
    expect(asking[0]).toContain(' ls-tree ');
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});
