// Which apps a pull request affects is decided from the head's inputs alone when an Application is the
// same on both sides (the base is walked only for apps affected anyway), and the base reuses the head's
// discovery for unchanged files. Each case is one a cheaper shortcut would get wrong.
import { treeFromTexts, type FileTree } from '../../src/core/fileTree.js';
import { computeDiff } from '../../src/pipeline/preview.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { application, REPO_URL } from '../support/manifestsRepo.js';
import { configMap } from '../support/builders.js';

const base: Record<string, string> = {
  'argocd/one.yaml': application('one', 'path: one'),
  'argocd/two.yaml': application('two', 'path: two'),
  'argocd/plain.yaml': application('plain', 'path: plain'),
  'one/kustomization.yaml': 'resources: [cm.yaml, ../shared]\n',
  'one/cm.yaml': configMap('one', { a: '1' }),
  'one/notes.yaml': configMap('unused', { a: '1' }),
  'shared/kustomization.yaml': 'resources: [shared.yaml]\n',
  'shared/shared.yaml': configMap('shared', { a: '1' }),
  'two/kustomization.yaml': 'resources: [cm.yaml]\n',
  'two/cm.yaml': configMap('two', { a: '1' }),
  'plain/a.yaml': configMap('a', { a: '1' }),
  'plain/b.yaml': configMap('b', { a: '1' }),
};

function change(edit: Record<string, string | null>): FileTree {
  const files = { ...base };
  for (const [path, text] of Object.entries(edit)) {
    if (text === null) delete files[path];
    else files[path] = text;
  }
  return treeFromTexts(files);
}

async function preview(head: FileTree) {
  const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
  const run = await computeDiff(treeFromTexts(base), head, options, concatenatingRenderer);
  const touched = run.diff.apps.filter((a) => a.status !== 'unchanged').map((a) => a.name);
  return { run, touched: touched.sort() };
}

// [case, edit, apps rendered, apps whose preview shows a change]
test.each([
  ['a file a kustomization names is deleted', { 'one/cm.yaml': null }, ['one'], ['one']],
  // (the fake renderer prints only the files of the app's own folder, so its output does not change)
  [
    'a base the app builds on changes',
    { 'shared/shared.yaml': configMap('shared2', { a: '1' }) },
    ['one'],
    [],
  ],
  ['a file is added to a plain folder', { 'plain/c.yaml': configMap('c', { a: '1' }) }, ['plain'], ['plain']],
  ['a file is removed from a plain folder', { 'plain/b.yaml': null }, ['plain'], ['plain']],
  // kustomize would refuse the folder; the app is rendered again, whatever the renderer makes of it
  ['a second kustomization file appears', { 'two/kustomization.yml': 'resources: []\n' }, ['two'], []],
])('%s: the app it can change is rendered', async (_, edit, rendered, shown) => {
  const { run, touched } = await preview(change(edit));
  expect(run.affected).toBe(rendered.length);
  expect(run.rendered).toBe(rendered.length * 2);
  expect(touched).toEqual(shown);
  expect(run.uncovered).toEqual([]);
});

test('a file in an app folder that no kustomization names affects no app and is said to be unread', async () => {
  const { run } = await preview(change({ 'one/notes.yaml': configMap('still unused', { a: '1' }) }));
  expect(run.affected).toBe(0);
  expect(run.rendered).toBe(0);
  expect(run.uncovered).toEqual(['one/notes.yaml']);
});

test('an Application defined twice is one failed app with one finding, not one per revision', async () => {
  const twice = { 'argocd/again.yaml': application('two', 'path: two') };
  const before = { ...base, ...twice };
  const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
  const head = treeFromTexts({ ...before, 'two/cm.yaml': configMap('two-changed', { a: '1' }) });
  const run = await computeDiff(treeFromTexts(before), head, options, concatenatingRenderer);
  const two = run.diff.apps.find((a) => a.name === 'two');
  expect(two?.findings.filter((f) => f.rule === 'duplicate-app')).toHaveLength(1);
});

test('a custom resource is checked against a CRD that only another app renders, whichever render finishes first', async () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.acme.dev}
spec:
  group: acme.dev
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec: {type: object, properties: {size: {type: integer}}}
`;
  const widget = 'apiVersion: acme.dev/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: big}\n';
  // the CRD comes out of a render (as from a chart), not from a file of the tree; its render is the slow one
  const renderer = {
    ...concatenatingRenderer,
    async kustomizeBuild(...args: Parameters<typeof concatenatingRenderer.kustomizeBuild>) {
      const built = await concatenatingRenderer.kustomizeBuild(...args);
      if (args[1] !== 'crds') return built;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ...built, stdout: crd };
    },
  };
  const files = {
    'argocd/crds.yaml': application('crds', 'path: crds'),
    'argocd/widgets.yaml': application('widgets', 'path: widgets'),
    'crds/kustomization.yaml': 'resources: []\n',
    'widgets/kustomization.yaml': 'resources: [w.yaml]\n',
  };
  const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'all' as const };
  const run = await computeDiff(
    treeFromTexts({ ...files, 'widgets/w.yaml': widget.replace('big', '1') }),
    treeFromTexts({ ...files, 'widgets/w.yaml': widget }),
    options,
    renderer,
  );
  const findings = run.diff.apps.find((a) => a.name === 'widgets')?.findings ?? [];
  expect(findings.map((f) => f.rule)).toContain('schema');
  expect(findings.map((f) => f.rule)).not.toContain('no-schema');
});

test('a change to the file a link points at affects the app that reads the link', async () => {
  const withLink = (real: string): FileTree =>
    new Map([
      ...treeFromTexts({
        ...base,
        'shared/real.yaml': real,
        'two/kustomization.yaml': 'resources: [cm.yaml, linked.yaml]\n',
      }),
      ['two/linked.yaml', { link: '../shared/real.yaml' }],
    ]);
  const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
  const run = await computeDiff(
    withLink(configMap('real', { a: '1' })),
    withLink(configMap('real2', { a: '1' })),
    options,
    concatenatingRenderer,
  );
  expect(run.affected).toBe(1);
  expect(run.rendered).toBe(2);
  expect(run.uncovered).toEqual([]);
});
