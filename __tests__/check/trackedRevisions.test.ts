// The revision each app tracks, on real git repositories through dist/cli.js: a pull request into a
// branch changes what an app of this repository deploys only when the app's targetRevision is that
// branch (HEAD and an empty one mean the default branch); apps pinned to a tag, a commit or another
// branch are listed as unaffected, never previewed with the pull request's files.
import { application, manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';

const CM = (value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {value: "${value}"}\n`;

interface Report {
  apps: Array<{ name: string; status: string; note?: string }>;
  unchangedApps: number;
  notPreviewed: Array<{ name: string; reason: string; file: string }>;
  otherRevisions?: Array<{ name: string; revision: string; file: string; line: number }>;
}

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** An app deploying folder `web` at this revision (no targetRevision line at all when undefined). */
const at = (name: string, revision: string | undefined) =>
  application(name, `path: web${revision === undefined ? '' : `\ntargetRevision: "${revision}"`}`);

async function diffJson(extra: string[] = []): Promise<Report & { stderr: string; code: number }> {
  const run = await (repo as ManifestsRepo).diff(extra);
  return { ...(JSON.parse(run.stdout) as Report), stderr: run.stderr, code: run.code };
}

const changed = (report: Report) => report.apps.map((a) => `${a.name} ${a.status}`).sort();
const others = (report: Report) => (report.otherRevisions ?? []).map((o) => `${o.name} ${o.revision}`).sort();

describe('a pull request into main (the default branch)', () => {
  let sha = '';
  beforeEach(() => {
    repo = manifestsRepo({ 'web/cm.yaml': CM('one') });
    sha = repo.git('rev-parse', 'HEAD');
    repo.commit({
      'argocd/branch.yaml': at('branch', 'main'),
      'argocd/head.yaml': at('head', 'HEAD'),
      'argocd/empty.yaml': at('empty', ''),
      'argocd/unset.yaml': at('unset', undefined),
      'argocd/refs.yaml': at('refs', 'refs/heads/main'),
      'argocd/tag.yaml': at('tag', 'v1.4.0'),
      'argocd/full-sha.yaml': at('full-sha', sha),
      'argocd/short-sha.yaml': at('short-sha', sha.slice(0, 7)),
      'argocd/prod.yaml': at('prod', 'prod'),
    });
    repo.commit({ 'web/cm.yaml': CM('two') });
  });

  test('previews the apps tracking main, HEAD, an empty or no targetRevision and refs/heads/main; lists the others as unaffected', async () => {
    const report = await diffJson();
    expect(report.code).toBe(0);
    expect(changed(report)).toEqual([
      'branch changed',
      'empty changed',
      'head changed',
      'refs changed',
      'unset changed',
    ]);
    expect(others(report)).toEqual([
      `full-sha ${sha}`,
      'prod prod',
      `short-sha ${sha.slice(0, 7)}`,
      'tag v1.4.0',
    ]);
    expect(report.otherRevisions?.find((o) => o.name === 'tag')).toMatchObject({
      file: 'argocd/tag.yaml',
      line: 1,
    });
    // listed, not counted twice as unchanged
    expect(report.unchangedApps).toBe(0);
    expect(report.notPreviewed).toEqual([]);
  });

  test('a revision given with --track-revisions is previewed as the branch', async () => {
    const report = await diffJson(['--track-revisions', 'prod', '--track-revisions', 'v1.4.0']);
    expect(changed(report)).toContain('prod changed');
    expect(changed(report)).toContain('tag changed');
    expect(others(report)).toEqual([`full-sha ${sha}`, `short-sha ${sha.slice(0, 7)}`]);
  });

  test('markdown collapses the unaffected apps under one summary, and the text output lists them', async () => {
    const markdown = await (repo as ManifestsRepo).diff(['--format', 'markdown']);
    expect(markdown.stdout).toContain(
      '<details><summary>Unaffected: 4 app(s) track another revision</summary>',
    );
    expect(markdown.stdout).toContain('- tag — tracks `v1.4.0` (`argocd/tag.yaml:1`)');
    const text = await (repo as ManifestsRepo).diff(['--format', 'text']);
    expect(text.stdout).toContain('Unaffected: 4 app(s) track another revision:');
    expect(text.stdout).toContain('  prod — tracks prod (argocd/prod.yaml:1)');
  });
});

test('a pull request into release-1 previews only the apps tracking release-1 (HEAD is the default branch, main)', async () => {
  repo = manifestsRepo({
    'web/cm.yaml': CM('one'),
    'argocd/release.yaml': at('release', 'release-1'),
    'argocd/refs.yaml': at('refs', 'refs/heads/release-1'),
    'argocd/main.yaml': at('main', 'main'),
    'argocd/head.yaml': at('head', 'HEAD'),
  });
  repo.git('branch', 'release-1');
  repo.git('checkout', '-q', '-b', 'fix', 'release-1');
  repo.commit({ 'web/cm.yaml': CM('two') });
  // the branch --base names is the pull request's branch
  const run = await repo.diff(['--base', 'release-1']);
  const report = JSON.parse(run.stdout) as Report;
  expect(changed(report)).toEqual(['refs changed', 'release changed']);
  expect(others(report)).toEqual(['head HEAD', 'main main']);
  // --base-branch says it outright (here: a commit as the base)
  const named = JSON.parse(
    (await repo.diff(['--base', repo.git('rev-parse', 'release-1'), '--base-branch', 'release-1'])).stdout,
  ) as Report;
  expect(changed(named)).toEqual(['refs changed', 'release changed']);
});

test('an app retargeted to a tag, or from one tag to another, is not previewed (never shown as removed or unchanged)', async () => {
  repo = manifestsRepo({
    'web/cm.yaml': CM('one'),
    'argocd/moved.yaml': at('moved', 'main'),
    'argocd/bumped.yaml': at('bumped', 'v1.4.0'),
  });
  repo.commit({ 'argocd/moved.yaml': at('moved', 'v1.4.0'), 'argocd/bumped.yaml': at('bumped', 'v1.5.0') });
  const report = await diffJson();
  expect(changed(report)).toEqual(['bumped not-previewed', 'moved not-previewed']);
  expect(report.apps.find((a) => a.name === 'bumped')?.note).toContain(
    'deploys revision v1.5.0 of this repository, not the pull request',
  );
  expect(report.otherRevisions).toBeUndefined();
});

test("a multi-source app whose values come from a ref pinned to a tag deploys that tag's values: unaffected", async () => {
  const app = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: charted, namespace: argocd}
spec:
  project: default
  sources:
    - repoURL: https://charts.example.com
      chart: web
      targetRevision: 1.0.0
      helm: {valueFiles: [$values/web/values.yaml]}
    - repoURL: ${REPO_URL}
      targetRevision: v1.4.0
      ref: values
  destination: {server: https://kubernetes.default.svc, namespace: charted}
`;
  repo = manifestsRepo({ 'web/values.yaml': 'replicas: 1\n', 'argocd/charted.yaml': app });
  repo.commit({ 'web/values.yaml': 'replicas: 2\n' });
  const report = await diffJson();
  expect(report.apps).toEqual([]);
  expect(others(report)).toEqual(['charted v1.4.0']);
});

