// The cluster generator on a real git repository through dist/cli.js: cluster Secrets committed in a
// folder the `clusters` input (--clusters) names, read at the base; a selector picking one cluster, a
// matrix of clusters × git directories whose apps render what `kubectl kustomize` of their folder
// gives, a destination by cluster name found as that cluster's server, the reason named without the
// input, and a Secret's credentials in no output at all.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { manifestsRepo, REPO_URL, type DiffJson, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';

const CONFIG = 's3cr3t-cluster-token';
const b64 = (s: string) => Buffer.from(s).toString('base64');

const CLUSTERS = `apiVersion: v1
kind: Secret
metadata:
  name: cluster-staging
  namespace: argocd
  labels: {argocd.argoproj.io/secret-type: cluster, env: staging}
stringData:
  name: staging
  server: https://staging.k8s.example.com
  config: '{"bearerToken": "${CONFIG}"}'
---
apiVersion: v1
kind: Secret
metadata:
  name: cluster-prod
  namespace: argocd
  labels: {argocd.argoproj.io/secret-type: cluster, env: prod}
data:
  name: ${b64('prod')}
  server: ${b64('https://prod.k8s.example.com')}
  config: ${b64(`{"bearerToken": "${CONFIG}"}`)}
`;

/** The clusters labelled env=prod: one app each, deploying web/ to the cluster's server. */
const FLEET = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: fleet, namespace: argocd}
spec:
  goTemplate: true
  generators:
    - clusters:
        selector: {matchLabels: {env: prod}}
  template:
    metadata: {name: '{{.name}}-web'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, path: web}
      destination: {server: '{{.server}}', namespace: web}
`;

/** Every cluster with an env label × every folder of apps/: destinations by cluster name. */
const MATRIX = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: per-cluster, namespace: argocd}
spec:
  goTemplate: true
  generators:
    - matrix:
        generators:
          - clusters:
              selector:
                matchExpressions: [{key: env, operator: Exists}]
          - git:
              repoURL: ${REPO_URL}
              revision: HEAD
              directories: [{path: 'apps/*'}]
  template:
    metadata: {name: '{{.name}}-{{.path.basename}}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, path: '{{.path.path}}'}
      destination: {name: '{{.name}}', namespace: web}
`;

