// The multi-repo setup with fakes: the Applications live in another repository (a fake fetch gives its
// files), their sources point at this one. Each source here is rendered from the pull request's base and
// head; the applications repository is read once, the same for both; an app tracking another revision
// of this repository is unaffected; an applications repository that cannot be fetched is an error naming
// it, never a green preview that saw none of its apps.
import { eligibility } from '../../src/core/policy/eligibility.js';
import { parsePolicy } from '../../src/core/policy/parsePolicy.js';
import { treeFromTexts, type FileTree } from '../../src/core/fileTree.js';
import { localRenderer } from '../../src/edges/renderers.js';
import { computeDiff, fetchApplications, type PreviewSettings } from '../../src/pipeline/preview.js';
import type { OtherTree } from '../../src/pipeline/renderOptions.js';
import { parsePreviewOptions } from '../../src/settings/preview.js';
import { cliCheckSettings } from '../../src/cli/runners.js';
import { planCheck } from '../../src/commands/checkPipeline.js';
import { fakeClock, fakeTrees } from '../support/fakes.js';

const REPO = 'https://github.com/acme/manifests';
const APPS = 'https://github.com/acme/argocd-apps';
const SETTINGS: PreviewSettings = {
  repoUrls: [REPO],
  render: 'changed',
  kubernetesVersion: '1.31',
  strict: false,
  requireSchemas: false,
  imageTagSeverity: 'warning',
  kustomizeBuildOptions: [],
  paths: [],
  tracking: { branch: 'main', also: [] },
};
const app = (name: string, source: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}, namespace: argocd}
spec:
  project: default
  source: ${source}
  destination: {server: https://kubernetes.default.svc, namespace: ${name}}
`;
const CM = (name: string, value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {value: "${value}"}\n`;

/** A fake fetch of the applications repository (and any other): the trees it holds, the asks it got. */
function fetcher(trees: Record<string, FileTree>): { otherTree: OtherTree; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    otherTree: (url, revision) => {
      asked.push(`${url}@${revision}`);
      const tree = trees[`${url}@${revision}`];
      return Promise.resolve(
        tree ? { sha: 'a'.repeat(40), tree } : { error: "couldn't find remote ref " + revision },
      );
    },
  };
}

const appsTree = treeFromTexts({
  // this repository spelt the ssh way, in capitals, with .git
  'argocd/web.yaml': app('web', '{repoURL: "git@github.com:Acme/Manifests.git", path: web}'),
  'argocd/pinned.yaml': app('pinned', `{repoURL: ${REPO}, path: web, targetRevision: v1.4.0}`),
  // a source in the applications repository itself: fetched from there, the same at both sides
  'argocd/infra.yaml': app('infra', `{repoURL: ${APPS}.git, path: infra}`),
  'infra/cm.yaml': CM('infra', 'one'),
  'other/ignored.yaml': app('ignored', `{repoURL: ${REPO}, path: web}`),
});

async function preview(
  base: Record<string, string>,
  head: Record<string, string>,
  fake: ReturnType<typeof fetcher>,
  revision = 'HEAD',
) {
  const applications = await fetchApplications(
    { repository: 'acme/argocd-apps', revision, path: 'argocd' },
    'https://github.com',
    fake.otherTree,
  );
  return computeDiff(
    treeFromTexts(base),
    treeFromTexts(head),
    { ...SETTINGS, otherTree: fake.otherTree, ...(applications && { applications }) },
    localRenderer,
  );
}

test("an app of the applications repository is previewed with this repository's base and head", async () => {
  const fake = fetcher({ [`${APPS}@HEAD`]: appsTree });
  // no Application in this repository: its folders are no apps of their own
  const run = await preview({ 'web/cm.yaml': CM('web', 'one') }, { 'web/cm.yaml': CM('web', 'two') }, fake);
  expect(run.diff.apps.map((a) => [a.name, a.status, a.file, a.line])).toEqual([
    ['web', 'changed', `${APPS}@HEAD:argocd/web.yaml`, 1],
  ]);
  const change = run.diff.apps[0]?.changes[0];
  expect([change?.change, change?.object, change?.file]).toEqual([
    'changed',
    'ConfigMap/web/web',
    'web/cm.yaml',
  ]);
  expect((change?.after as { data: unknown }).data).toEqual({ value: 'two' });
  // the app tracking a tag of this repository is unaffected, named where it is defined
  expect(run.diff.otherRevisions).toEqual([
    { name: 'pinned', file: `${APPS}@HEAD:argocd/pinned.yaml`, line: 1, revision: 'v1.4.0' },
  ]);
  // infra reads nothing of this repository: unchanged, never rendered; ignored is outside applications-path
  expect(run.diff.unchangedApps).toBe(1);
  expect(run.units).toBe(3);
  expect(run.diff.notPreviewed).toEqual([]);
  // the applications repository was fetched once
  expect(fake.asked).toEqual([`${APPS}@HEAD`]);
});

test('a change to a file of this repository named like an Application file there affects no app', async () => {
  const fake = fetcher({ [`${APPS}@HEAD`]: appsTree });
  const files = { 'web/cm.yaml': CM('web', 'one') };
  const run = await preview(files, { ...files, 'argocd/web.yaml': 'not: an app\n' }, fake);
  expect(run.diff.apps).toEqual([]);
  expect(run.uncovered).toEqual(['argocd/web.yaml']);
});

