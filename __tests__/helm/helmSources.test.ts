// Helm sources previewed as Argo CD renders them, against a real helm: each test compares what Slipway
// deploys with `helm template` run by hand with Argo CD's flags (the command is in the test), through
// dist/ (`slipway diff --format json`) on real git repositories.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { helmTest } from '../support/helm.js';
import {
  application,
  chartFiles,
  manifestsRepo,
  type DiffJson,
  type ManifestsRepo,
} from '../support/manifestsRepo.js';

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

const CHART = {
  'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'values.yaml': 'color: grey\nsize: small\nreplicas: 1\n',
  'templates/cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}
  namespace: {{ .Release.Namespace }}
  labels: {chart: "{{ .Chart.Name }}-{{ .Chart.Version }}"}
data:
  color: {{ .Values.color | quote }}
  size: {{ .Values.size | quote }}
  replicas: {{ .Values.replicas | quote }}
`,
};

type Obj = Record<string, unknown>;

/** Objects an app creates, rebuilt from the JSON report's diffs of created objects. */
function created(json: DiffJson | undefined, app: string): Obj[] {
  const changes = json?.apps.find((a) => a.name === app)?.changes ?? [];
  return changes
    .filter((c) => c.change === 'created')
    .map(
      (c) =>
        parseAllDocuments(
          c.diff
            .split('\n')
            .filter((l) => l.startsWith('+'))
            .map((l) => l.slice(1))
            .join('\n'),
        )[0]?.toJS() as Obj,
    );
}

/** `helm template` by hand, as Argo CD's repo-server runs it (util/helm/cmd.go), on a checkout of HEAD. */
function helmByHand(r: ManifestsRepo, args: string[]): Obj[] {
  const checkout = mkdtempSync(join(tmpdir(), 'slipway-hand-'));
  try {
    execFileSync('git', ['clone', '-q', r.dir, checkout]);
    const out = execFileSync('helm', ['template', ...args], { cwd: checkout, env: process.env }).toString();
    return parseAllDocuments(out)
      .map((d) => d.toJS() as Obj | null)
      .filter((o): o is Obj => o !== null);
  } finally {
    rmSync(checkout, { recursive: true, force: true });
  }
}

const byName = (objects: Obj[]) =>
  [...objects].sort((a, b) => JSON.stringify(a.metadata).localeCompare(JSON.stringify(b.metadata)));

helmTest(
  'value files: relative, ../, absolute and $ref from a second source, in order, as helm renders them',
  async () => {
    repo = manifestsRepo({ 'README.md': '# manifests\n' });
    await repo.commit({
      ...chartFiles('charts/demo', CHART),
      'charts/demo/values-prod.yaml': 'color: red\n',
      'charts/common.yaml': 'size: large\n',
      'envs/prod/values.yaml': 'replicas: 3\n',
      'envs/prod/ref-values.yaml': 'color: blue\n',
      'apps/demo.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: demo, namespace: argocd}
spec:
  sources:
    - repoURL: https://github.com/acme/manifests
      path: charts/demo
      helm:
        valueFiles: [values-prod.yaml, ../common.yaml, /envs/prod/values.yaml, $env/envs/prod/ref-values.yaml]
    - repoURL: https://github.com/acme/manifests.git
      ref: env
  destination: {server: https://kubernetes.default.svc, namespace: prod}
`,
    });
    const run = await repo.diff();
    const byHand = helmByHand(repo, [
      'charts/demo',
      '--name-template',
      'demo',
      '--namespace',
      'prod',
      '--kube-version',
      '1.31',
      '--values',
      'charts/demo/values-prod.yaml',
      '--values',
      'charts/common.yaml',
      '--values',
      'envs/prod/values.yaml',
      '--values',
      'envs/prod/ref-values.yaml',
      '--include-crds',
    ]);
    expect(byName(created(run.json, 'demo'))).toEqual(byName(byHand));
    expect(byHand[0]?.data).toEqual({ color: 'blue', size: 'large', replicas: '3' });
  },
);

