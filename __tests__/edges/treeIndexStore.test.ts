// Tree indexes kept in the repository's git folder: the second preview of a base reads what the first
// learned, prints the same, and a file that is not a whole index of that tree and those settings is not used.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { pathTable, TREE_INDEX_FORMAT, type TreeIndex } from '../../src/core/render/treeIndex.js';
import { KEPT_INDEXES, localTreeIndexes } from '../../src/edges/treeIndexStore.js';
import { indexOfTree } from '../../src/pipeline/affectedApps.js';
import { computeDiff } from '../../src/pipeline/preview.js';
import { gitTree } from '../../src/edges/trees.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { application, manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';
import { ROOT, runCli } from '../support/runAction.js';
import { configMap } from '../support/builders.js';

const files = {
  'argocd/one.yaml': application('one', 'path: one'),
  'argocd/two.yaml': application('two', 'path: two'),
  'one/kustomization.yaml': 'resources: [cm.yaml]\n',
  'one/cm.yaml': configMap('one', { a: '1' }),
  'two/kustomization.yaml': 'resources: [cm.yaml]\n',
  'two/cm.yaml': configMap('two', { a: '1' }),
};

let repo: ManifestsRepo | undefined;
afterEach(() => repo?.remove());

const indexFolder = (dir: string) => join(dir, '.git', 'slipway', 'tree-index');

async function someIndex(): Promise<TreeIndex> {
  const tree = treeFromTexts(files);
  const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
  const run = await computeDiff(tree, tree, options, concatenatingRenderer, {
    build: true,
    readAhead: () => undefined,
  });
  return run.builtIndex as TreeIndex;
}

test("the second preview of a base reads the first one's index and prints the same", async () => {
  repo = manifestsRepo(files);
  repo.commit({ 'one/cm.yaml': configMap('one-changed', { a: '1' }) });
  const first = await repo.diff();
  expect(first.stderr).toContain("the base's tree index kept for the next preview");
  expect(readdirSync(indexFolder(repo.dir))).toHaveLength(1);
  const second = await repo.diff();
  expect(second.stderr).toContain("the base's tree index stood for its apps");
  expect(second.stdout).toBe(first.stdout);
  expect(second.json?.apps.map((a) => [a.name, a.status])).toEqual([['one', 'changed']]);
  // a change to an Application: read whole, and said why (the first run keeps the new base's index)
  repo.commit({ 'argocd/two.yaml': application('two', 'path: one') });
  await repo.diff();
  const retargeted = await repo.diff();
  expect(retargeted.stderr).toContain(
    'tree index not used: argocd/two.yaml may declare an Application and changed',
  );
});

