// What a kustomization reads (the files a render copies, the paths its walk depends on) and what it is
// refused for, from the tree alone: nothing outside the repository, no helm option in a helmCharts
// field, a clear finding for every reference that is missing, remote or too large.
import { treeFromTexts, type FileTree } from '../../../src/core/fileTree.js';
import { kustomizeInputs } from '../../../src/core/render/kustomizeInputs.js';

const findings = (tree: FileTree, folder: string, enableHelm = false) =>
  kustomizeInputs(tree, folder, 'app:x', undefined, { enableHelm }).findings.map((f) => [
    f.severity,
    f.rule,
    f.file,
    f.message,
  ]);

test('the files of an overlay and its base are read; kustomization names are watched, present or not', () => {
  const tree = treeFromTexts({
    'overlay/kustomization.yaml': 'resources: [../base, extra.yaml]\npatches: [{path: patch.yaml}]\n',
    'overlay/extra.yaml': 'kind: ConfigMap\n',
    'overlay/patch.yaml': 'kind: Deployment\n',
    'base/kustomization.yaml':
      'resources: [deploy.yaml]\nconfigMapGenerator: [{name: c, files: [k=conf.txt]}]\n',
    'base/deploy.yaml': 'kind: Deployment\n',
    'base/conf.txt': 'a=1\n',
    'unrelated/cm.yaml': 'kind: ConfigMap\n',
  });
  const inputs = kustomizeInputs(tree, 'overlay');
  expect([...inputs.files].sort()).toEqual([
    'base/conf.txt',
    'base/deploy.yaml',
    'base/kustomization.yaml',
    'overlay/extra.yaml',
    'overlay/kustomization.yaml',
    'overlay/patch.yaml',
  ]);
  expect(inputs.watched).toContain('base/kustomization.yml');
  expect(inputs.watched).toContain('overlay/Kustomization');
  expect(inputs.findings).toEqual([]);
});

test.each([
  [
    'a reference outside the repository',
    { 'k/kustomization.yaml': 'resources: [../../etc/passwd]\n' },
    [['error', 'path-escape', 'k/kustomization.yaml', expect.stringContaining('outside the repository')]],
  ],
  [
    'a reference that does not exist',
    { 'k/kustomization.yaml': 'resources: [gone.yaml]\n' },
    [
      [
        'error',
        'missing-file',
        'k/kustomization.yaml',
        expect.stringContaining('gone.yaml, which does not exist'),
      ],
    ],
  ],
  [
    'a remote base',
    { 'k/kustomization.yaml': 'resources: [https://github.com/acme/base?ref=v1]\n' },
    [
      [
        'warning',
        'not-previewed',
        'k/kustomization.yaml',
        // the report's word: an app, never a unit
        expect.stringContaining('remote bases are not fetched, the app is not previewed'),
      ],
    ],
  ],
  [
    'helmCharts without --enable-helm',
    { 'k/kustomization.yaml': 'helmCharts: [{name: demo}]\n' },
    [['warning', 'not-previewed', 'k/kustomization.yaml', expect.stringContaining('needs --enable-helm')]],
  ],
])('%s is a finding on the kustomization', (_, files, expected) => {
  expect(findings(treeFromTexts(files), 'k')).toEqual(expected);
});

test('a link that leaves the repository is refused, and a file over the limit is reported, not read', () => {
  const tree: FileTree = new Map([
    ['k/kustomization.yaml', { text: 'resources: [out.yaml, big.yaml]\n' }],
    ['k/out.yaml', { link: '../../outside.yaml' }],
    ['k/big.yaml', { tooLarge: { size: 20_000_000, limit: 10_485_760 } }],
  ]);
  expect(findings(tree, 'k').map(([severity, rule, file]) => [severity, rule, file])).toEqual([
    ['error', 'path-escape', 'k/out.yaml'],
    ['error', 'file-too-large', 'k/big.yaml'],
  ]);
});

