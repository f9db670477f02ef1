// Path handling every reader of a tree goes through: joins that stay inside the repository, links read
// through, and which files count as manifests.
import { readText, resolveInTree, treeFromTexts } from '../../src/core/fileTree.js';
import { isManifestPath, mayDeclareApps } from '../../src/core/manifestFiles.js';

test.each([
  ['', 'a/b.yaml', 'a/b.yaml'],
  ['.', 'a/b.yaml', 'a/b.yaml'],
  ['apps/api', 'base', 'apps/api/base'],
  ['apps/api', '../../base', 'base'],
  ['apps/api', './x//y/', 'apps/api/x/y'],
  ['apps/api', '.', 'apps/api'],
  ['apps/api', '', 'apps/api'],
  ['apps/api', '.../x', 'apps/api/.../x'],
  ['apps/api', '.hidden/x', 'apps/api/.hidden/x'],
  ['apps', 'x/../../..', undefined],
  ['', '..', undefined],
  ['apps', '/etc/passwd', undefined],
  ['apps', 'https://example.com/x', undefined],
])('resolveInTree(%j, %j) is %j', (folder, relative, expected) => {
  expect(resolveInTree(folder, relative)).toBe(expected);
});

test.each([
  ['apps/api/deploy.yaml', true],
  ['apps/api/deploy.YML', true],
  ['Kustomization', true],
  ['apps/api/notes.md', false],
  ['.github/workflows/ci.yaml', false],
  ['apps/.hidden/deploy.yaml', false],
  ['apps/api/.x/deploy.yaml', false],
  ['apps/api/.argocd-source-api.yaml', true],
  ['apps/api/.other.yaml', false],
  ['.argocd-source.yaml', false], // Argo CD's own parameter file, not Image Updater's write-back
])('isManifestPath(%j) is %j', (path, expected) => {
  expect(isManifestPath(path)).toBe(expected);
});

test('JSON files may declare apps, outside hidden folders', () => {
  expect(mayDeclareApps('argocd/root.json')).toBe(true);
  expect(mayDeclareApps('.vscode/settings.json')).toBe(false);
  expect(mayDeclareApps('argocd/root.yaml')).toBe(true);
});

test('readText reads through links that stay inside the tree, and not through ones that leave it', () => {
  const tree = new Map([
    ...treeFromTexts({ 'a/real.yaml': 'x: 1\n' }),
    ['b/link.yaml', { link: '../a/real.yaml' }],
    ['b/out.yaml', { link: '../../etc/passwd' }],
  ]);
  expect(readText(tree, 'a/real.yaml')).toBe('x: 1\n');
  expect(readText(tree, 'b/link.yaml')).toBe('x: 1\n');
  expect(readText(tree, 'b/out.yaml')).toBeUndefined();
  expect(readText(tree, 'missing.yaml')).toBeUndefined();
});
