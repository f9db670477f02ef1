// A kept index of a base with ApplicationSets (core/render/treeIndex.ts) stands for the apps they generate
// while a change touches neither their files nor what their generators read (the folders a git
// directories generator lists, the files a git files generator reads), and gives the preview a full read
// gives; a change that does touch them is read whole, and the run says why.
import { treeFromTexts, type FileTree } from '../../src/core/fileTree.js';
import type { TreeIndex } from '../../src/core/render/treeIndex.js';
import { computeDiff, type DiffRun } from '../../src/pipeline/preview.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { application, REPO_URL } from '../support/manifestsRepo.js';
import { configMap } from '../support/builders.js';

/** Apps for every folder under apps/ (Go template, a few sprig calls). */
const fleet = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: fleet, namespace: argocd}
spec:
  goTemplate: true
  generators:
    - git:
        repoURL: ${REPO_URL}
        revision: HEAD
        directories: [{path: 'apps/*'}, {path: apps/skipped, exclude: true}]
  template:
    metadata:
      name: '{{ .path.basename | lower }}'
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, targetRevision: HEAD, path: '{{ .path.path }}'}
      destination: {server: https://kubernetes.default.svc, namespace: '{{ .path.basename | snakecase }}'}
`;

/** One app per cluster file, each deploying the shared folder (legacy template). */
const perCluster = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: clusters, namespace: argocd}
spec:
  generators:
    - git:
        repoURL: ${REPO_URL}
        revision: HEAD
        files: [{path: 'clusters/*.json'}]
  template:
    metadata: {name: 'shared-{{name}}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, targetRevision: HEAD, path: shared}
      destination: {server: https://kubernetes.default.svc, namespace: '{{name}}'}
`;

const files: Record<string, string> = {
  'argocd/fleet.yaml': fleet,
  'argocd/clusters.yaml': perCluster,
  'argocd/plain.yaml': application('plain', 'path: plain'),
  'apps/a/kustomization.yaml': 'resources: [cm.yaml]\n',
  'apps/a/cm.yaml': configMap('a', { a: '1' }),
  'apps/b/kustomization.yaml': 'resources: [cm.yaml]\n',
  'apps/b/cm.yaml': configMap('b', { a: '1' }),
  'apps/skipped/cm.yaml': configMap('skipped', { a: '1' }),
  'clusters/dev.json': '{"name": "dev"}\n',
  'clusters/prod.json': '{"name": "prod"}\n',
  'shared/cm.yaml': configMap('shared', { a: '1' }),
  'plain/cm.yaml': configMap('plain', { a: '1' }),
  'README.md': '# manifests\n',
};

const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
const readAhead = () => undefined;
const base = treeFromTexts(files);

/** The base's index, as a run that keeps one builds it, copied as the store's round trip copies it. */
async function indexOf(tree: FileTree): Promise<TreeIndex> {
  const run = await computeDiff(tree, tree, options, concatenatingRenderer, { build: true, readAhead });
  if (!run.builtIndex) throw new Error(`no index was built: ${run.notIndexed}`);
  return structuredClone(run.builtIndex);
}

/** What a user sees of a run (its timings and index bookkeeping aside). */
const seen = (run: DiffRun) =>
  JSON.stringify({
    diff: run.diff,
    uncovered: run.uncovered,
    units: run.units,
    rendered: run.rendered,
    affected: run.affected,
    unaffected: run.unaffected,
    changedFiles: run.changedFiles,
  });

function headOf(change: Record<string, string | null>): FileTree {
  const head = new Map(base);
  for (const [path, text] of Object.entries(change))
    if (text === null) head.delete(path);
    else head.set(path, { text });
  return head;
}

async function both(change: Record<string, string | null>) {
  const head = headOf(change);
  const full = await computeDiff(base, head, options, concatenatingRenderer);
  const run = await computeDiff(base, head, options, concatenatingRenderer, {
    base: await indexOf(base),
    build: false,
    readAhead,
  });
  expect(seen(run)).toBe(seen(full));
  return run;
}

test('a base with ApplicationSets is indexed, with the apps they generated and what their generators read', async () => {
  const index = await indexOf(base);
  expect([...index.ids].sort()).toEqual(['app:a', 'app:b', 'app:plain', 'app:shared-dev', 'app:shared-prod']);
  expect(index.generators).toEqual(
    expect.arrayContaining([
      { file: 'argocd/fleet.yaml', folders: ['apps/*', 'apps/skipped'], files: [] },
      {
        file: 'argocd/clusters.yaml',
        folders: [],
        files: [{ pattern: 'clusters/*.json', doublestar: false }],
      },
    ]),
  );
});

test.each<[string, Record<string, string | null>, number]>([
  ['a README edited', { 'README.md': '# manifests, edited\n' }, 0],
  ['a file added in a new folder no generator lists', { 'docs/guide/intro.md': '# intro\n' }, 0],
  ["a generated app's file edited", { 'apps/a/cm.yaml': configMap('a', { a: '2' }) }, 1],
  [
    'a file no render reads added in a folder that exists',
    { 'apps/a/extra.yaml': configMap('x', { a: '1' }) },
    0,
  ],
  [
    "a file of the cluster apps' shared folder edited",
    { 'shared/cm.yaml': configMap('shared', { a: '2' }) },
    2,
  ],
  ['a file added under a folder the generator excludes', { 'apps/skipped/more.yaml': 'a: 1\n' }, 0],
])(
  'the index stands for the generated apps when a change touches none of their inputs: %s',
  async (_, change, affected) => {
    const run = await both(change);
    expect(run.indexUse).toEqual({ used: true });
    expect(run.affected).toBe(affected);
  },
);

test('a new folder the git directories generator lists is not hidden by the index: the new app appears', async () => {
  const change = {
    'apps/c/kustomization.yaml': 'resources: [cm.yaml]\n',
    'apps/c/cm.yaml': configMap('c', { a: '1' }),
  };
  const run = await both(change);
  expect(run.indexUse).toEqual({
    used: false,
    reason: expect.stringMatching(
      /^apps\/c\/(cm|kustomization)\.yaml adds or removes the folder apps\/c, which the git directories generator of argocd\/fleet\.yaml lists$/,
    ),
  });
  expect(run.units).toBe(6);
  expect(run.diff.apps).toEqual([
    expect.objectContaining({
      id: 'app:c',
      status: 'new',
      changes: [expect.objectContaining({ object: 'ConfigMap/c/c' })],
    }),
  ]);
});

test.each<[string, Record<string, string | null>, RegExp]>([
  [
    'a folder the generator lists removed',
    { 'apps/b/kustomization.yaml': null, 'apps/b/cm.yaml': null },
    /adds or removes the folder apps\/b, which the git directories generator of argocd\/fleet\.yaml lists$/,
  ],
  [
    'a file the git files generator reads edited',
    { 'clusters/dev.json': '{"name": "staging"}\n' },
    /^clusters\/dev\.json is read by the git files generator of argocd\/clusters\.yaml and changed$/,
  ],
  [
    'a file the git files generator reads added',
    { 'clusters/qa.json': '{"name": "qa"}\n' },
    /^clusters\/qa\.json is read by the git files generator of argocd\/clusters\.yaml and changed$/,
  ],
  [
    'the ApplicationSet edited',
    { 'argocd/fleet.yaml': fleet.replace('| lower', '| upper | lower') },
    /^argocd\/fleet\.yaml may declare an Application and changed$/,
  ],
])(
  'a change to what a generator reads is read whole, and the run says why: %s',
  async (_, change, reason) => {
    const run = await both(change);
    expect(run.indexUse).toEqual({ used: false, reason: expect.stringMatching(reason) });
  },
);

test('a run that can build no index says why', async () => {
  const twice = treeFromTexts({ ...files, 'argocd/again.yaml': application('plain', 'path: plain') });
  const run = await computeDiff(twice, twice, options, concatenatingRenderer, { build: true, readAhead });
  expect(run.builtIndex).toBeUndefined();
  expect(run.notIndexed).toBe(
    'Application plain is defined twice (which definition Argo CD keeps follows the order files are read in)',
  );
  const folders = treeFromTexts({ 'two/kustomization.yaml': 'resources: []\n' });
  const bare = await computeDiff(folders, folders, options, concatenatingRenderer, {
    build: true,
    readAhead,
  });
  expect(bare.notIndexed).toBe('no Application in the tree (its apps follow the folder layout)');
});

test("a removed folder the generator lists removes its app: the base's ApplicationSet is expanded again, not taken from the head", async () => {
  const run = await both({ 'apps/b/kustomization.yaml': null, 'apps/b/cm.yaml': null });
  expect(run.diff.apps).toEqual([expect.objectContaining({ id: 'app:b', status: 'removed' })]);
});
