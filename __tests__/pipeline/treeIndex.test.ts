// A kept index of the base (core/render/treeIndex.ts) must give the preview a full read gives: the same
// apps, the same affected apps, the same uncovered files, the same diff. Every file of a repository with
// each kind of app is edited, deleted, and added beside, and each preview is made both ways.
import { treeFromTexts, type FileTree } from '../../src/core/fileTree.js';
import type { TreeIndex } from '../../src/core/render/treeIndex.js';
import { indexOfTree } from '../../src/pipeline/affectedApps.js';
import { computeDiff, type DiffRun } from '../../src/pipeline/preview.js';
import type { Renderer } from '../../src/ports.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { application, chartFiles, REPO_URL } from '../support/manifestsRepo.js';
import { configMap } from '../support/builders.js';

const crd =
  'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: w.acme.dev}\n';

const files: Record<string, string> = {
  'argocd/one.yaml': application('one', 'path: one'),
  'argocd/two.yaml': application('two', 'path: two'),
  'argocd/plain.yaml': application('plain', 'path: plain\ndirectory: {recurse: true, include: "*.yaml"}'),
  'argocd/flat.yaml': application('flat', 'path: flat'),
  'argocd/chart.yaml': application(
    'chart',
    'path: chart\nhelm:\n  valueFiles: [values-prod.yaml, missing.yaml]',
  ),
  'argocd/params.yaml': application('params', 'path: params'),
  'one/kustomization.yaml': 'resources: [cm.yaml, ../shared]\ncomponents: [../component]\n',
  'one/cm.yaml': configMap('one', { a: '1' }),
  'one/notes.yaml': configMap('unused', { a: '1' }),
  'shared/kustomization.yaml': 'resources: [shared.yaml]\n',
  'shared/shared.yaml': configMap('shared', { a: '1' }),
  'component/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
  'two/kustomization.yaml': 'resources: [cm.yaml]\n',
  'two/cm.yaml': configMap('two', { a: '1' }),
  'plain/a.yaml': configMap('a', { a: '1' }),
  'plain/deep/b.yaml': configMap('b', { a: '1' }),
  'flat/a.yaml': configMap('flat', { a: '1' }),
  'flat/deep/ignored.yaml': configMap('ignored', { a: '1' }),
  ...chartFiles('chart'),
  'chart/values-prod.yaml': 'greeting: prod\n',
  'params/kustomization.yaml': 'resources: [cm.yaml]\n',
  'params/cm.yaml': configMap('params', { a: '1' }),
  'params/.argocd-source-params.yaml': 'kustomize:\n  namePrefix: p-\n',
  'crds/widget.yaml': crd,
  'docs/readme.md': '# notes\n',
};

const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
const readAhead = () => undefined;

