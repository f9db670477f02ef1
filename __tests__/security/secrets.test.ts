// Secret values stay hidden in every shape a manifest can give them, and in renderers' error messages.
// Through dist/ (`slipway diff` as JSON, markdown and text), with a real helm for the chart's messages.
import { helmTest } from '../support/helm.js';
import {
  application,
  chartFiles,
  manifestsRepo,
  VALUES_CHART,
  type ManifestsRepo,
} from '../support/manifestsRepo.js';

const SECRETS = [
  'hunter2-in-a-list',
  'c3VwZXJzZWNyZXQ=',
  'lowercase-kind-value',
  'misspelt-stringdata',
  'bare-data-string',
  'db-password-param',
  'values-api-token',
  'object-private-key',
  'chart-fail-value',
];

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

async function everyFormat(r: ManifestsRepo): Promise<string> {
  const outputs = await Promise.all(['json', 'markdown', 'text'].map((f) => r.diff(['--format', f])));
  return outputs.map((o) => o.stdout + o.stderr).join('\n');
}

test('Secrets inside lists, of any case, with misspelt or string fields, are masked in every format', async () => {
  repo = manifestsRepo({ 'apps/web/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' });
  await repo.commit({
    'apps/web/list.yaml': `apiVersion: v1
kind: SecretList
items:
  - apiVersion: v1
    kind: Secret
    metadata: {name: in-list}
    stringData: {password: hunter2-in-a-list}
  - apiVersion: v1
    kind: Secret
    metadata: {name: in-list-data}
    data: {token: c3VwZXJzZWNyZXQ=}
`,
    'apps/web/odd.yaml': `apiVersion: v1
kind: secret
metadata: {name: lower}
stringData: {key: lowercase-kind-value}
---
apiVersion: v1
kind: Secret
metadata: {name: misspelt}
stringdata: {key: misspelt-stringdata}
---
apiVersion: v1
kind: Secret
metadata: {name: bare}
data: bare-data-string
`,
  });
  const out = await everyFormat(repo);
  expect(out).toContain('Secret/in-list');
  expect(out).toContain('<secret value hidden>');
  for (const value of SECRETS) expect(out).not.toContain(value);
});

test('Application Helm parameters and values whose names look secret are masked', async () => {
  const app = (password: string) =>
    application(
      'child',
      `path: charts/child
helm:
  parameters:
    - {name: db.password, value: ${password}}
    - {name: replicas, value: "2"}
  values: |
    api:
      token: values-api-token
  valuesObject:
    tls: {privateKey: object-private-key}`,
    );
  // app-of-apps: the parent deploys the child Application, so the child's spec is part of the diff
  repo = manifestsRepo({
    'apps/parent.yaml': application('parent', 'path: parent'),
    'parent/child.yaml': app('old-password'),
    ...chartFiles('charts/child', {
      'Chart.yaml': VALUES_CHART['Chart.yaml'],
      'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: child}\n',
    }),
  });
  await repo.commit({ 'parent/child.yaml': app('db-password-param') });
  const out = await everyFormat(repo);
  expect(out).toContain('Application/argocd/child');
  expect(out).toContain('<secret value changed>');
  for (const value of [...SECRETS, 'old-password']) expect(out).not.toContain(value);
});

helmTest(
  'a chart whose `fail` message quotes a value is reported by file and line, without the value',
  async () => {
    const failing = {
      ...VALUES_CHART,
      'templates/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  password: {{ fail (printf "bad password %s" .Values.password) }}\n',
    };
    repo = manifestsRepo({
      ...chartFiles('charts/demo', failing),
      'apps/demo.yaml': application('demo', 'path: charts/demo'),
    });
    await repo.commit({ 'charts/demo/values.yaml': 'password: chart-fail-value\n' });
    const run = await repo.diff();
    const message = run.json?.apps[0]?.findings[0]?.message ?? '';
    expect(message).toMatch(
      /helm template failed: .*execution error at \(demo\/templates\/secret\.yaml:5:\d+\): \(the chart’s message is not shown/,
    );
    expect(await everyFormat(repo)).not.toContain('chart-fail-value');
  },
);
