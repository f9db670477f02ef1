// What argocd-diff-preview users reach for, on real git repositories through dist/cli.js: a label
// selector for the apps to preview and an annotation to opt out (an app left out that the pull request
// changes is reported as not previewed, never dropped), the lines of context of the diffs, and a link to
// each app in the Argo CD UI.
import { manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';

const CM = (value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  a: "1"\n  b: "2"\n  c: "3"\n  value: "${value}"\n  x: "4"\n  y: "5"\n  z: "6"\n`;

/** An app deploying `web`, with labels and annotations. */
const app = (name: string, labels: string, annotations = '{}') => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
  labels: ${labels}
  annotations: ${annotations}
spec:
  project: default
  source: {repoURL: ${REPO_URL}, path: web}
  destination: {server: https://kubernetes.default.svc, namespace: ${name}}
`;

interface Report {
  apps: Array<{
    name: string;
    status: string;
    note?: string;
    findings: Array<{ rule: string; severity: string; message: string }>;
    changes: Array<{ diff: string }>;
  }>;
}

let repo: ManifestsRepo;
beforeEach(() => {
  repo = manifestsRepo({
    'argocd/web.yaml': app('web', '{team: payments}'),
    'argocd/search.yaml': app('search', '{team: search}'),
    'argocd/quiet.yaml': app('quiet', '{team: payments}', '{slipway/preview: "false"}'),
    'web/cm.yaml': CM('one'),
  });
  repo.commit({ 'web/cm.yaml': CM('two') });
});
afterEach(() => repo.remove());

const states = (report: Report) =>
  report.apps
    .map((a) => `${a.name} ${a.status}${a.status === 'not-previewed' ? `: ${a.findings[0]?.message}` : ''}`)
    .sort();

test('--selector previews the apps it selects; the others the pull request changes are not previewed, saying why', async () => {
  const run = await repo.diff(['--selector', 'team=payments']);
  const report = JSON.parse(run.stdout) as Report;
  expect(states(report)).toEqual([
    'quiet not-previewed: excluded by its annotation slipway/preview: "false"',
    'search not-previewed: excluded by selector team=payments',
    'web changed',
  ]);
  // a warning each: `check --fail-on warning` stops the merge (and the policy never approves it)
  const check = await runCli([
    'check',
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--selector',
    'team=payments',
    '--fail-on',
    'warning',
    repo.dir,
  ]);
  expect(check.code).toBe(1);
  expect(check.stderr).toContain('excluded by selector team=payments');
});

test('without a selector, every app is previewed but the one that opts out', async () => {
  const report = JSON.parse((await repo.diff()).stdout) as Report;
  expect(states(report)).toEqual([
    'quiet not-previewed: excluded by its annotation slipway/preview: "false"',
    'search changed',
    'web changed',
  ]);
});

test('a selector that is not one is a usage error naming the flag', async () => {
  const run = await repo.diff(['--selector', 'team=pay ments']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--selector must be a label selector');
});

test('--context-lines sets the lines of context around each change', async () => {
  const diffOf = async (lines: string) =>
    (
      JSON.parse((await repo.diff(['--context-lines', lines, '--selector', 'team=search'])).stdout) as Report
    ).apps.find((a) => a.name === 'search')?.changes[0]?.diff ?? '';
  const none = await diffOf('0');
  expect(none).toContain('+  value: two');
  expect(none).not.toMatch(/^ +c: /m);
  const five = await diffOf('5');
  expect(five).toMatch(/^ +a: /m);
  expect(five).toMatch(/^ +z: /m);
  const bad = await repo.diff(['--context-lines', 'many']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--context-lines must be a whole number');
});

test('--argocd-url links each app of the comment to its page in the Argo CD UI', async () => {
  const run = await repo.diff(['--format', 'markdown', '--argocd-url', 'https://argocd.example.com/']);
  expect(run.stdout).toContain('· [Argo CD](https://argocd.example.com/applications/argocd/web)');
  expect(run.stdout).toContain('· [Argo CD](https://argocd.example.com/applications/argocd/search)');
  const bad = await repo.diff(['--argocd-url', 'javascript:alert(1)']);
  expect(bad.code).toBe(2);
});
