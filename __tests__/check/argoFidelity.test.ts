// App identity and source type as Argo CD decides them, and malformed Applications as findings. Through
// dist/ on real git repositories.
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';
import { crdYaml } from '../support/validation.js';
import { configMap, deployment } from '../support/builders.js';

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

interface App {
  name: string;
  status: string;
  findings: Array<{ rule: string; message: string; file?: string }>;
  changes: Array<{ change: string; object: string; diff?: string }>;
}
const apps = (json: unknown) => (json as { apps: App[] }).apps;

test('an app is its namespace and name: one name in two namespaces is two apps, one identity twice is a finding', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n', 'a/cm.yaml': configMap('a'), 'b/cm.yaml': configMap('b') });
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
        'Application web is defined twice: here and in argocd/web-again.yaml:1; Argo CD keeps one of them (the last applied), so Slipway previews the definition in the lexically first file, argocd/web-again.yaml, at both revisions',
    }),
  );
});

test('an explicit directory block wins over a kustomization in the folder, as in Argo CD', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n' });
  await repo.commit({
    'web/kustomization.yaml': 'resources: [a.yaml]\nnamePrefix: k-\n',
    'web/a.yaml': configMap('a'),
    'web/b.yaml': configMap('b'),
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
  repo = manifestsRepo({ 'README.md': '# apps\n', 'good/cm.yaml': configMap('good') });
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

const DEPLOYMENT = deployment('api', { api: 'ghcr.io/acme/api:1.0.0' }, { selector: true });

test('.argocd-source-<app>.yaml and .argocd-source.yaml are merged into the source, as Argo CD merges them (Image Updater write-back)', async () => {
  repo = manifestsRepo({
    'api/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'api/deployment.yaml': DEPLOYMENT,
    'argocd/api.yaml': application('api', 'path: api'),
    'argocd/other.yaml': application('other', 'path: api'),
  });
  // only a write-back file changes: the app it names is re-rendered with the new image, the other is not
  await repo.commit({
    'api/.argocd-source-api.yaml': 'kustomize:\n  images: [ghcr.io/acme/api:1.1.0]\n',
  });
  const run = await repo.diff();
  const byName = new Map(apps(run.json).map((a) => [a.name, a]));
  expect(byName.get('api')?.changes).toEqual([
    expect.objectContaining({ change: 'changed', object: 'Deployment/api/api' }),
  ]);
  expect(byName.get('api')?.changes[0]?.diff).toContain('+        - image: ghcr.io/acme/api:1.1.0');
  expect(byName.get('other')?.changes ?? []).toEqual([]);
  // the shared file applies to every app of the folder, the app's own file after it
  await repo.commit({
    'api/.argocd-source.yaml': 'kustomize:\n  images: [ghcr.io/acme/api:2.0.0]\n  namePrefix: shared-\n',
  });
  const shared = await repo.diff();
  const after = new Map(apps(shared.json).map((a) => [a.name, a]));
  expect(after.get('other')?.changes.map((c) => [c.change, c.object])).toEqual([
    ['deleted', 'Deployment/other/api'],
    ['created', 'Deployment/other/shared-api'],
  ]);
  expect(after.get('api')?.changes.find((c) => c.change === 'created')?.diff).toContain(
    'image: ghcr.io/acme/api:1.1.0',
  );
  // a file Argo CD cannot merge fails the app there too, named
  await repo.commit({ 'api/.argocd-source-api.yaml': 'kustomize: [not, a, map]\n' });
  const broken = await repo.diff();
  expect(apps(broken.json).find((a) => a.name === 'api')).toMatchObject({
    status: 'render-failed',
    findings: [
      expect.objectContaining({
        message:
          'after merging api/.argocd-source.yaml and api/.argocd-source-api.yaml: spec.source.kustomize must be a map',
      }),
    ],
  });
});

test('a custom resource in a changed app is validated on the PR against a CRD another app deploys', async () => {
  const crd = crdYaml(
    'Widget',
    'widgets',
    '{type: object, properties: {spec: {type: object, properties: {size: {type: integer, maximum: 10}}}}}',
  );
  repo = manifestsRepo({
    'crds/widget.yaml': crd,
    'argocd/crds.yaml': application('crds', 'path: crds'),
    'argocd/shop.yaml': application('shop', 'path: shop'),
    'shop/widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 1}\n',
  });
  await repo.commit({
    'shop/widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 99}\n',
  });
  const run = await repo.diff();
  const shop = apps(run.json).find((a) => a.name === 'shop');
  expect(shop?.findings.map((f) => [f.rule, f.message])).toEqual([['schema', 'spec.size must be <= 10']]);
  // the same tree through the push validation gives the same finding
  const validated = await runCli(['validate', '--format', 'json', repo.dir]);
  const findings = (JSON.parse(validated.stdout) as { findings: Array<{ rule: string; message: string }> })
    .findings;
  expect(findings.map((f) => [f.rule, f.message])).toEqual([['schema', 'spec.size must be <= 10']]);
});

test('two apps deploying one object: a warning on the PR when they share the cluster, none across clusters', async () => {
  const shared = (ns: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: ${ns}}\ndata: {a: b}\n`;
  repo = manifestsRepo({ 'README.md': '# apps\n' });
  await repo.commit({
    'one/cm.yaml': shared('common'),
    'two/cm.yaml': shared('common'),
    'far/cm.yaml': shared('common'),
    'named/cm.yaml': shared('common'),
    'argocd/one.yaml': application('one', 'path: one'),
    'argocd/two.yaml': application('two', 'path: two'),
    'argocd/far.yaml': application('far', 'path: far').replace(
      'server: https://kubernetes.default.svc',
      'server: https://prod.example.com:6443',
    ),
    'argocd/named.yaml': application('named', 'path: named').replace(
      'server: https://kubernetes.default.svc',
      'name: in-cluster',
    ),
  });
  const run = await repo.diff();
  const shared_ = apps(run.json).flatMap((a) =>
    a.findings.filter((f) => f.rule === 'shared-object').map((f) => [a.name, f.message]),
  );
  expect(shared_).toEqual([
    ['one', 'ConfigMap/common/settings is also deployed by named; the two apps will fight over it'],
    ['two', 'ConfigMap/common/settings is also deployed by named; the two apps will fight over it'],
  ]);
});
