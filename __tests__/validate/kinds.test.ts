// Built-in kinds: a kind or version that no Kubernetes API group serves is an error (no CRD can add one);
// typed lists are unwrapped with findings on each item's line; removed APIs follow the deprecation guide.
import { REMOVED_APIS } from '../../src/core/validate/apiVersions.js';
import { runCli } from '../support/runAction.js';
import { findingLines, tempFile as writeTemp, validateSettings, validate } from '../support/validation.js';

const settings = validateSettings;
const summary = findingLines;
const tempFile = (text: string) => writeTemp('all.yaml', text);

test.each([
  ['apps/v1', 'Deploymnet', /^apps\/v1 has no kind Deploymnet; did you mean Deployment\?/],
  ['v1', 'Deployment', /^v1 has no kind Deployment; it is served as apps\/v1/],
  ['apps/v2', 'Deployment', /^API group apps has no version v2; Deployment is served as apps\/v1/],
  ['networking.k8s.io/v1', 'Ingres', /did you mean Ingress\?/],
  ['v1', 'Confgmap', /did you mean ConfigMap\?/],
])('%s %s is an error whatever --require-schemas says', async (apiVersion, kind, message) => {
  const file = tempFile(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n`);
  for (const requireSchemas of [false, true]) {
    const result = await validate(settings([file], { requireSchemas }));
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'unknown-kind',
        line: 1,
        message: expect.stringMatching(message),
      }),
    ]);
  }
});

test('kinds that may exist stay warnings: a CRD group under k8s.io, an alpha version newer than the schemas', async () => {
  const file = tempFile(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
---
apiVersion: resource.k8s.io/v1alpha9
kind: DeviceTaintRule
metadata: {name: t}
`);
  const result = await validate(settings([file]));
  expect(result.findings.map((f) => [f.severity, f.rule, f.line])).toEqual([
    ['warning', 'no-schema', 1],
    ['warning', 'no-schema', 5],
  ]);
});

test('typed lists (CronJobList, PodDisruptionBudgetList) are unwrapped: items validated, findings on the item line', async () => {
  const file = tempFile(`apiVersion: batch/v1
kind: CronJobList
items:
  - metadata: {name: fine}
    spec:
      schedule: "0 * * * *"
      jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: "x:1"}]}}}}
  - metadata: {name: broken}
    spec:
      schedule: 5
---
apiVersion: policy/v1beta1
kind: PodDisruptionBudgetList
items:
  - apiVersion: policy/v1beta1
    kind: PodDisruptionBudget
    metadata: {name: pdb}
    spec: {minAvailable: 1}
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: {name: s}
    spec: {ports: [{port: http}]}
  - 42
`);
  const result = await validate(settings([file]));
  expect(summary(result.findings)).toEqual([
    'error 10: spec is missing required field "jobTemplate"',
    'error 10: spec.schedule must be string',
    'error 15: policy/v1beta1 PodDisruptionBudget is removed in Kubernetes 1.25; use policy/v1',
    'error 26: spec.ports.0.port must be integer',
    'error 27: item 1 of List is not a Kubernetes object',
  ]);
  expect(result.objects).toBe(4);
});

test('every entry of the removed-API table: a warning once deprecated, an error from the release that removed it', async () => {
  const docs = REMOVED_APIS.map(
    (api, i) =>
      `apiVersion: ${api.apiVersion}\nkind: ${api.kinds?.[0] ?? 'Anything'}\nmetadata: {name: o${i}}\n`,
  );
  const file = tempFile(docs.join('---\n'));
  for (const [version, expected] of [
    ['1.8', []],
    ['1.32', REMOVED_APIS.map(() => 'error')],
  ] as const) {
    const result = await validate(settings([file], { kubernetesVersion: version }));
    expect(result.findings.filter((f) => f.rule.endsWith('-api')).map((f) => f.severity)).toEqual(expected);
  }
  const tokenReview = tempFile(
    'apiVersion: authentication.k8s.io/v1beta1\nkind: TokenReview\nspec: {token: x}\n',
  );
  expect(summary((await validate(settings([tokenReview], { kubernetesVersion: '1.21' }))).findings)).toEqual([
    'warning 1: authentication.k8s.io/v1beta1 TokenReview is deprecated since 1.19 and removed in 1.22; use authentication.k8s.io/v1',
  ]);
});

test('--kubernetes-version abc is a usage error (exit 2); 1.31 is the documented default', async () => {
  const file = tempFile('apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}\n');
  const bad = await runCli(['validate', '--kubernetes-version', 'abc', file]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain(
    '--kubernetes-version must be a Kubernetes minor version like 1.31; got "abc"',
  );
  const trailing = await runCli(['validate', '--kubernetes-version', '1.31abc', file]);
  expect(trailing.code).toBe(2);
  const byDefault = await runCli(['validate', file]);
  expect(byDefault.stdout).toContain('removed in Kubernetes 1.25');
  expect((await runCli(['validate', '--help'])).stdout).toContain('(default: "1.31")');
});

test('objects with generateName and no name never collide', async () => {
  const job =
    'apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: migrate-}\nspec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: "x:1"}]}}}\n';
  const result = await validate(settings([tempFile(`${job}---\n${job}`)]));
  expect(result.findings).toEqual([]);
});

test('argoproj.io is not a built-in group: an Argo Rollout or Workflow without its CRD is "no schema", not an unknown kind', async () => {
  const file = tempFile(
    [
      'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {generateName: build-}\n',
    ].join('---\n'),
  );
  const result = await validate(validateSettings([file]));
  expect(result.findings.map((f) => [f.severity, f.rule, f.line])).toEqual([
    ['warning', 'no-schema', 1],
    ['warning', 'no-schema', 5],
  ]);
});
