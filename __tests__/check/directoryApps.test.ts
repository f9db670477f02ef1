// Directory apps and app identity as Argo CD reads them, on real git repositories through dist/cli.js:
// YAML beside the manifests that is not a manifest, an Application defined twice, and the text output's
// list of apps that are not previewed.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';
import { configMap } from '../support/builders.js';

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

const plainApp = application('web', 'path: web\ndirectory: {recurse: true}');

test('a kustomization.yaml and a README-like YAML beside a directory app are ignored, as Argo CD ignores them', async () => {
  repo = manifestsRepo({
    'argocd/web.yaml': plainApp,
    'web/cm.yaml': configMap('web', { value: 'one' }),
    // a common tutorial layout: a kustomization without apiVersion/kind beside the plain manifests
    'web/kustomization.yaml': 'resources:\n  - cm.yaml\n',
    'web/docs/notes.yaml': 'title: How to deploy\nsteps: [build, ship]\n',
    'web/links.yaml': '- https://example.com\n',
  });
  await repo.commit({ 'web/cm.yaml': configMap('web', { value: 'two' }) });
  const run = await repo.diff();
  expect(run.code).toBe(0);
  const web = run.json?.apps.find((a) => a.name === 'web');
  expect(web?.findings).toEqual([]);
  expect(web?.changes.map((c) => [c.change, c.object])).toEqual([['changed', 'ConfigMap/web/web']]);
  expect(web?.changes[0]?.diff).toContain('+  value: two');
});

test('a file holding apiVersion:, kind: and metadata: that does not parse fails the app, naming the file', async () => {
  repo = manifestsRepo({ 'argocd/web.yaml': plainApp, 'web/cm.yaml': configMap('web', { value: 'one' }) });
  await repo.commit({
    'web/cm.yaml': configMap('web', { value: 'two' }),
    'web/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [broken\n',
  });
  const run = await repo.diff();
  expect(run.code).toBe(1);
  const web = run.json?.apps.find((a) => a.name === 'web');
  expect(web?.status).toBe('render-failed');
  expect(web?.findings).toContainEqual(
    expect.objectContaining({ severity: 'error', file: 'web/broken.yaml', rule: 'yaml-syntax' }),
  );
});

test("a link to nothing in a directory app is skipped, as Argo CD's repo-server skips it", async () => {
  repo = manifestsRepo({ 'argocd/web.yaml': plainApp, 'web/cm.yaml': configMap('web', { value: 'one' }) });
  symlinkSync('gone.yaml', join(repo.dir, 'web/dangling.yaml'));
  await repo.commit({ 'web/cm.yaml': configMap('web', { value: 'two' }) });
  const run = await repo.diff();
  expect(run.code).toBe(0);
  expect(run.json?.apps.find((a) => a.name === 'web')?.changes).toHaveLength(1);
});

test('a UTF-16 manifest is read as Argo CD reads it', async () => {
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  repo = manifestsRepo({
    'argocd/web.yaml': plainApp,
    'web/cm.yaml': utf16(configMap('web', { value: 'one' })),
  });
  await repo.commit({ 'web/cm.yaml': utf16(configMap('web', { value: 'two' })) });
  const run = await repo.diff();
  expect(run.code).toBe(0);
  expect(run.json?.apps.find((a) => a.name === 'web')?.changes.map((c) => c.object)).toEqual([
    'ConfigMap/web/web',
  ]);
});

describe('an Application defined in two files', () => {
  const first = application('web', 'path: one');
  const second = application('web', 'path: two');
  const base = {
    'argocd/a-web.yaml': first,
    'argocd/b-web.yaml': second,
    'one/cm.yaml': configMap('one', { value: '1' }),
    'two/cm.yaml': configMap('two', { value: '2' }),
  };

  test.each([
    ['the lexically first file', 'argocd/a-web.yaml', first],
    ['the other file', 'argocd/b-web.yaml', second],
  ])(
    'a PR touching %s previews the same definition at base and head: no phantom changes',
    async (_, path, text) => {
      repo = manifestsRepo(base);
      await repo.commit({ [path]: `${text}# touched\n` });
      const run = await repo.diff();
      const web = run.json?.apps.find((a) => a.name === 'web');
      expect(web?.changes).toEqual([]);
      expect(web?.findings).toEqual([
        expect.objectContaining({ rule: 'duplicate-app', file: 'argocd/b-web.yaml' }),
      ]);
      expect(web?.findings[0]?.message).toContain('lexically first file, argocd/a-web.yaml');
    },
  );
});

