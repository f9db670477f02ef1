// --ignore-resources and --ignore-lines on a real git repository through dist/cli.js: the changes of
// matching objects are left out of the diff shown, counted per app in the JSON and the comment; a change
// whose every changed line matches is shown without its diff; neither is ever approved by the policy
// (docs/fleets.md).
import { manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';

const deployment = (tag: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: "ghcr.io/acme/web:${tag}"}]
`;
const cache = (value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: page-cache}\ndata: {warm: "${value}"}\n`;

const APP = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: web, namespace: argocd}
spec:
  project: default
  source: {repoURL: ${REPO_URL}, path: web}
  destination: {server: https://kubernetes.default.svc, namespace: web}
`;

interface Report {
  totals: { created: number; changed: number; deleted: number };
  apps: Array<{
    name: string;
    status: string;
    ignoredChanges?: number;
    changes: Array<{ object: string; ignoredLines?: boolean }>;
  }>;
}

let repo: ManifestsRepo;
beforeEach(() => {
  repo = manifestsRepo({
    '.slipway.yml': 'environments:\n  web:\n    paths: ["web/**"]\n    auto-merge: any\n',
    'argocd/web.yaml': APP,
    'web/deployment.yaml': deployment('1.0.0'),
    'web/cache.yaml': cache('yes'),
  });
  repo.commit({ 'web/deployment.yaml': deployment('1.0.1'), 'web/cache.yaml': cache('no') });
});
afterEach(() => repo.remove());

const check = (extra: string[]) =>
  runCli(['check', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'markdown', ...extra, repo.dir]);

test('a matching object is left out of the diff and counted; the group comes from apiVersion', async () => {
  const all = JSON.parse((await repo.diff()).stdout) as Report;
  expect(all.apps[0]?.changes.map((c) => c.object)).toEqual([
    'ConfigMap/web/page-cache',
    'Deployment/web/web',
  ]);
  const run = await repo.diff(['--ignore-resources', ':ConfigMap:*-cache']);
  const report = JSON.parse(run.stdout) as Report;
  expect(
    report.apps.map((a) => [a.name, a.status, a.ignoredChanges, a.changes.map((c) => c.object)]),
  ).toEqual([['web', 'changed', 1, ['Deployment/web/web']]]);
  expect(report.totals).toEqual({ created: 0, changed: 1, deleted: 0 });
  // the core group is empty: a ConfigMap is not in group apps
  const other = JSON.parse((await repo.diff(['--ignore-resources', 'apps:ConfigMap:*'])).stdout) as Report;
  expect(other.apps[0]?.ignoredChanges).toBeUndefined();
});

test('the comment counts the ignored change, and the policy never approves it', async () => {
  const shown = await check([]);
  expect(shown.stdout).toContain('**Auto-merge:** not eligible because');
  expect(shown.stdout).toContain('ConfigMap');
  const ignored = await check(['--ignore-resources', ':ConfigMap:*-cache']);
  expect(ignored.stdout).toContain('1 ignored change(s)');
  expect(ignored.stdout).not.toContain('warm');
  expect(ignored.stdout).toMatch(
    /\*\*Auto-merge:\*\* not eligible because\n- app web has 1 ignored change\\?\(s\\?\) \\?\(ignore-resources\\?\), which are never approved\n\n/,
  );
  // ignoring the image bump as well leaves nothing shown, and still nothing approved
  const both = await check(['--ignore-resources', ':ConfigMap:*', '--ignore-resources', 'apps:Deployment:*']);
  expect(both.stdout).toContain('2 ignored change(s)');
  expect(both.stdout).toContain('not eligible because');
});

test('an entry that is not group:kind:name is a usage error saying what to write', async () => {
  const run = await repo.diff(['--ignore-resources', 'ConfigMap:page-cache']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--ignore-resources: "ConfigMap:page-cache" is not group:kind:name');
});

test('--ignore-lines shows a change whose every changed line matches without its diff, and never approves it', async () => {
  const flags = ['--ignore-resources', ':ConfigMap:*', '--ignore-lines', 'image: "?ghcr\\.io/acme/web:'];
  const report = JSON.parse((await repo.diff(flags)).stdout) as Report;
  expect(report.apps[0]?.changes.map((c) => [c.object, c.ignoredLines])).toEqual([
    ['Deployment/web/web', true],
  ]);
  expect(report.totals).toEqual({ created: 0, changed: 1, deleted: 0 });
  const run = await check(flags);
  expect(run.stdout).toContain('changed only in ignored lines');
  expect(run.stdout).not.toContain('```diff');
  expect(run.stdout).toContain('changes only in ignored lines');
  expect(run.stdout).toContain('not eligible because');
  // a line no pattern matches: the whole diff is shown
  const other = JSON.parse((await repo.diff(['--ignore-lines', 'checksum'])).stdout) as Report;
  expect(other.apps[0]?.changes.every((c) => c.ignoredLines === undefined)).toBe(true);
  const bad = await repo.diff(['--ignore-lines', '(?=x)']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--ignore-lines: "(?=x)" is not a regular expression (RE2)');
});