/** The base's index, as a run that keeps one builds it, copied as the store's round trip copies it. */
async function indexOf(base: FileTree): Promise<TreeIndex> {
  const run = await computeDiff(base, base, options, concatenatingRenderer, { build: true, readAhead });
  if (!run.builtIndex) throw new Error('no index was built');
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

const edits: Array<[string, Record<string, string | null>]> = [
  ...Object.keys(files).flatMap((path): Array<[string, Record<string, string | null>]> => [
    [`${path} edited`, { [path]: `${files[path]}# edited\n` }],
    [`${path} deleted`, { [path]: null }],
  ]),
  ...[
    'one',
    'shared',
    'two',
    'plain',
    'plain/deep',
    'flat',
    'flat/deep',
    'chart',
    'chart/templates',
    'docs',
    '',
  ].map((folder): [string, Record<string, string | null>] => [
    `a file added in ${folder || 'the root'}`,
    { [folder ? `${folder}/new.yaml` : 'new.yaml']: configMap('new', { a: '1' }) },
  ]),
  // the added file is no input of the base: only the head's walk of the affected app covers it
  [
    'a kustomization names a file it adds',
    {
      'two/kustomization.yaml': 'resources: [cm.yaml, extra.yaml]\n',
      'two/extra.yaml': configMap('extra', { a: '1' }),
    },
  ],
  ['a second kustomization file', { 'two/kustomization.yml': 'resources: []\n' }],
  ['a kustomization where there was none', { 'flat/kustomization.yaml': 'resources: [a.yaml]\n' }],
  ['a Chart.yaml where there was none', { 'two/Chart.yaml': 'apiVersion: v2\nname: two\nversion: 0.1.0\n' }],
  ['the missing value file added', { 'chart/missing.yaml': 'greeting: found\n' }],
  ['a new Application', { 'argocd/three.yaml': application('three', 'path: two') }],
  ['a parameter file added', { 'two/.argocd-source.yaml': 'kustomize:\n  namePrefix: t-\n' }],
];

/** The fake renderer, noting what each render was asked (the app's folder and Argo CD's overrides). */
function recordingRenderer(): Renderer & { asked: string[] } {
  const asked: string[] = [];
  return {
    ...concatenatingRenderer,
    asked,
    kustomizeBuild(tree, path, inputs, overrides, buildOptions, origins) {
      asked.push(JSON.stringify({ path, overrides, buildOptions }));
      return concatenatingRenderer.kustomizeBuild(tree, path, inputs, overrides, buildOptions, origins);
    },
    helmTemplate(tree, chart, helmFiles, helm, release) {
      asked.push(JSON.stringify({ chart, helm, release }));
      return concatenatingRenderer.helmTemplate(tree, chart, helmFiles, helm, release);
    },
  };
}

test.each(edits)('%s: the kept index gives the preview a full read gives', async (_, edit) => {
  const base = treeFromTexts(files);
  const head = new Map(base);
  for (const [path, text] of Object.entries(edit))
    if (text === null) head.delete(path);
    else head.set(path, { text });
  const fullRenderer = recordingRenderer();
  const full = await computeDiff(base, head, options, fullRenderer);
  const indexedRenderer = recordingRenderer();
  const indexed = await computeDiff(base, head, options, indexedRenderer, {
    base: await indexOf(base),
    build: false,
    readAhead,
  });
  expect(seen(indexed)).toBe(seen(full));
  expect(indexedRenderer.asked.sort()).toEqual(fullRenderer.asked.sort());
});

test('the index stands in for every change but those to what discovery reads, and says why not', async () => {
  const base = treeFromTexts(files);
  const index = await indexOf(base);
  const use = async (edit: Record<string, string | null>) => {
    const head = treeFromTexts(
      Object.fromEntries(
        Object.entries({ ...files, ...edit }).filter((e): e is [string, string] => e[1] !== null),
      ),
    );
    const run = await computeDiff(base, head, options, concatenatingRenderer, {
      base: index,
      build: false,
      readAhead,
    });
    return run.indexUse;
  };
  expect(await use({ 'shared/shared.yaml': configMap('shared2', { a: '1' }) })).toEqual({ used: true });
  expect(await use({ 'plain/new.yaml': configMap('new', { a: '1' }) })).toEqual({ used: true });
  expect(await use({ 'argocd/two.yaml': application('two', 'path: one') })).toEqual({
    used: false,
    reason: 'argocd/two.yaml may declare an Application and changed',
  });
  expect(await use({ 'params/.argocd-source-params.yaml': null })).toEqual({
    used: false,
    reason: 'params/.argocd-source-params.yaml (an Argo CD parameter file) changed',
  });
  // a file that did not name Argo CD's group and now does: a new Application, found by a full read
  expect(await use({ 'docs/app.yaml': application('four', 'path: two') })).toMatchObject({ used: false });
});

test('with the index, only the affected apps are walked and their files read', async () => {
  const base = treeFromTexts(files);
  const index = await indexOf(base);
  const readFirst: string[][] = [];
  const head = new Map(base).set('shared/shared.yaml', { text: configMap('shared2', { a: '1' }) });
  const run = await computeDiff(base, head, options, concatenatingRenderer, {
    base: index,
    build: false,
    readAhead: (_tree, paths) => void readFirst.push([...paths]),
  });
  expect(run.affected).toBe(1);
  expect(run.unaffected).toBe(5);
  // one batch, with the files of the one app the change reaches (and none of the others')
  expect(readFirst).toHaveLength(1);
  expect(readFirst[0]).toEqual(expect.arrayContaining(['one/kustomization.yaml', 'shared/shared.yaml']));
  expect(readFirst[0]?.some((p) => p.startsWith('two/') || p.startsWith('chart/'))).toBe(false);
});

test('no index is built for what it could not stand for, by a preview or for a push (an ApplicationSet it can)', async () => {
  const build = async (extra: Record<string, string>) => {
    const tree = treeFromTexts({ ...files, ...extra });
    const kept = (await computeDiff(tree, tree, options, concatenatingRenderer, { build: true, readAhead }))
      .builtIndex;
    // what a check on a push keeps of the pushed commit is what a preview of that base keeps, or nothing
    expect(await indexOfTree(tree, options)).toEqual(kept);
    return kept;
  };
  expect(await build({})).toBeDefined();
  // an app defined twice: which definition is kept follows the order the files were read in
  expect(await build({ 'argocd/again.yaml': application('two', 'path: two') })).toBeUndefined();
  // an ApplicationSet: indexed, with what its generators read (treeIndexAppSets.test.ts)
  const appSet = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: many, namespace: argocd}
spec:
  generators: [{list: {elements: [{name: a}]}}]
  template:
    metadata: {name: '{{name}}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, path: two}
      destination: {server: https://kubernetes.default.svc, namespace: a}
`;
  expect((await build({ 'argocd/set.yaml': appSet }))?.ids).toContain('app:a');
  // a repository without Applications (folder units)
  const folders = treeFromTexts({ 'two/kustomization.yaml': 'resources: []\n' });
  const run = await computeDiff(folders, folders, options, concatenatingRenderer, { build: true, readAhead });
  expect(run.builtIndex).toBeUndefined();
  expect(await indexOfTree(folders, options)).toBeUndefined();
});

test('an index naming an app its file does not define is not used, and the preview is a full read', async () => {
  const base = treeFromTexts(files);
  const index = await indexOf(base);
  const one = index.ids.indexOf('app:one');
  const two = index.ids.indexOf('app:two');
  // app one said to be defined in two's file
  index.unitFiles[one] = index.unitFiles[two] as number;
  const head = new Map(base).set('one/cm.yaml', { text: configMap('one2', { a: '1' }) });
  const full = await computeDiff(base, head, options, concatenatingRenderer);
  const run = await computeDiff(base, head, options, concatenatingRenderer, {
    base: index,
    build: false,
    readAhead,
  });
  expect(run.indexUse).toEqual({ used: false, reason: 'it names an app its file does not define' });
  expect(seen(run)).toBe(seen(full));
  expect(run.affected).toBe(1);
  // and a sound one is built in its place
  expect(run.builtIndex?.unitFiles[one]).not.toBe(index.unitFiles[one]);
});
