// check on a pull request with in-memory edges (support/fakes.ts): the trees, the renderer, the report
// file and GitHub are fakes, so what the command does with them is read directly. Over HTTP and real
// kustomize: e2e/check*.test.ts.
import { check } from '../../src/commands/check.js';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { memoryLog } from '../../src/log.js';
import { parseCheckSettings } from '../../src/settings.js';
import { fakeEdges, fakeTrees, FakeGitHub, memoryReports, memoryTreeIndexes } from '../support/fakes.js';
import { application } from '../support/manifestsRepo.js';
import { configMap } from '../support/builders.js';

const files = (value: string) => ({
  'argocd/shop.yaml': application('shop', 'path: shop'),
  'shop/kustomization.yaml': 'resources: [cm.yaml]\n',
  'shop/cm.yaml': configMap('settings', { mode: value }, { namespace: 'shop' }),
});

function setup(
  event = { pull_request: { number: 7, base: { sha: 'base1' }, head: { sha: 'head1' } } },
  inputs: Record<string, string> = {},
) {
  const settings = parseCheckSettings(
    (name) => ({ token: 't', 'report-file': '/report.json', ...inputs })[name] ?? '',
    {
      GITHUB_WORKSPACE: '/ws',
      GITHUB_REPOSITORY: 'acme/manifests',
      GITHUB_EVENT_NAME: 'pull_request',
    },
    event,
  );
  const github = new FakeGitHub({});
  const reports = memoryReports();
  const trees = fakeTrees(
    { '/ws': treeFromTexts(files('fast')) },
    { '/ws@base1': treeFromTexts(files('slow')) },
  );
  const treeIndexes = memoryTreeIndexes();
  return {
    settings,
    github,
    reports,
    treeIndexes,
    edges: fakeEdges({ github, reports, trees, treeIndexes }),
  };
}

test('one sticky comment per pull request: posted, then updated in place; the report file holds the diff', async () => {
  const { settings, github, reports, edges } = setup();
  const first = await check(settings, memoryLog(), edges);
  expect(first.failure).toBeUndefined();
  expect(first.outputs).toMatchObject({ 'has-changes': 'true', changed: '1', created: '0', deleted: '0' });
  const comments = github.comments.get(7) ?? [];
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('ConfigMap/shop/settings');
  expect(comments[0]?.body).toContain('Rendered with fake kustomize v0-test');
  await check(settings, memoryLog(), edges);
  expect(github.comments.get(7)).toHaveLength(1);
  expect(JSON.parse(reports.files.get('/report.json') ?? '{}')).toMatchObject({
    totals: expect.objectContaining({ changed: 1 }),
  });
});

test('a token that may not comment is a warning naming the permission, not a failed check', async () => {
  const { settings, github, edges } = setup();
  github.before.set('upsertComment', () => {
    throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
  });
  const log = memoryLog();
  const result = await check(settings, log, edges);
  expect(result.failure).toBeUndefined();
  expect(log.lines.join('\n')).toContain('give the job `permissions: { pull-requests: write }`');
  expect(result.summary).toContain('ConfigMap/shop/settings');
});

test('a base commit the checkout lacks is read from GitHub as one tarball', async () => {
  const { settings, github, edges } = setup();
  const base = github.commit(undefined, files('slow'), 'base');
  const pull = settings.pullRequest;
  expect(pull).toBeDefined();
  const result = await check(
    { ...settings, pullRequest: { ...(pull as NonNullable<typeof pull>), baseSha: base } },
    memoryLog(),
    edges,
  );
  expect(github.calls).toContain('readTreeAt');
  expect(result.outputs.changed).toBe('1');
});

test("with tree-index, a check keeps the base's index and the next one stands on it, commenting the same", async () => {
  const { settings, github, treeIndexes, edges } = setup(undefined, { 'tree-index': 'true' });
  const firstLog = memoryLog();
  await check(settings, firstLog, edges);
  expect([...treeIndexes.kept.keys()]).toEqual(['/ws:tree-of-base1']);
  expect(firstLog.lines.join('\n')).toContain("the base's tree index kept for the next preview");
  // the same comment but for the footer's render time, which a loaded machine moves by a tenth of a second
  const untimed = (body?: string) => body?.replace(/render\(s\) in [\d.]+ s/, 'render(s) in … s');
  const first = untimed(github.comments.get(7)?.[0]?.body);
  const secondLog = memoryLog();
  await check(settings, secondLog, edges);
  expect(secondLog.lines.join('\n')).toContain("the base's tree index stood for its apps");
  expect(untimed(github.comments.get(7)?.[0]?.body)).toBe(first);
});

