// App identity and source type as Argo CD decides them, and malformed Applications as findings. Through
// dist/ on real git repositories.
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';

const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\n`;

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

interface App {
  name: string;
  status: string;
  findings: Array<{ rule: string; message: string; file?: string }>;
  changes: Array<{ change: string; object: string }>;
}
const apps = (json: unknown) => (json as { apps: App[] }).apps;

test('an app is its namespace and name: one name in two namespaces is two apps, one identity twice is a finding', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n', 'a/cm.yaml': CM('a'), 'b/cm.yaml': CM('b') });
  const inNamespace = (ns: string, path: string) =>
    application('web', `path: ${path}`).replace('namespace: argocd', `namespace: ${ns}`);
  await repo.commit({
    'argocd/web-team-a.yaml': inNamespace('team-a', 'a'),
    'argocd/web-team-b.yaml': inNamespace('team-b', 'b'),
    'argocd/web.yaml': application('web', 'path: a'),
    'argocd/web-again.yaml': application('web', 'path: b'),
  });
  const run = await repo.diff();
  expect(apps(run.json).map((a) => a.name)).toEqual(['team-a/web', 'team-b/web', 'web']);
  expect(apps(run.json).find((a) => a.name === 'web')?.findings).toContainEqual(
    expect.objectContaining({
      rule: 'duplicate-app',
      file: 'argocd/web.yaml',
      message:
        'Application web is defined twice: here and in argocd/web-again.yaml:1; Argo CD keeps one of them (the last applied), so only argocd/web-again.yaml is previewed',
    }),
  );
});

test('an explicit directory block wins over a kustomization in the folder, as in Argo CD', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n' });
  await repo.commit({
    'web/kustomization.yaml': 'resources: [a.yaml]\nnamePrefix: k-\n',
    'web/a.yaml': CM('a'),
    'web/b.yaml': CM('b'),
    'argocd/web.yaml': application(
      'web',
      'path: web\ndirectory: {include: "*.yaml", exclude: "kustomization.yaml"}',
    ),
    'argocd/both.yaml': application('both', 'path: web\ndirectory: {}\nkustomize: {}'),
  });
  const run = await repo.diff();
  expect(
    apps(run.json)
      .find((a) => a.name === 'web')
      ?.changes.map((c) => c.object),
  ).toEqual(['ConfigMap/web/a', 'ConfigMap/web/b']);
  expect(apps(run.json).find((a) => a.name === 'both')).toMatchObject({
    status: 'render-failed',
    findings: [
      expect.objectContaining({
        message: 'multiple application sources defined: kustomize, directory (Argo CD refuses such an app)',
      }),
    ],
  });
});

test('a malformed Application is a finding on its file; the rest of the run goes on', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n', 'good/cm.yaml': CM('good') });
  await repo.commit({
    'argocd/good.yaml': application('good', 'path: good'),
    'argocd/images-map.yaml': application('images-map', 'path: good\nkustomize:\n  images: {api: "1.0"}'),
    'argocd/value-files.yaml': application('value-files', 'path: good\nhelm:\n  valueFiles: [1]'),
    'argocd/no-source.yaml':
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: no-source}\nspec:\n  destination: {namespace: x}\n',
  });
  const run = await repo.diff();
  const byName = new Map(apps(run.json).map((a) => [a.name, a]));
  expect(byName.get('good')?.changes.map((c) => c.object)).toEqual(['ConfigMap/good/good']);
  expect(byName.get('images-map')?.findings.map((f) => f.message)).toEqual([
    'spec.source.kustomize.images must be a list of strings (name:tag, name=newName:tag)',
  ]);
  expect(byName.get('value-files')?.findings.map((f) => f.message)).toEqual([
    'spec.source.helm.valueFiles must be a list of strings',
  ]);
  expect(byName.get('no-source')?.findings.map((f) => [f.file, f.message])).toEqual([
    ['argocd/no-source.yaml', 'the Application has no spec.source or spec.sources'],
  ]);
  for (const name of ['images-map', 'value-files', 'no-source'])
    expect(byName.get(name)?.status).toBe('render-failed');
});