helmTest('a missing value file fails the app as Argo CD does, unless ignoreMissingValueFiles', async () => {
  repo = manifestsRepo({ 'README.md': '# manifests\n' });
  await repo.commit({
    ...chartFiles('charts/demo', CHART),
    'apps/strict.yaml': application('strict', 'path: charts/demo\nhelm:\n  valueFiles: [missing.yaml]'),
    'apps/lenient.yaml': application(
      'lenient',
      'path: charts/demo\nhelm:\n  valueFiles: [missing.yaml]\n  ignoreMissingValueFiles: true',
    ),
  });
  const run = await repo.diff();
  const strict = run.json?.apps.find((a) => a.name === 'strict');
  expect(strict?.findings.map((f) => f.message)).toEqual([
    expect.stringContaining('value file missing.yaml (charts/demo/missing.yaml) does not exist'),
  ]);
  expect(created(run.json, 'lenient')).toEqual(
    helmByHand(repo, [
      'charts/demo',
      '--name-template',
      'lenient',
      '--namespace',
      'lenient',
      '--kube-version',
      '1.31',
      '--include-crds',
    ]),
  );
});

helmTest('parameters win over valuesObject, which wins over values, which win over value files', async () => {
  repo = manifestsRepo({ 'README.md': '# manifests\n' });
  await repo.commit({
    ...chartFiles('charts/demo', CHART),
    'charts/demo/values-prod.yaml': 'color: red\nsize: medium\nreplicas: 2\n',
    'apps/demo.yaml': application(
      'demo',
      `path: charts/demo
helm:
  valueFiles: [values-prod.yaml]
  values: |
    color: green
    size: huge
  valuesObject: {size: tiny}
  parameters:
    - {name: replicas, value: "7", forceString: true}`,
    ),
  });
  const run = await repo.diff();
  const [cm] = created(run.json, 'demo');
  expect(cm?.data).toEqual({ color: 'red', size: 'tiny', replicas: '7' });
});

helmTest(
  'dependencies: vendored and file:// render offline; one from a chart repository is not previewed',
  async () => {
    const lib = {
      'Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\n',
      'values.yaml': '{}\n',
      'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: from-lib}\n',
    };
    const withDependency = (repository: string) => ({
      ...CHART,
      'Chart.yaml': `apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies:\n  - {name: lib, version: 0.1.0, repository: "${repository}"}\n`,
    });
    repo = manifestsRepo({ 'README.md': '# manifests\n' });
    await repo.commit({
      ...chartFiles('charts/vendored', withDependency('https://charts.example.com')),
      ...chartFiles('charts/vendored/charts/lib', lib),
      ...chartFiles('charts/local', withDependency('file://../lib')),
      ...chartFiles('charts/lib', lib),
      ...chartFiles('charts/remote', withDependency('https://charts.example.com')),
      'apps/vendored.yaml': application('vendored', 'path: charts/vendored'),
      'apps/local.yaml': application('local', 'path: charts/local'),
      'apps/remote.yaml': application('remote', 'path: charts/remote'),
    });
    const run = await repo.diff();
    for (const app of ['vendored', 'local'])
      expect(
        created(run.json, app)
          .map((o) => (o.metadata as Obj).name)
          .sort(),
      ).toEqual([app, 'from-lib'].sort());
    expect(run.json?.apps.find((a) => a.name === 'remote')?.findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'chart dependency lib needs https://charts.example.com, and no Chart.lock names the version to pull',
      ),
    ]);
  },
);

