// Every app is accounted for, and a render that fails is never read as "everything is deleted" (Argo
// CD's ComparisonError). Through dist/ on real git repositories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandIn } from '../support/githubStandIn.js';
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';
import { runCli } from '../support/runAction.js';
import { configMap } from '../support/builders.js';

const KUSTOMIZATION = 'resources: [a.yaml, b.yaml]\n';

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

const base = {
  'argocd/web.yaml': application('web', 'path: web'),
  'web/kustomization.yaml': KUSTOMIZATION,
  'web/a.yaml': configMap('a'),
  'web/b.yaml': configMap('b'),
};

test('a head that fails to render is a ComparisonError, never "2 objects will be deleted"', async () => {
  repo = manifestsRepo(base);
  await repo.commit({ 'web/kustomization.yaml': 'resources: [a.yaml, b.yaml, missing.yaml]\n' });
  const run = await repo.diff();
  const web = run.json?.apps.find((a) => a.name === 'web') as unknown as {
    status: string;
    note: string;
    changes: unknown[];
  };
  expect(web.status).toBe('render-failed');
  expect(web.changes).toEqual([]);
  expect(web.note).toMatch(
    /^Argo CD would report a ComparisonError for this app \(web\/kustomization\.yaml:1: .*missing\.yaml, which does not exist\)/,
  );
  expect(run.json?.totals).toEqual({ created: 0, changed: 0, deleted: 0 });
  const markdown = (await repo.diff(['--format', 'markdown'])).stdout;
  expect(markdown).toContain(
    '**Preview incomplete** — ⚠️ 1 app(s) could not be previewed (1 of 1); no change in the 0 app(s) checked.',
  );
  expect(markdown).toContain('| web (render failed) |');
});

test('a base that failed to render does not make every head object "created"', async () => {
  repo = manifestsRepo({ ...base, 'web/kustomization.yaml': 'resources: [a.yaml, b.yaml, missing.yaml]\n' });
  await repo.commit({ 'web/kustomization.yaml': KUSTOMIZATION });
  const run = await repo.diff();
  const web = run.json?.apps.find((a) => a.name === 'web') as unknown as {
    status: string;
    note: string;
    changes: unknown[];
  };
  expect(web).toMatchObject({ status: 'render-failed', changes: [] });
  expect(web.note).toMatch(
    /^the base could not be rendered \(.*\), so nothing is compared; at the head it deploys 2 object\(s\)$/,
  );
});

test('a removed app whose base could not be rendered does not claim "0 objects left running"', async () => {
  repo = manifestsRepo({
    ...base,
    'web/kustomization.yaml': 'resources: [a.yaml, b.yaml, missing.yaml]\n',
    // another Application stays, so the repository does not fall back to folder units
    'argocd/other.yaml': application('other', 'path: other'),
    'other/cm.yaml': configMap('other'),
  });
  await repo.commit({ 'argocd/web.yaml': null });
  const run = await repo.diff();
  const web = run.json?.apps.find((a) => a.name === 'web') as unknown as { status: string; note: string };
  expect(web.status).toBe('removed');
  expect(web.note).toMatch(
    /^app removed; its base could not be rendered \(.*\), so what it leaves running or deletes is unknown$/,
  );
});

test('a PR that touches an app Slipway cannot preview gets a warning annotation, so fail-on: warning stops it', async () => {
  const standIn = await startStandIn({
    ...base,
    'argocd/external.yaml': application('external', 'path: deploy').replace(
      'repoURL: https://github.com/acme/manifests',
      'repoURL: http://git.acme.example/acme/other',
    ),
  });
  const workspace = mkdtempSync(join(tmpdir(), 'slipway-states-'));
  try {
    const pr = openPullRequest(standIn, workspace, {
      'argocd/external.yaml': application('external', 'path: deploy-v2').replace(
        'repoURL: https://github.com/acme/manifests',
        'repoURL: http://git.acme.example/acme/other',
      ),
    });
    const run = await runCheck(standIn, workspace, pr, { 'fail-on': 'warning' });
    // the app is rendered (the pull request changes it) and its repository is refused: a warning on it
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        file: 'argocd/external.yaml',
        message: expect.stringContaining(
          'could not fetch http://git.acme.example/acme/other@HEAD (http:// is not fetched unless SLIPWAY_GIT_PROTOCOLS lists http; the URL must be https://)',
        ),
      }),
    );
    expect(run.code).toBe(1);
    expect(standIn.comments[0]?.body).toContain('⚠️ 1 app(s) could not be previewed');
    // (the comment breaks `@` mentions with a zero-width space)
    expect(standIn.comments[0]?.body).toContain('could not fetch http://git.acme.example/acme/other@');
  } finally {
    await standIn.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
});