const configMap = (name: string, value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, namespace: web}\ndata: {value: "${value}"}\n`;
const KUSTOMIZATION = 'resources: [cm.yaml]\nlabels:\n  - pairs: {tier: backend}\n';

interface Report extends DiffJson {
  apps: Array<
    DiffJson['apps'][number] & { changes: Array<{ change: string; object: string; diff: string }> }
  >;
}

let repo: ManifestsRepo;
beforeAll(() => {
  repo = manifestsRepo({
    'argocd/clusters/clusters.yaml': CLUSTERS,
    'argocd/fleet.yaml': FLEET,
    'argocd/per-cluster.yaml': MATRIX,
    'web/kustomization.yaml': KUSTOMIZATION,
    'web/cm.yaml': configMap('settings', 'one'),
    'apps/a/kustomization.yaml': KUSTOMIZATION,
    'apps/a/cm.yaml': configMap('a', '1'),
  });
  // the head changes web/ and adds apps/c, whose ConfigMap prod's web app deploys too
  repo.commit({
    'web/cm.yaml': configMap('settings', 'two'),
    'apps/c/kustomization.yaml': KUSTOMIZATION,
    'apps/c/cm.yaml': configMap('settings', 'c'),
  });
});
afterAll(() => repo.remove());

const states = (report: Report) => report.apps.map((a) => `${a.name} ${a.status}`).sort();

/** The objects a created app's diff adds, as YAML documents. */
const created = (app: Report['apps'][number]) =>
  app.changes
    .filter((c) => c.change === 'created')
    .map(
      (c) =>
        parseAllDocuments(
          c.diff
            .split('\n')
            .filter((l) => l.startsWith('+') && !l.startsWith('+++'))
            .map((l) => l.slice(1))
            .join('\n'),
        )[0]?.toJS() as unknown,
    );

test('with --clusters: the selector picks prod, the matrix spans both clusters, and the apps render as kubectl kustomize', async () => {
  const run = await repo.diff(['--clusters', 'argocd/clusters']);
  expect(run.stderr).not.toContain(CONFIG);
  expect(run.stdout).not.toContain(CONFIG);
  const report = JSON.parse(run.stdout) as Report;
  expect(report.notPreviewed).toEqual([]);
  // fleet: prod only (a selector leaves the local cluster out); the matrix: prod and staging × apps/c
  expect(states(report)).toEqual(['prod-c new', 'prod-web changed', 'staging-c new']);
  const kustomized = parseAllDocuments(
    execFileSync('kubectl', ['kustomize', join(repo.dir, 'apps/c')]).toString(),
  ).map((d) => d.toJS() as unknown);
  for (const name of ['prod-c', 'staging-c'])
    expect(created(report.apps.find((a) => a.name === name) as Report['apps'][number])).toEqual(kustomized);
  // prod-c deploys by name to the cluster prod-web deploys to by server: one object, two apps
  const shared = report.apps.flatMap((a) =>
    a.findings.filter((f) => f.rule === 'shared-object').map((f) => `${a.name}: ${f.message}`),
  );
  expect(shared).toEqual([
    expect.stringMatching(
      /^prod-(c|web): ConfigMap\/web\/settings is also deployed by prod-(web|c) to https:\/\/prod\.k8s\.example\.com;/,
    ),
  ]);
});

test('without --clusters: each ApplicationSet with a cluster generator is not previewed, saying what it needs', async () => {
  const run = await repo.diff();
  const report = JSON.parse(run.stdout) as Report;
  expect(report.notPreviewed.map((n) => `${n.name}: ${n.reason}`).sort()).toEqual([
    'fleet: ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
    'per-cluster: ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
  ]);
  const markdown = await runCli([
    'diff',
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--format',
    'markdown',
    repo.dir,
  ]);
  // (the markdown escapes the backticks)
  expect(markdown.stdout).toContain(
    'fleet — ApplicationSet: its clusters generator needs cluster definitions',
  );
});

test('the cluster definitions come from the base: a pull request cannot add or remove a cluster', async () => {
  const before = repo.git('rev-parse', 'HEAD');
  try {
    // the head removes prod and adds a cluster: both sides are still generated from the base's Secrets
    repo.commit({
      'argocd/clusters/clusters.yaml': CLUSTERS.replace('name: cluster-prod', 'name: cluster-gone').replace(
        `name: ${b64('prod')}`,
        `name: ${b64('forged')}`,
      ),
      'web/cm.yaml': configMap('settings', 'three'),
    });
    const report = JSON.parse((await repo.diff(['--clusters', 'argocd/clusters'])).stdout) as Report;
    expect(states(report)).toEqual(['prod-web changed']);
  } finally {
    repo.git('reset', '-q', '--hard', before);
  }
});

test('check: a folder outside the repository is a usage error, and no output holds a Secret value', async () => {
  const outside = await runCli(['check', '--base', 'HEAD~1', '--clusters', '../clusters', repo.dir]);
  expect(outside.code).toBe(2);
  expect(outside.stderr).toContain(
    '--clusters is a folder of the repository holding Argo CD cluster Secrets',
  );
  for (const format of ['text', 'markdown', 'json', 'sarif']) {
    const run = await runCli([
      'check',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--clusters',
      'argocd/clusters',
      '--format',
      format,
      repo.dir,
    ]);
    expect(`${run.stdout}${run.stderr}`).toContain('prod-web');
    expect(`${run.stdout}${run.stderr}`).not.toContain(CONFIG);
    expect(`${run.stdout}${run.stderr}`).not.toContain(b64(`{"bearerToken": "${CONFIG}"}`));
  }
});