describe('helmCharts under --enable-helm', () => {
  const chart = { 'k/charts/demo/Chart.yaml': 'name: demo\n', 'k/charts/demo/templates/cm.yaml': 'x: 1\n' };
  const kustomization = (entry: string, globals = '') => ({
    ...chart,
    'k/kustomization.yaml': `${globals}helmCharts:\n  - ${entry}\n`,
  });

  test('a vendored chart is read', () => {
    const tree = treeFromTexts(kustomization('{name: demo, releaseName: web}'));
    const inputs = kustomizeInputs(tree, 'k', 'app:x', undefined, { enableHelm: true });
    expect(inputs.findings).toEqual([]);
    expect(inputs.files).toContain('k/charts/demo/templates/cm.yaml');
  });

  test.each([
    ['{name: demo, releaseName: "--post-renderer=/bin/sh"}', 'would reach helm as an option'],
    ['{name: "../demo"}', 'is not a valid chart name'],
    ['{name: demo, releaseName: Web_1}', 'is not a valid Helm release name'],
    ['{name: demo, namespace: "Not A Namespace"}', 'is not a valid namespace name'],
    ['{name: demo, valuesFile: ../../../values.yaml}', 'leaves the repository'],
  ])('%s is refused: %s', (entry, message) => {
    expect(findings(treeFromTexts(kustomization(entry)), 'k', true)).toEqual([
      [
        'error',
        expect.stringMatching(/^(invalid-kustomization|path-escape)$/),
        'k/kustomization.yaml',
        expect.stringContaining(message),
      ],
    ]);
  });

  test('helmGlobals: a chartHome outside the repository and any configHome are refused', () => {
    expect(
      findings(
        treeFromTexts(kustomization('{name: demo}', 'helmGlobals: {chartHome: ../../x}\n')),
        'k',
        true,
      ),
    ).toEqual([
      [
        'error',
        'path-escape',
        'k/kustomization.yaml',
        expect.stringContaining('chartHome leaves the repository'),
      ],
    ]);
    expect(
      findings(treeFromTexts(kustomization('{name: demo}', 'helmGlobals: {configHome: /tmp}\n')), 'k', true),
    ).toEqual([
      [
        'error',
        'invalid-kustomization',
        'k/kustomization.yaml',
        expect.stringContaining('configHome is not allowed'),
      ],
    ]);
  });

  test('a chart that is not vendored is not previewed', () => {
    const tree = treeFromTexts({
      'k/kustomization.yaml': 'helmCharts: [{name: other, repo: https://charts.example.com}]\n',
    });
    expect(findings(tree, 'k', true)).toEqual([
      [
        'warning',
        'not-previewed',
        'k/kustomization.yaml',
        expect.stringContaining('would be pulled from https://charts.example.com'),
      ],
    ]);
  });
});

test('a run-wide cache walks a shared base once per tree: each unit gets its own findings, each tree its own files', () => {
  const files = {
    'a/kustomization.yaml': 'resources: [../base]\n',
    'b/kustomization.yaml': 'resources: [../base]\n',
    'base/kustomization.yaml': 'resources: [deploy.yaml, gone.yaml]\n',
    'base/deploy.yaml': 'kind: Deployment\n',
  };
  const base = treeFromTexts(files);
  // the head adds the missing file: the base's walk of the same folder must not stand for it
  const head = treeFromTexts({ ...files, 'base/gone.yaml': 'kind: ConfigMap\n' });
  const cache = new Map();
  const first = kustomizeInputs(base, 'a', 'app:a', cache);
  const second = kustomizeInputs(base, 'b', 'app:b', cache);
  expect(second.findings).toEqual([
    expect.objectContaining({
      unit: 'app:b',
      rule: 'missing-file',
      file: 'base/kustomization.yaml',
      line: 1,
    }),
  ]);
  expect(first.findings.map((f) => f.unit)).toEqual(['app:a']);
  expect([...second.files].sort()).toEqual([
    'b/kustomization.yaml',
    'base/deploy.yaml',
    'base/kustomization.yaml',
  ]);
  const atHead = kustomizeInputs(head, 'b', 'app:b', cache);
  expect(atHead.findings).toEqual([]);
  expect([...atHead.files]).toContain('base/gone.yaml');
  // the same answer as a walk with nothing shared
  expect(atHead).toEqual(kustomizeInputs(head, 'b', 'app:b'));
  expect(second).toEqual(kustomizeInputs(base, 'b', 'app:b'));
});