test('another copy of the same build reads the indexes one copy kept (as actions/cache hands them to another job); another build does not', async () => {
  repo = manifestsRepo(files);
  repo.commit({ 'one/cm.yaml': configMap('one-changed', { a: '1' }) });
  expect((await repo.diff()).stderr).toContain("the base's tree index kept for the next preview");
  // a copy of the bundle with files of other times, as another job's download of the action has
  const copy = mkdtempSync(join(tmpdir(), 'slipway-dist-copy-'));
  try {
    cpSync(join(ROOT, 'dist'), copy, { recursive: true });
    const past = new Date('2020-01-01T00:00:00Z');
    for (const file of readdirSync(copy)) utimesSync(join(copy, file), past, past);
    const diffWith = (dist: string) =>
      runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', repo?.dir ?? ''], { dist });
    expect((await diffWith(copy)).stderr).toContain("the base's tree index stood for its apps");
    // another build (its code, hence its build id, differs) builds and keeps its own
    writeFileSync(join(copy, 'build-id'), 'another-build\n');
    expect((await diffWith(copy)).stderr).toContain("the base's tree index kept for the next preview");
    expect(readdirSync(indexFolder(repo.dir))).toHaveLength(2);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a damaged index file is named in a warning, the base is read whole, and a good index replaces it', async () => {
  repo = manifestsRepo(files);
  repo.commit({ 'one/cm.yaml': configMap('one-changed', { a: '1' }) });
  const first = await repo.diff();
  const [name] = readdirSync(indexFolder(repo.dir));
  const path = join(indexFolder(repo.dir), name as string);
  const whole = readFileSync(path);
  writeFileSync(path, whole.subarray(0, whole.length - 7));
  const damaged = await repo.diff();
  expect(damaged.stderr).toContain(
    `warning: The base's tree index was not used: ${path} does not read back whole (cut short or damaged: `,
  );
  expect(damaged.stderr).toContain(`tree index not used: ${path} does not read back whole`);
  expect(damaged.stdout).toBe(first.stdout);
  const again = await repo.diff();
  expect(again.stderr).not.toContain('warning');
  expect(again.stderr).toContain("the base's tree index stood for its apps");
});

test('--no-tree-index neither reads nor keeps an index', async () => {
  repo = manifestsRepo(files);
  repo.commit({ 'one/cm.yaml': configMap('one-changed', { a: '1' }) });
  const run = await repo.diff(['--no-tree-index']);
  expect(run.code).toBe(0);
  expect(existsSync(indexFolder(repo.dir))).toBe(false);
});

test('an index file that is cut short, of other settings or of another tree is not used', async () => {
  repo = manifestsRepo(files);
  const treeId = repo.git('rev-parse', 'HEAD^{tree}');
  const index = await someIndex();
  const store = localTreeIndexes(repo.dir, { repoUrls: [REPO_URL] });
  store?.write(treeId, index);
  expect(store?.read(treeId)?.ids).toEqual(index.ids);
  expect(store?.read(treeId)?.files).toEqual(index.files);
  // why a file is not used, naming it
  const reasons: string[] = [];
  const unusable = (reason: string) => void reasons.push(reason);
  // other settings: another key, so another file name, and none kept under it (nothing to say)
  expect(localTreeIndexes(repo.dir, { repoUrls: [] })?.read(treeId, unusable)).toBeUndefined();
  expect(reasons).toEqual([]);
  // a file cut short
  const [name] = readdirSync(indexFolder(repo.dir));
  const path = join(indexFolder(repo.dir), name as string);
  const whole = readFileSync(path);
  writeFileSync(path, whole.subarray(0, whole.length >> 1));
  expect(store?.read(treeId, unusable)).toBeUndefined();
  expect(reasons).toEqual([expect.stringMatching(/ does not read back whole \(cut short or damaged: /)]);
  expect(reasons[0]?.startsWith(`${path} `)).toBe(true);
  // a whole index of another tree, under this tree's name
  const otherTree = '0'.repeat(40);
  store?.write(otherTree, index);
  writeFileSync(path, readFileSync(join(indexFolder(repo.dir), (name as string).replace(treeId, otherTree))));
  expect(store?.read(treeId, unusable)).toBeUndefined();
  expect(reasons[1]).toBe(`${path} holds the index of tree 000000000000, not of ${treeId.slice(0, 12)}`);
  // not a tree id: nothing read or written outside the folder
  store?.write('../../escape', index);
  expect(store?.read('../../escape')).toBeUndefined();
  expect(readdirSync(indexFolder(repo.dir)).every((f) => /^[0-9a-f]{40}-[0-9a-f]{16}\.v8$/.test(f))).toBe(
    true,
  );
});

test('an index of a git tree with its parts filled (listing, generators, apps not previewed) reads back whole', async () => {
  repo = manifestsRepo({
    ...files,
    'argocd/set.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: many, namespace: argocd}
spec:
  generators: [{git: {repoURL: ${REPO_URL}, revision: HEAD, directories: [{path: 'apps/*'}], files: [{path: 'envs/*.json'}]}}]
  template:
    metadata: {name: '{{path.basename}}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, path: '{{path}}'}
      destination: {server: https://kubernetes.default.svc, namespace: a}
`,
    'apps/a/cm.yaml': configMap('a', { a: '1' }),
    'argocd/badref.yaml': application('badref', 'path: one\nhelm: {valueFiles: [$nope/values.yaml]}'),
    'argocd/elsewhere.yaml': application('elsewhere', 'path: one').replace(
      REPO_URL,
      'https://example.com/other',
    ),
  });
  const treeId = repo.git('rev-parse', 'HEAD^{tree}');
  const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
  const index = await indexOfTree(gitTree(repo.dir, 'HEAD'), options);
  expect(index?.scan.listing?.order.length).toBeGreaterThan(0);
  expect(index?.generators).not.toEqual([]);
  expect(index?.notPreviewed).not.toEqual([]);
  const store = localTreeIndexes(repo.dir, { repoUrls: [REPO_URL] });
  store?.write(treeId, index as TreeIndex);
  expect(store?.read(treeId)).toEqual(index);
});

test.each([
  [
    'a list where a packed array belongs',
    (i: TreeIndex) => ({ ...i, files: Array.from(i.files) }),
    'its files is missing or not of the shape an index holds',
  ],
  [
    'a unit pointing past the paths',
    (i: TreeIndex) => ({ ...i, paths: pathTable([]) }),
    'a unit, file or folder in it points past its 0 paths',
  ],
  [
    'a path table whose places do not follow its NULs',
    (i: TreeIndex) => ({ ...i, paths: { ...i.paths, starts: i.paths.starts.map((s) => s + 1) } }),
    'its path table does not hold a path at each place it names',
  ],
  [
    'units cut short',
    (i: TreeIndex) => ({ ...i, ids: i.ids.slice(1) }),
    'its lists per unit are not all 1 long, as its ids are',
  ],
  [
    'a scan without its maps',
    (i: TreeIndex) => ({ ...i, scan: { searched: {}, tooLarge: {} } }),
    'its scan is missing or not of the shape an index holds',
  ],
  [
    'an entry of another shape',
    (i: TreeIndex) => ({ ...i, notPreviewed: [{ name: 'x', file: 'y', line: '1', reason: 'z' }] }),
    'its notPreviewed is missing or not of the shape an index holds',
  ],
  ['another format', (i: TreeIndex) => ({ ...i, format: 1 }), `its format is 1, not ${TREE_INDEX_FORMAT}`],
])(
  'a whole index file of this tree and settings whose contents are malformed (%s) is not used, and the file and what is wrong are named',
  async (_what, spoil, wrong) => {
    repo = manifestsRepo(files);
    const treeId = repo.git('rev-parse', 'HEAD^{tree}');
    const index = await someIndex();
    const store = localTreeIndexes(repo.dir, { repoUrls: [REPO_URL] });
    store?.write(treeId, spoil(index) as unknown as TreeIndex);
    const [name] = readdirSync(indexFolder(repo.dir));
    expect(name).toBeDefined();
    const reasons: string[] = [];
    expect(store?.read(treeId, (reason) => void reasons.push(reason))).toBeUndefined();
    expect(reasons).toEqual([
      `${join(indexFolder(repo.dir), name as string)} is not an index Slipway wrote: ${wrong}`,
    ]);
    // the preview then reads the tree whole, and keeps a good index in its place
    store?.write(treeId, index);
    expect(store?.read(treeId)?.ids).toEqual(index.ids);
  },
);

test(`a repository keeps its ${KEPT_INDEXES} newest indexes`, async () => {
  repo = manifestsRepo(files);
  const index = await someIndex();
  const store = localTreeIndexes(repo.dir, {});
  const ids = Array.from({ length: KEPT_INDEXES + 3 }, (_, i) => i.toString(16).padStart(40, 'a'));
  for (const id of ids) {
    store?.write(id, index);
    // distinct modification times, oldest first
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(readdirSync(indexFolder(repo.dir))).toHaveLength(KEPT_INDEXES);
  expect(store?.read(ids.at(-1) as string)).toBeDefined();
  expect(store?.read(ids[0] as string)).toBeUndefined();
});

test('outside a git repository there is no store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-nogit-'));
  try {
    expect(localTreeIndexes(dir, {})).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