helmTest('hooks run on sync and are never created or pruned; a Helm test hook never runs', async () => {
  const hooks = {
    ...CHART,
    'templates/migrate.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations: {helm.sh/hook: pre-upgrade, helm.sh/hook-delete-policy: hook-succeeded, helm.sh/hook-weight: "-1"}
spec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: "busybox:1.36"}]}}}
`,
    'templates/test.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: smoke-test
  annotations: {helm.sh/hook: test}
spec: {containers: [{name: t, image: "busybox:1.36"}]}
`,
  };
  repo = manifestsRepo({ 'README.md': '# manifests\n' });
  await repo.commit({
    ...chartFiles('charts/demo', hooks),
    'apps/demo.yaml': application('demo', 'path: charts/demo'),
  });
  const run = await repo.diff();
  expect(created(run.json, 'demo').map((o) => o.kind)).toEqual(['ConfigMap']);
  const app = run.json?.apps.find((a) => a.name === 'demo') as unknown as { hooks: Obj[] };
  // each new hook is shown in full: what it runs, never only its name
  expect(app.hooks).toEqual([
    {
      object: 'Job/demo/migrate',
      change: 'new',
      phases: ['PreSync'],
      wave: -1,
      deletePolicies: ['HookSucceeded'],
      from: 'helm',
      diff: expect.stringMatching(/^\+ +- image: busybox:1\.36$/m) as unknown,
    },
    {
      object: 'Pod/demo/smoke-test',
      change: 'new',
      phases: [],
      wave: 0,
      deletePolicies: ['BeforeHookCreation'],
      from: 'helm',
      diff: expect.stringMatching(/^\+ +name: smoke-test$/m) as unknown,
    },
  ]);
  const markdown = (await repo.diff(['--format', 'markdown'])).stdout;
  expect(markdown).toContain('- PreSync · Job/demo/migrate (new) — wave -1, delete policy: HookSucceeded');
  expect(markdown).toContain('- never runs (a Helm hook Argo CD does not run) · Pod/demo/smoke-test (new)');
});

helmTest(
  'a PR that only edits a $ref values file, or only the chart version, re-renders the app',
  async () => {
    repo = manifestsRepo({
      ...chartFiles('charts/demo', CHART),
      'envs/prod/values.yaml': 'color: red\n',
      'apps/demo.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: demo, namespace: argocd}
spec:
  sources:
    - {repoURL: https://github.com/acme/manifests, path: charts/demo, helm: {valueFiles: [$values/envs/prod/values.yaml]}}
    - {repoURL: https://github.com/acme/manifests, ref: values}
  destination: {server: https://kubernetes.default.svc, namespace: prod}
`,
    });
    await repo.commit({ 'envs/prod/values.yaml': 'color: blue\n' });
    const values = await repo.diff();
    expect(values.json?.apps.map((a) => [a.name, a.status, a.changes.map((c) => c.change)])).toEqual([
      ['demo', 'changed', ['changed']],
    ]);
    expect(values.json?.apps[0]?.changes[0]?.diff).toContain('+  color: blue');
    await repo.commit({ 'charts/demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.2.0\n' });
    const version = await repo.diff();
    expect(version.json?.apps[0]?.changes[0]?.diff).toContain('+    chart: demo-0.2.0');
  },
);

helmTest(
  'kustomize helmCharts render through helm under --enable-helm; an option in a field is refused',
  async () => {
    const kustomization = (release: string) =>
      `helmCharts:\n  - name: demo\n    releaseName: "${release}"\n    namespace: web\n    valuesInline: {color: purple}\n`;
    repo = manifestsRepo({ 'README.md': '# manifests\n' });
    await repo.commit({
      ...chartFiles('kustomize/web/charts/demo', CHART),
      'kustomize/web/kustomization.yaml': kustomization('web'),
      'kustomize/evil/kustomization.yaml': kustomization('--post-renderer=/bin/sh'),
      ...chartFiles('kustomize/evil/charts/demo', CHART),
      'apps/web.yaml': application('web', 'path: kustomize/web'),
      'apps/evil.yaml': application('evil', 'path: kustomize/evil'),
    });
    const without = await repo.diff();
    expect(without.json?.apps.find((a) => a.name === 'web')?.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('needs --enable-helm in kustomize-build-options'),
    ]);
    const run = await repo.diff(['--kustomize-build-options', '--enable-helm']);
    expect(created(run.json, 'web').map((o) => [(o.metadata as Obj).name, (o.data as Obj).color])).toEqual([
      ['web', 'purple'],
    ]);
    expect(run.json?.apps.find((a) => a.name === 'evil')?.findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'releaseName "--post-renderer=/bin/sh" would reach helm as an option; not rendered',
      ),
    ]);
  },
);
