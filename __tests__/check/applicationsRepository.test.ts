// The multi-repo setup through dist/cli.js on real git repositories: the Argo CD Applications live in an
// applications repository (a local bare repository its https URL is mapped to, as the runner's
// url.<base>.insteadOf does), their sources point at this one. An app there deploying a folder the pull
// request changes is previewed with the change, as kubectl kustomize builds the folder; one tracking a tag
// of this repository is unaffected; an applications repository that cannot be fetched is "not previewed"
// with its URL and the reason, in the JSON report and the comment, and fails the check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { htmlText, mdText } from '../../src/core/report/markdownText.js';
import { manifestsRepo, REPO_URL, type DiffJson, type ManifestsRepo } from '../support/manifestsRepo.js';
import { fetchEnv, otherRepo, type OtherRepo } from '../support/otherRepo.js';
import { runCli } from '../support/runAction.js';

const APPS_URL = 'https://git.test/acme/argocd-apps';

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

type Report = Omit<DiffJson, 'apps'> & {
  apps: Array<DiffJson['apps'][number] & { note?: string; file: string }>;
  otherRevisions?: Array<{ name: string; revision: string; file: string; line: number }>;
  unchangedApps: number;
};

let repo: ManifestsRepo | undefined;
let apps: OtherRepo | undefined;
let cache = '';
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'slipway-cache-'));
  // the Applications: one deploys this repository's apps/web (named the ssh way), one a tag of it
  apps = otherRepo(APPS_URL, {
    'argocd/web.yaml': app('web', '{repoURL: "git@github.com:acme/manifests.git", path: apps/web}'),
    'argocd/pinned.yaml': app('pinned', `{repoURL: ${REPO_URL}, path: apps/web, targetRevision: v1.4.0}`),
  });
  // this repository holds no Application: only what they deploy
  repo = manifestsRepo({
    'apps/web/kustomization.yaml': 'resources: [cm.yaml]\n',
    'apps/web/cm.yaml': CM('settings', 'one'),
  });
  repo.commit({
    'apps/web/kustomization.yaml':
      'resources: [cm.yaml]\nconfigMapGenerator:\n  - name: web-config\n    literals: [mode=fast]\n',
  });
});
afterEach(() => {
  repo?.remove();
  apps?.remove();
  repo = apps = undefined;
  rmSync(cache, { recursive: true, force: true });
});

async function diff(args: string[], format = 'json') {
  return runCli(
    ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', format, ...args, (repo as ManifestsRepo).dir],
    { env: fetchEnv(cache, [apps as OtherRepo]) },
  );
}

test('an app of the applications repository is previewed with the change, as kubectl kustomize builds it; a pinned one is unaffected', async () => {
  const run = await diff(['--applications-repository', APPS_URL]);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as Report;
  expect(report.apps.map((a) => [a.name, a.status, a.file])).toEqual([
    ['web', 'changed', `${APPS_URL}@HEAD:argocd/web.yaml`],
  ]);
  // the new ConfigMap, named with the hash kustomize gives it
  const built = parseAllDocuments(
    execFileSync('kubectl', ['kustomize', join((repo as ManifestsRepo).dir, 'apps/web')]).toString(),
  ).map((d) => d.toJS() as { kind: string; metadata: { name: string }; data: Record<string, string> });
  const generated = built.find((o) => o.metadata.name.startsWith('web-config-'));
  expect(generated?.data).toEqual({ mode: 'fast' });
  const web = report.apps[0] as Report['apps'][number];
  expect(web.changes.map((c) => [c.change, c.object])).toEqual([
    ['created', `ConfigMap/web/${generated?.metadata.name}`],
  ]);
  expect(web.changes[0]?.diff).toContain('+  mode: fast');
  // the app tracking a tag of this repository: merging this pull request does not change it
  expect(report.otherRevisions).toEqual([
    { name: 'pinned', revision: 'v1.4.0', file: `${APPS_URL}@HEAD:argocd/pinned.yaml`, line: 1 },
  ]);
  expect(report.notPreviewed).toEqual([]);

  // without the input, this repository alone holds no Application: its folder is previewed as one
  const alone = JSON.parse((await diff([])).stdout) as Report;
  expect(alone.apps.map((a) => a.name)).toEqual(['apps/web']);
});

test('an applications repository that cannot be fetched: not previewed with its URL and the reason, and an error', async () => {
  const args = ['--applications-repository', APPS_URL, '--applications-revision', 'no-such-branch'];
  const run = await diff(args);
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as Report;
  const where = `${APPS_URL}@no-such-branch`;
  expect(report.apps.map((a) => [a.name, a.status])).toEqual([[`applications of ${where}`, 'not-previewed']]);
  const lost = report.apps[0] as Report['apps'][number];
  expect(lost.note).toMatch(
    new RegExp(
      `^not previewed: ${where.replace(/[.]/g, '\\.')}:1: could not fetch ${where.replace(/[.]/g, '\\.')} \\(couldn't find remote ref no-such-branch\\)`,
    ),
  );
  expect(lost.findings.map((f) => [f.severity, f.rule])).toEqual([['error', 'not-previewed']]);
  const markdown = await diff(args, 'markdown');
  expect(markdown.code).toBe(1);
  // the comment names it too (escaped as the comment writes text: an @ is never a mention)
  const said = `could not fetch ${where} (couldn't find remote ref no-such-branch)`;
  expect([mdText(said), htmlText(said)].filter((text) => markdown.stdout.includes(text))).not.toEqual([]);
});