describe('ApplicationSets', () => {
  const appSet = (generatorRevision: string, templateRevision: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: envs, namespace: argocd}
spec:
  goTemplate: true
  generators:
    - git:
        repoURL: ${REPO_URL}
        revision: ${generatorRevision}
        directories: [{path: envs/*}]
  template:
    metadata: {name: 'env-{{.path.basename}}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, targetRevision: ${templateRevision}, path: '{{.path.path}}'}
      destination: {server: https://kubernetes.default.svc, namespace: '{{.path.basename}}'}
`;
  const files = { 'envs/dev/cm.yaml': CM('one'), 'envs/prod/cm.yaml': CM('one') };

  test('a git generator and template at the branch are previewed; a template at a tag makes the apps unaffected', async () => {
    repo = manifestsRepo({
      ...files,
      'argocd/envs.yaml': appSet('HEAD', 'HEAD'),
      'argocd/pinned.yaml': appSet('v1.4.0', 'v1.4.0')
        .replace('name: envs', 'name: pinned')
        .replace(/env-/, 'pinned-'),
    });
    repo.commit({ 'envs/dev/cm.yaml': CM('two') });
    const report = await diffJson();
    expect(changed(report)).toEqual(['env-dev changed']);
    expect(others(report)).toEqual(['pinned v1.4.0']);
  });

  test('a git generator at a tag whose template deploys the branch is not previewed, with the reason', async () => {
    repo = manifestsRepo({ ...files, 'argocd/envs.yaml': appSet('v1.4.0', 'HEAD') });
    repo.commit({ 'envs/dev/cm.yaml': CM('two') });
    const report = await diffJson();
    expect(report.notPreviewed).toEqual([
      expect.objectContaining({
        name: 'envs',
        reason: expect.stringContaining('its git generator reads revision v1.4.0, not the pull request'),
      }),
    ]);
  });

  test('an ApplicationSet whose generator reads a tag is not previewed once the pull request changes it', async () => {
    repo = manifestsRepo({ ...files, 'argocd/envs.yaml': appSet('v1.4.0', 'v1.4.0') });
    repo.commit({ 'argocd/envs.yaml': appSet('v1.5.0', 'v1.5.0') });
    const report = await diffJson();
    expect(report.otherRevisions).toBeUndefined();
    // at the base and at the head
    expect(report.notPreviewed.map((n) => n.reason)).toEqual([
      expect.stringMatching(/reads revision v1\.4\.0 .*this pull request changes the ApplicationSet/),
      expect.stringMatching(/reads revision v1\.5\.0 .*this pull request changes the ApplicationSet/),
    ]);
  });
});
