// What a Helm source reads and what it is refused for, from the tree alone: value files resolved as
// Argo CD resolves them (relative to the chart, `/` = the repository, `$values/` = the ref source), and
// names that would reach helm as something else than a name.
import { treeFromTexts, type FileTree } from '../../../src/core/fileTree.js';
import { helmNameProblem, helmValueFiles } from '../../../src/core/render/helmInputs.js';

const at = { unit: 'app:web', file: 'argocd/web.yaml', line: 3 };
const tree: FileTree = new Map([
  ...treeFromTexts({
    'charts/web/Chart.yaml': 'name: web\n',
    'charts/web/values-prod.yaml': 'a: 1\n',
    'envs/prod/values.yaml': 'b: 2\n',
  }),
  ['charts/web/linked.yaml', { link: '../../../outside.yaml' }],
]);

test('value files resolve relative to the chart, from the repository root, and through $values/', () => {
  const inputs = helmValueFiles(
    tree,
    'charts/web',
    { valueFiles: ['values-prod.yaml', '/envs/prod/values.yaml', '$values/envs/prod/values.yaml'] },
    at,
  );
  expect(inputs).toEqual({
    valueFiles: ['charts/web/values-prod.yaml', 'envs/prod/values.yaml', 'envs/prod/values.yaml'],
    named: ['charts/web/values-prod.yaml', 'envs/prod/values.yaml', 'envs/prod/values.yaml'],
    findings: [],
  });
});

test.each([
  ['../../../etc/passwd', 'path-escape', 'resolves outside the repository'],
  ['linked.yaml', 'path-escape', 'is a link that leaves the repository'],
  ['missing.yaml', 'missing-value-file', 'does not exist; Argo CD fails the same way'],
])('value file %s is an error (%s) on the Application', (file, rule, message) => {
  expect(helmValueFiles(tree, 'charts/web', { valueFiles: [file] }, at).findings).toEqual([
    { severity: 'error', rule, ...at, message: expect.stringContaining(message) },
  ]);
});

test('a missing value file is skipped under ignoreMissingValueFiles; a URL leaves the app not previewed', () => {
  const helm = { valueFiles: ['missing.yaml'], ignoreMissingValueFiles: true };
  expect(helmValueFiles(tree, 'charts/web', helm, at)).toMatchObject({ valueFiles: [], findings: [] });
  expect(
    helmValueFiles(tree, 'charts/web', { valueFiles: ['https://example.com/values.yaml'] }, at).notPreviewed,
  ).toBe('value file https://example.com/values.yaml is fetched from a URL, which Slipway does not do');
});

test('a value file entry that is not a string is an invalid Application', () => {
  const helm = { valueFiles: [42] } as unknown as { valueFiles: string[] };
  expect(helmValueFiles(tree, 'charts/web', helm, at).findings).toEqual([
    { severity: 'error', rule: 'invalid-application', ...at, message: 'valueFiles entry 42 is not a string' },
  ]);
});

test.each([
  [
    { releaseName: '--post-renderer=sh' },
    undefined,
    'release name "--post-renderer=sh" is not a valid Helm release name',
  ],
  [{ releaseName: 'a'.repeat(54) }, undefined, 'is not a valid Helm release name'],
  [
    { releaseName: 'web', namespace: '-n' },
    undefined,
    'destination namespace "-n" is not a valid namespace name',
  ],
  [{ releaseName: 'web' }, { name: '--set=x', repoURL: 'https://c.example.com' }, 'chart name "--set=x"'],
  [{ releaseName: 'web' }, { name: 'web', repoURL: 'file:///etc' }, 'is not an http(s) URL'],
  [
    { releaseName: 'web' },
    { name: 'web', repoURL: 'https://c.example.com', version: '--devel' },
    'is not a version or range',
  ],
])('%j with chart %j is refused: %s', (release, chart, message) => {
  expect(helmNameProblem(release, chart)).toEqual(expect.stringContaining(message));
});

test('names helm takes as names pass', () => {
  expect(
    helmNameProblem(
      { releaseName: 'web-1.prod', namespace: 'prod' },
      { name: 'web', repoURL: 'https://c.example.com', version: '^1.2.0' },
    ),
  ).toBeUndefined();
});