test('an applications repository that cannot be fetched: one not-previewed entry naming it, an error', async () => {
  const fake = fetcher({});
  const local = app('local', `{repoURL: ${REPO}, path: local}`);
  const run = await preview(
    { 'argocd/local.yaml': local, 'local/cm.yaml': CM('local', 'one') },
    { 'argocd/local.yaml': local, 'local/cm.yaml': CM('local', 'two') },
    fake,
    'release-9',
  );
  const where = `${APPS}@release-9`;
  expect(run.diff.apps.map((a) => [a.name, a.status])).toEqual([
    [`applications of ${where}`, 'not-previewed'],
    ['local', 'changed'],
  ]);
  const lost = run.diff.apps[0];
  expect(lost?.note).toBe(
    `not previewed: ${where}:1: could not fetch ${where} (couldn't find remote ref release-9): the Applications it holds (input applications-repository) are not previewed`,
  );
  expect(lost?.findings.map((f) => [f.severity, f.rule])).toEqual([['error', 'not-previewed']]);
  // a policy that would let any change merge on its own does not let this one: the preview is incomplete
  const policy = parsePolicy(
    '.slipway.yml',
    'environments:\n  all:\n    paths: ["**"]\n    auto-merge: any\n',
  );
  const verdict = eligibility({
    ...(policy.policy && { policy: policy.policy }),
    policyErrors: policy.errors,
    fork: false,
    changedFiles: ['local/cm.yaml'],
    uncovered: run.uncovered,
    diff: run.diff,
  });
  expect(verdict.eligible).toBe(false);
  expect(verdict.reasons).toContainEqual(
    expect.stringContaining(`app applications of ${where} was not fully previewed`),
  );
});

test('an applications-path the repository lacks is the reason, not an empty preview', async () => {
  const applications = await fetchApplications(
    { repository: APPS, revision: 'HEAD', path: 'nowhere' },
    'https://github.com',
    fetcher({ [`${APPS}@HEAD`]: appsTree }).otherTree,
  );
  expect(applications).toMatchObject({ url: APPS, error: 'it has no folder nowhere (applications-path)' });
});

describe('the inputs, checked', () => {
  const parse = (inputs: Record<string, string>) => () =>
    parsePreviewOptions(
      (name) => inputs[name] ?? '',
      [],
      (name) => `--${name}`,
    );

  test('owner/name or a URL, a revision to fetch, a folder inside: kept as given', () => {
    expect(
      parse({
        'applications-repository': 'git@github.com:acme/argocd-apps.git',
        'applications-revision': 'release-1',
        'applications-path': './argocd/prod/',
      })().applicationsRepository,
    ).toEqual({
      repository: 'git@github.com:acme/argocd-apps.git',
      revision: 'release-1',
      path: 'argocd/prod',
    });
    expect(parse({ 'applications-repository': 'acme/argocd-apps' })().applicationsRepository).toEqual({
      repository: 'acme/argocd-apps',
      revision: 'HEAD',
      path: '',
    });
  });

  test.each([
    [
      { 'applications-revision': 'main' },
      '--applications-revision is set, but --applications-repository is not',
    ],
    [
      { 'applications-repository': 'argocd-apps' },
      '--applications-repository: name it as owner/name or as a URL',
    ],
    [
      { 'applications-repository': 'acme/apps', 'applications-revision': 'abc1234' },
      '--applications-revision must be a branch, a tag, HEAD or a full commit id; got "abc1234"',
    ],
    [
      { 'applications-repository': 'acme/apps', 'applications-path': '../elsewhere' },
      '--applications-path is a folder of the applications repository',
    ],
  ])('%j is refused: %s', (inputs, message) => {
    expect(parse(inputs)).toThrow(message);
  });
});

test("check plan counts the applications repository's apps the change affects (the shards render them)", async () => {
  const fake = fetcher({ [`${APPS}@HEAD`]: appsTree });
  const settings = cliCheckSettings(
    'check plan',
    'repo',
    {
      baseRevision: 'base',
      head: 'head',
      applicationsRepository: 'acme/argocd-apps',
      applicationsPath: 'argocd',
    },
    {},
    REPO,
  );
  const silent = {
    info: () => undefined,
    debug: () => undefined,
    warning: () => undefined,
    error: () => undefined,
  };
  // a pull request into main (the CLI learns it from git: withTracking)
  const plan = await planCheck({ ...settings, tracking: { branch: 'main', also: [] } }, silent, {
    trees: fakeTrees(
      {},
      {
        'repo@base': treeFromTexts({ 'web/cm.yaml': CM('web', 'one') }),
        'repo@head': treeFromTexts({ 'web/cm.yaml': CM('web', 'two') }),
      },
    ),
    clock: fakeClock(),
    repositories: () => ({ tree: (url, revision) => fake.otherTree(url, revision) }),
  });
  // web, pinned and infra are known; web is affected (pinned tracks a tag)
  expect([plan.units, plan.affected]).toEqual([3, 1]);
  expect(fake.asked).toEqual([`${APPS}@HEAD`]);
});