test("the text output names each app that is not previewed, and says how to add this repository's other URL", async () => {
  const elsewhere = (name: string, url: string) =>
    application(name, 'path: web').replace('https://github.com/acme/manifests', url);
  repo = manifestsRepo({ 'web/cm.yaml': configMap('web', { value: 'one' }) });
  await repo.commit({
    'argocd/mirror.yaml': elsewhere('mirror', 'https://git.acme.internal/acme/manifests.git'),
    'argocd/other.yaml': elsewhere('other', 'http://git.acme.example/acme/other-repo'),
  });
  const run = await repo.diff(['--format', 'text']);
  expect(run.stdout).toContain('Not previewed (1):');
  expect(run.stdout).toContain(
    '  mirror — external source https://git.acme.internal/acme/manifests.git, not previewed (if this is this repository spelt another way, add the URL with --repo-url or the repo-url input) (argocd/mirror.yaml:1)',
  );
  // another repository is fetched (here refused: plain http), and the app named with the reason
  expect(run.stdout).toContain(
    'could not fetch http://git.acme.example/acme/other-repo@HEAD (http:// is not fetched unless SLIPWAY_GIT_PROTOCOLS lists http; the URL must be https://)',
  );
});

describe("Argo CD's own kinds in an app-of-apps", () => {
  const root = application('root', 'path: apps');
  const child = (syncPolicy: string) =>
    application('child', 'path: web').replace('  syncPolicy:\n    automated: {prune: true}\n', syncPolicy);

  test('a misspelt field of a child Application is an error on its line', async () => {
    repo = manifestsRepo({
      'argocd/root.yaml': root,
      'apps/child.yaml': child('  syncPolicy:\n    automated: {prune: true}\n'),
      'web/cm.yaml': configMap('web', { value: 'one' }),
    });
    await repo.commit({ 'apps/child.yaml': child('  syncPolicy:\n    automatic: {prune: true}\n') });
    const run = await repo.diff();
    expect(run.code).toBe(1);
    const findings = run.json?.apps.find((a) => a.name === 'root')?.findings ?? [];
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'unknown-field',
        file: 'apps/child.yaml',
        message: expect.stringContaining('has unknown field "automatic"'),
      }),
    ]);
    expect((findings[0] as { line?: number }).line).toBe(15);
  });

  test('slipway validate --require-schemas on an app-of-apps repository says nothing of Argo CD kinds', async () => {
    repo = manifestsRepo({
      'argocd/root.yaml': root,
      'apps/child.yaml': child('  syncPolicy:\n    automated: {prune: true}\n'),
      'apps/project.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata: {name: team, namespace: argocd}\nspec:\n  sourceRepos: ["*"]\n  destinations: [{server: "*", namespace: "*"}]\n',
      'apps/set.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: envs, namespace: argocd}
spec:
  goTemplate: true
  generators: [{list: {elements: [{env: staging}]}}]
  template:
    metadata: {name: 'web-{{.env}}'}
    spec:
      project: default
      source: {repoURL: https://github.com/acme/manifests, path: web}
      destination: {server: https://kubernetes.default.svc, namespace: '{{.env}}'}
`,
      'web/cm.yaml': configMap('web', { value: 'one' }),
    });
    const run = await runCli(['validate', '--require-schemas', '--format', 'json', repo.dir]);
    expect(run.stdout).not.toMatch(/argoproj|no schema/);
    expect(run.code).toBe(0);
    // the three kinds were rendered and checked (the root deploys the child, the project and the set),
    // and the apps are the root, its child and the app the set generates
    const { units, objects } = JSON.parse(run.stdout) as { units: number; objects: number };
    expect({ units, objects }).toEqual({ units: 3, objects: 5 });
  });
});

test('two objects with generateName and no name are two objects: a change to the first one shows', async () => {
  const generated = (first: string, second: string) =>
    [first, second]
      .map((v) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: cfg-}\ndata: {value: "${v}"}\n`)
      .join('---\n');
  repo = manifestsRepo({ 'argocd/web.yaml': plainApp, 'web/cms.yaml': generated('a', 'b') });
  await repo.commit({ 'web/cms.yaml': generated('a2', 'b') });
  const run = await repo.diff();
  const changes = run.json?.apps.find((a) => a.name === 'web')?.changes ?? [];
  expect(changes.map((c) => c.change)).toEqual(['changed']);
  expect(changes[0]?.diff).toContain('+  value: a2');
});

test('an annotation that is not a string fails the app, as Argo CD fails it (ComparisonError), with no object shown', async () => {
  const annotated = (value: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  annotations:\n    replicas: ${value}\ndata: {value: "one"}\n`;
  repo = manifestsRepo({ 'argocd/web.yaml': plainApp, 'web/cm.yaml': annotated('"3"') });
  await repo.commit({ 'web/cm.yaml': annotated('3'), 'web/other.yaml': configMap('other', { value: 'x' }) });
  const run = await repo.diff();
  expect(run.code).toBe(1);
  const web = run.json?.apps.find((a) => a.name === 'web');
  expect(web?.status).toBe('render-failed');
  expect(web?.findings).toEqual([
    expect.objectContaining({
      severity: 'error',
      rule: 'invalid-metadata',
      file: 'web/cm.yaml',
      message:
        'the annotation "replicas" is not a string (quote it): Argo CD cannot set its tracking annotation and fails the app',
    }),
  ]);
  expect(web?.changes ?? []).toEqual([]);
});