describe('a repository without Applications, and the PR that adds (or removes) the first one', () => {
  const folders = {
    'web/kustomization.yaml': KUSTOMIZATION,
    'web/a.yaml': configMap('a'),
    'web/b.yaml': configMap('b'),
  };

  test('adding the first Application shows one new app, not removed folders', async () => {
    repo = manifestsRepo(folders);
    await repo.commit({ 'argocd/web.yaml': application('web', 'path: web') });
    const run = await repo.diff();
    expect(run.json?.apps.map((a) => [a.name, a.status])).toEqual([['web', 'new']]);
  });

  test('removing the last Application shows the app removed, not folders as new apps', async () => {
    repo = manifestsRepo({ ...folders, 'argocd/web.yaml': application('web', 'path: web') });
    await repo.commit({ 'argocd/web.yaml': null });
    const run = await repo.diff();
    expect(run.json?.apps.map((a) => [a.name, a.status])).toEqual([['web', 'removed']]);
  });

  test('a chart folder is one Helm unit: its templates are not validated as plain YAML', async () => {
    repo = manifestsRepo({ 'README.md': '# charts\n' });
    await repo.commit({
      'charts/demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
      'charts/demo/values.yaml': 'name: x\n',
      'charts/demo/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n',
    });
    const run = await repo.diff();
    expect(run.json?.apps.map((a) => a.name)).toEqual(['charts/demo']);
    expect(run.json?.apps[0]?.findings.filter((f) => f.rule === 'yaml-syntax')).toEqual([]);
  });
});

test('every kind of app Slipway cannot preview is in the JSON and the comment, each with its reason', async () => {
  repo = manifestsRepo({ ...base, 'jsonnet/main.jsonnet': '{}\n', 'plain/cm.yaml': configMap('plain') });
  const other = (name: string, source: string) =>
    application(name, source).replace(
      'repoURL: https://github.com/acme/manifests',
      'repoURL: http://git.acme.example/acme/other',
    );
  await repo.commit({
    'argocd/plugin.yaml': application('plugin', 'path: plain\nplugin: {name: sops}'),
    'argocd/jsonnet.yaml': application('jsonnet', 'path: jsonnet'),
    'argocd/external.yaml': other('external', 'path: deploy'),
    'argocd/broken.yaml': application('broken', 'path: plain\nkustomize: {}\ndirectory: {}'),
    'argocd/fleet.yaml':
      'apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: fleet}\nspec:\n  generators: [{clusters: {}}]\n  template: {metadata: {name: x}, spec: {source: {repoURL: https://github.com/acme/manifests, path: plain}}}\n',
  });
  const run = await repo.diff();
  const states = Object.fromEntries((run.json?.apps ?? []).map((a) => [a.name, a.status]));
  expect(states).toMatchObject({
    plugin: 'not-previewed',
    jsonnet: 'not-previewed',
    broken: 'render-failed',
    external: 'not-previewed',
  });
  expect(
    (run.json?.apps.find((a) => a.name === 'external') as { note?: string } | undefined)?.note,
  ).toContain(
    'not previewed: argocd/external.yaml:1: ' +
      'could not fetch http://git.acme.example/acme/other@HEAD (http:// is not fetched unless SLIPWAY_GIT_PROTOCOLS lists http; the URL must be https://)',
  );
  const reasons = Object.fromEntries((run.json?.notPreviewed ?? []).map((n) => [n.name, n.reason]));
  expect(reasons).toMatchObject({
    fleet:
      'ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
  });
  const markdown = (await repo.diff(['--format', 'markdown'])).stdout;
  for (const name of ['plugin', 'jsonnet', 'broken', 'external', 'fleet']) expect(markdown).toContain(name);
  expect(markdown).toMatch(/could not be previewed/);
});

test('slipway check judges as the action does: a touched app that cannot be previewed fails it with --fail-on warning', async () => {
  repo = manifestsRepo(base);
  await repo.commit({
    'argocd/external.yaml': application('external', 'path: deploy').replace(
      'repoURL: https://github.com/acme/manifests',
      'repoURL: http://git.acme.example/acme/other',
    ),
  });
  const args = ['--base', 'HEAD~1', '--head', 'HEAD', repo.dir];
  const strict = await runCli(['check', '--fail-on', 'warning', ...args]);
  expect(strict.code).toBe(1);
  expect(strict.stderr).toContain(
    'argocd/external.yaml:1:1: warning: could not fetch http://git.acme.example/acme/other@HEAD (http:// is not fetched unless SLIPWAY_GIT_PROTOCOLS lists http; the URL must be https://)',
  );
  expect(strict.stderr).toContain('1 finding(s) at or above "warning"');
  expect((await runCli(['check', ...args])).code).toBe(0);
  expect((await runCli(['diff', ...args])).code).toBe(0);
});