test('without tree-index (the default), a check neither reads nor keeps an index', async () => {
  const { settings, treeIndexes, edges } = setup();
  const log = memoryLog();
  await check(settings, log, edges);
  expect(treeIndexes.kept.size).toBe(0);
  expect(log.lines.join('\n')).not.toContain('tree index');
});

test('with tree-index, a check whose base can have no index says why in its summary line', async () => {
  const { settings, treeIndexes, github } = setup(undefined, { 'tree-index': 'true' });
  // the base defines its app twice: which definition Argo CD keeps follows the order files are read in
  const twice = (value: string) => ({
    ...files(value),
    'argocd/again.yaml': application('shop', 'path: shop'),
  });
  const trees = fakeTrees(
    { '/ws': treeFromTexts(twice('fast')) },
    { '/ws@base1': treeFromTexts(twice('slow')) },
  );
  const log = memoryLog();
  await check(settings, log, fakeEdges({ github, trees, treeIndexes }));
  expect(treeIndexes.kept.size).toBe(0);
  expect(log.lines.join('\n')).toContain(
    'no tree index kept: Application shop is defined twice (which definition Argo CD keeps follows the order files are read in)',
  );
});

/** check's settings on a push to the default branch. */
const pushSettings = (inputs: Record<string, string> = {}) =>
  parseCheckSettings(
    (name) => ({ token: 't', ...inputs })[name] ?? '',
    { GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'acme/manifests', GITHUB_EVENT_NAME: 'push' },
    {},
  );

test("on a push with tree-index, check keeps the pushed commit's index (once), beside validating it", async () => {
  const settings = pushSettings({ 'tree-index': 'true' });
  const treeIndexes = memoryTreeIndexes();
  expect(settings.pullRequest).toBeUndefined();
  const trees = fakeTrees(
    { '/ws': treeFromTexts(files('fast')) },
    { '/ws@HEAD': treeFromTexts(files('fast')) },
  );
  const edges = fakeEdges({ trees, treeIndexes });
  const log = memoryLog();
  const result = await check(settings, log, edges);
  expect(result.failure).toBeUndefined();
  expect(result.summary).toContain('1 app(s)');
  expect([...treeIndexes.kept.keys()]).toEqual(['/ws:tree-of-HEAD']);
  expect(treeIndexes.kept.get('/ws:tree-of-HEAD')?.ids).toEqual(['app:shop']);
  expect(log.lines.join('\n')).toContain(
    'Tree index: kept the tree index of HEAD (tree tree-of) for the pull requests based on it.',
  );
  const again = memoryLog();
  await check(settings, again, edges);
  expect(again.lines.join('\n')).toContain(
    'Tree index: the tree index of HEAD (tree tree-of) was kept already.',
  );
});

test('on a push without tree-index (the default), check keeps no index', async () => {
  const settings = pushSettings();
  const treeIndexes = memoryTreeIndexes();
  const trees = fakeTrees(
    { '/ws': treeFromTexts(files('fast')) },
    { '/ws@HEAD': treeFromTexts(files('fast')) },
  );
  const log = memoryLog();
  await check(settings, log, fakeEdges({ trees, treeIndexes }));
  expect(treeIndexes.kept.size).toBe(0);
  expect(log.lines.join('\n')).not.toContain('index');
});

test('on a push with tree-index, a tree whose apps cannot be indexed is said so, and validated all the same', async () => {
  const settings = pushSettings({ 'tree-index': 'true' });
  const treeIndexes = memoryTreeIndexes();
  const plain = { 'shop/cm.yaml': configMap('settings', { mode: 'fast' }, { namespace: 'shop' }) };
  const trees = fakeTrees({ '/ws': treeFromTexts(plain) }, { '/ws@HEAD': treeFromTexts(plain) });
  const log = memoryLog();
  const result = await check(settings, log, fakeEdges({ trees, treeIndexes }));
  expect(treeIndexes.kept.size).toBe(0);
  expect(log.lines.join('\n')).toContain(
    'no tree index kept for HEAD (tree tree-of): its apps are read whole every time',
  );
  expect(result.summary).toContain('1 app(s)');
});

test("on a push, a commit whose index cannot be built is a warning; the push's validation stands", async () => {
  const settings = pushSettings({ 'tree-index': 'true' });
  const trees = fakeTrees({ '/ws': treeFromTexts(files('fast')) });
  trees.commit = () => {
    throw new Error("git has no file 0123abc that this revision's tree names (missing)");
  };
  const log = memoryLog();
  const result = await check(settings, log, fakeEdges({ trees, treeIndexes: memoryTreeIndexes() }));
  expect(result.failure).toBeUndefined();
  expect(result.summary).toContain('1 app(s)');
  expect(log.lines).toContain(
    "warning: No tree index kept for this commit (pull requests based on it are read whole): git has no file 0123abc that this revision's tree names (missing)",
  );
});
