// Discovery, rendering and validation of what each Argo CD application deploys.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAll } from '../src/pipeline/renderWaves.js';
import { parseValidateSettings, type ValidateSettings } from '../src/settings.js';
import { validate } from './support/validation.js';
import { discoverUnits } from '../src/core/argo/discovery.js';
import { expanderOf } from '../src/core/argo/applicationSets.js';
import { treeFromTexts } from '../src/core/fileTree.js';
import { normalizeRepoUrl } from '../src/core/argo/repoUrl.js';
import { toSarif } from '../src/core/report/findings.js';
import { hasBinary, minimalEnv } from '../src/edges/childProcess.js';
import { gitTree } from '../src/edges/trees.js';
import { localRenderer } from '../src/edges/renderers.js';
import { ROOT, runCli } from './support/runAction.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'validate');
const REPO = 'https://github.com/acme/manifests';
/** The repository examples/manifests' Applications name. */
const EXAMPLES = 'https://github.com/acme/k8s-manifests';
const settings = (targets: string[], extra: Partial<ValidateSettings> = {}): ValidateSettings => ({
  // as the CLI builds them from no flags
  ...parseValidateSettings(() => '', targets),
  repoUrls: [REPO, EXAMPLES],
  ...extra,
});
const messages = (findings: Array<{ severity: string; message: string }>, severity: string) =>
  findings.filter((f) => f.severity === severity).map((f) => f.message);

test.each([
  ['https://github.com/acme/manifests.git', 'github.com/acme/manifests'],
  ['git@github.com:acme/manifests.git', 'github.com/acme/manifests'],
  ['ssh://git@github.com/acme/manifests', 'github.com/acme/manifests'],
  ['https://GitHub.com/Acme/Manifests/', 'github.com/acme/manifests'],
  ['ssh://git@gitlab.example.com:2222/acme/manifests.git', 'gitlab.example.com/acme/manifests'],
])('repo URL %s is %s', (url, normal) => {
  expect(normalizeRepoUrl(url)).toBe(normal);
});

test('a kustomize overlay tree: apps, namespaces, files of origin', async () => {
  const result = await validate(settings([join(ROOT, 'examples', 'manifests')]));
  expect(result.findings).toEqual([]);
  expect(result.units).toBe(3);
  const tree = (await import('../src/edges/trees.js')).diskTree(join(ROOT, 'examples', 'manifests'));
  const { outputs } = await renderAll(tree, discoverUnits(tree, [EXAMPLES]).units, {
    renderer: localRenderer,
    strict: false,
    kubernetesVersion: '1.31',
    repoUrls: [EXAMPLES],
  });
  const staging = outputs.find((o) => o.unit.id === 'app:api-staging');
  const deployment = staging?.objects.find((o) => o.obj.kind === 'Deployment');
  expect(deployment).toMatchObject({ file: 'apps/api/base/deployment.yaml', line: 1 });
  expect((deployment?.obj.metadata as { namespace: string }).namespace).toBe('api-staging');
  expect(JSON.stringify(deployment?.obj)).not.toContain('config.kubernetes.io/origin');
  const web = outputs.find((o) => o.unit.id === 'app:web');
  expect(web?.objects.map((o) => [o.obj.kind, (o.obj.metadata as { namespace: string }).namespace])).toEqual([
    ['Deployment', 'web'],
  ]);
});

test('app-of-apps: applications in rendered output are rendered too; external sources are listed', async () => {
  const tree = (await import('../src/edges/trees.js')).diskTree(join(FIXTURES, 'appofapps'));
  const discovery = discoverUnits(tree, [REPO]);
  const { outputs, notPreviewed } = await renderAll(tree, discovery.units, {
    renderer: localRenderer,
    strict: false,
    kubernetesVersion: '1.31',
    repoUrls: [REPO],
  });
  expect(outputs.map((o) => o.unit.id).sort()).toEqual([
    'app:child-a',
    'app:child-b',
    'app:child-c',
    'app:ingress-nginx',
    'app:root',
  ]);
  expect(outputs.find((o) => o.unit.id === 'app:child-c')?.objects[0]?.obj).toMatchObject({
    kind: 'ConfigMap',
    metadata: { namespace: 'team-c' },
  });
  expect(notPreviewed).toEqual([]);
  // a chart from a chart repository needs helm and the network: without them, a warning says so
  const chart = outputs.find((o) => o.unit.id === 'app:ingress-nginx');
  expect(chart?.unit.sources[0]?.chart).toEqual({
    repoURL: 'https://kubernetes.github.io/ingress-nginx',
    name: 'ingress-nginx',
    version: '4.11.0',
  });
  /* eslint-disable jest/no-conditional-expect -- which outcome is asserted depends on helm being on PATH (CI has it) */
  if (!(await hasBinary('helm'))) {
    expect(chart?.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'not-rendered',
        message: expect.stringContaining(
          'ingress-nginx from https://kubernetes.github.io/ingress-nginx not rendered: helm not found',
        ),
      }),
    ]);
  } /* eslint-enable jest/no-conditional-expect */
});

test('Application kustomize overrides: images, namePrefix, commonLabels', async () => {
  const tree = (await import('../src/edges/trees.js')).diskTree(join(FIXTURES, 'overrides'));
  const { outputs } = await renderAll(tree, discoverUnits(tree, [REPO]).units, {
    renderer: localRenderer,
    strict: false,
    kubernetesVersion: '1.31',
    repoUrls: [REPO],
  });
  const obj = outputs[0]?.objects[0]?.obj as {
    metadata: { name: string; namespace: string; labels: Record<string, string> };
    spec: unknown;
  };
  expect(obj.metadata).toMatchObject({ name: 'prod-api', namespace: 'prod', labels: { env: 'prod' } });
  expect(JSON.stringify(obj.spec)).toContain('ghcr.io/acme/api:2.0.0');
});

test('CRD scope: cluster-scoped custom resources get no namespace, namespaced objects get the destination', async () => {
  const tree = (await import('../src/edges/trees.js')).diskTree(join(FIXTURES, 'crds'));
  const { outputs } = await renderAll(tree, discoverUnits(tree, [REPO]).units, {
    renderer: localRenderer,
    strict: false,
    kubernetesVersion: '1.31',
    repoUrls: [REPO],
  });
  const ns = Object.fromEntries(
    outputs[0]?.objects.map((o) => [o.obj.kind, (o.obj.metadata as { namespace?: string }).namespace]) ?? [],
  );
  expect(ns).toEqual({ CustomResourceDefinition: undefined, Widget: undefined, ConfigMap: 'apps' });
});

test.each([
  ['1.24', 'warning', 'deprecated since 1.21 and removed in 1.25'],
  ['1.25', 'error', 'removed in Kubernetes 1.25'],
])('batch/v1beta1 CronJob on Kubernetes %s is a %s', async (version, severity, text) => {
  const result = await validate(
    settings([join(FIXTURES, 'apis', 'cron.yaml')], { kubernetesVersion: version }),
  );
  expect(result.findings).toEqual([
    expect.objectContaining({
      severity,
      rule: severity === 'error' ? 'removed-api' : 'deprecated-api',
      message: expect.stringContaining(text),
      line: 1,
    }),
  ]);
});

test('one object claimed by two apps is a warning', async () => {
  const result = await validate(settings([join(FIXTURES, 'shared')]));
  expect(messages(result.findings, 'warning')).toEqual([
    'ConfigMap/common/shared is also deployed by one; the two apps will fight over it',
  ]);
});

test('helm charts: rendered when helm is installed, a clear warning when it is not', async () => {
  const result = await validate(settings([join(FIXTURES, 'chart')]));
  /* eslint-disable jest/no-conditional-expect -- which outcome is asserted depends on helm being on PATH (CI has it) */
  if (await hasBinary('helm')) {
    expect(result.findings).toEqual([]);
    expect(result.objects).toBe(1);
  } else {
    console.log('helm is not installed here: checking the "helm not found" warning instead of a render');
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'not-rendered',
        file: expect.stringContaining('chart/app.yaml'),
        message: expect.stringContaining('not rendered: helm not found'),
      }),
    ]);
  } /* eslint-enable jest/no-conditional-expect */
});

describe('nothing outside the repository is read', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'slipway-escape-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a kustomization that loads ../../etc/passwd is an error and renders nothing', async () => {
    writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n  - ../../etc/passwd\n');
    const result = await validate(settings([dir]));
    expect(result.objects).toBe(0);
    expect(messages(result.findings, 'error')).toEqual([
      expect.stringContaining('refers to ../../etc/passwd, outside the repository; nothing was read'),
    ]);
  });

  test('a link out of the repository is an error, never followed', async () => {
    writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n  - leak.yaml\n');
    symlinkSync('/etc/hostname', join(dir, 'leak.yaml'));
    const result = await validate(settings([dir]));
    expect(result.objects).toBe(0);
    expect(result.findings.some((f) => f.rule === 'path-escape' && f.severity === 'error')).toBe(true);
  });

  test('renderers get no token in their environment', () => {
    expect(Object.keys(minimalEnv('/tmp/h')).sort()).toEqual(['GOGC', 'GOMEMLIMIT', 'HOME', 'LANG', 'PATH']);
  });
});

test('broken YAML: file, line and column; --strict rejects duplicate keys', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-yaml-'));
  try {
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n');
    writeFileSync(join(dir, 'b.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n');
    const loose = await validate(settings([dir]));
    expect(loose.findings.map((f) => [f.file?.endsWith('b.yaml'), f.rule, f.line])).toEqual([
      [true, 'yaml-syntax', 4],
    ]);
    const strict = await validate(settings([dir], { strict: true }));
    expect(strict.findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['duplicate-key', 5, 3],
      ['yaml-syntax', 4, 1],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a git revision renders without a checkout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-gitrev-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
  try {
    cpSync(join(ROOT, 'examples', 'manifests'), dir, { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(join(dir, 'apps/web/deployment.yaml'), 'this is: [not yaml\n'); // the working tree is broken, the commit is not
    const tree = gitTree(dir, 'HEAD');
    const { outputs } = await renderAll(tree, discoverUnits(tree, [EXAMPLES]).units, {
      renderer: localRenderer,
      strict: false,
      kubernetesVersion: '1.31',
      repoUrls: [EXAMPLES],
    });
    expect(outputs.flatMap((o) => o.findings)).toEqual([]);
    expect(outputs.find((o) => o.unit.id === 'app:web')?.objects).toHaveLength(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SARIF 2.1.0 has one result per finding with its location', () => {
  const sarif = toSarif(
    [
      {
        severity: 'error',
        rule: 'removed-api',
        message: 'gone',
        file: 'a.yaml',
        line: 3,
        object: 'CronJob/x',
      },
    ],
    '0.1.0',
  ) as {
    version: string;
    runs: Array<{
      results: Array<{
        ruleId: string;
        level: string;
        locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
      }>;
    }>;
  };
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0]?.results[0]).toMatchObject({
    ruleId: 'removed-api',
    level: 'error',
    locations: [{ physicalLocation: { region: { startLine: 3 } } }],
  });
});

test('slipway validate through the bundle: text lines, exit 1 on errors, 0 when clean', async () => {
  const bad = await runCli(['validate', join(FIXTURES, 'apis', 'cron.yaml'), '--kubernetes-version', '1.25']);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(
    /cron\.yaml:1:1: error: batch\/v1beta1 CronJob is removed in Kubernetes 1\.25; use batch\/v1 \(CronJob\/nightly\)/,
  );
  const clean = await runCli(['validate', '--repo-url', EXAMPLES, join(ROOT, 'examples', 'manifests')]);
  expect(clean.stderr).toContain('3 unit(s), 7 object(s): 0 error(s), 0 warning(s)');
  expect(clean.code).toBe(0);
  expect((await runCli(['validate', '--format', 'yaml'])).code).toBe(2);
  const sarif = await runCli(['validate', '--format', 'sarif', join(FIXTURES, 'apis', 'cron.yaml')]);
  expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(1);
});

test('units without any Application: root kustomizations and manifest folders', () => {
  const tree = treeFromTexts({
    'base/kustomization.yaml': 'resources: [cm.yaml]\n',
    'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    'overlays/prod/kustomization.yaml': 'resources: [../../base]\n',
    'plain/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n',
    'docs/notes.yaml': 'just: data\n',
  });
  expect(discoverUnits(tree, []).units.map((u) => u.id)).toEqual(['path:overlays/prod', 'path:plain']);
});

describe('schemas', () => {
  const file = (name: string) => join(FIXTURES, 'schemas', name);
  test('built-in kinds: types, enums and required fields, at the line and column of the field', async () => {
    const result = await validate(settings([file('deployment.yaml')]));
    expect(
      result.findings.filter((f) => f.rule === 'schema').map((f) => [f.line, f.column, f.message]),
    ).toEqual([
      [6, 13, 'spec.replicas must be integer'],
      [11, 22, 'spec.template.spec.restartPolicy must be one of "Always", "Never", "OnFailure"'],
      [13, 11, 'spec.template.spec.containers.0 is missing required field "name"'],
    ]);
  });
  test('a kind with no schema is a warning, or an error with --require-schemas', async () => {
    const loose = await validate(settings([file('deployment.yaml')]));
    expect(loose.findings.find((f) => f.rule === 'no-schema')).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('no schema for acme.dev/v1 Widget'),
    });
    const required = await validate(settings([file('deployment.yaml')], { requireSchemas: true }));
    expect(required.findings.find((f) => f.rule === 'no-schema')?.severity).toBe('error');
  });
  test('custom resources are validated against their CRD; --strict rejects unknown fields', async () => {
    const loose = await validate(settings([file('crd-and-cr.yaml')]));
    expect(loose.findings.map((f) => [f.object, f.line, f.message])).toEqual([
      ['Gadget/bad', 33, 'spec.size must be >= 1'],
      ['Gadget/bad', 34, 'spec.color must be one of "red", "blue"'],
    ]);
    const strict = await validate(settings([file('crd-and-cr.yaml')], { strict: true }));
    expect(strict.findings.map((f) => f.message)).toContain('spec has unknown field "shape"');
    expect(strict.findings.find((f) => f.message.includes('shape'))?.line).toBe(35);
  });
});

test('ApplicationSets: list and git generators with Go (sprig pipelines) and legacy templates; other generators are listed', async () => {
  const tree = (await import('../src/edges/trees.js')).diskTree(join(FIXTURES, 'appsets'));
  const discovery = discoverUnits(tree, [REPO], [], true, undefined, undefined, undefined, expanderOf({}));
  expect(discovery.units.map((u) => [u.id, u.sources[0]?.path, u.app?.destination.namespace])).toEqual([
    ['app:alpha', 'apps/alpha', 'alpha-ns'],
    ['app:beta', 'apps/beta', 'beta-ns'],
    ['app:env-dev', 'envs/base', 'dev-ns'],
    ['app:env-prod', 'envs/base', 'prod-ns'],
    ['app:legacy-one', 'apps/legacy', 'legacy'],
    ['app:fancy-alpha', 'apps/alpha', 'x'],
  ]);
  expect(discovery.notPreviewed.map((n) => [n.name, n.reason])).toEqual([
    [
      'fleet',
      'ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
    ],
  ]);
  const { outputs } = await renderAll(tree, discovery.units, {
    renderer: localRenderer,
    strict: false,
    kubernetesVersion: '1.31',
    repoUrls: [REPO],
  });
  expect(outputs.find((o) => o.unit.id === 'app:env-prod')?.objects[0]?.obj).toMatchObject({
    metadata: { name: 'env', namespace: 'prod-ns' },
  });
});

test('multi-source apps: $ref value files resolve to this repository; other refs to their own repository', () => {
  const app = (valueFile: string, refRepo: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: m}\nspec:\n  sources:\n    - repoURL: https://charts.example.com\n      chart: api\n      targetRevision: 1.2.3\n      helm: {valueFiles: ['${valueFile}']}\n    - repoURL: ${refRepo}\n      ref: values\n  destination: {namespace: m}\n`;
  const ours = discoverUnits(treeFromTexts({ 'app.yaml': app('$values/envs/prod/values.yaml', REPO) }), [
    REPO,
  ]);
  expect(ours.units[0]?.sources).toEqual([
    {
      path: '',
      chart: { repoURL: 'https://charts.example.com', name: 'api', version: '1.2.3' },
      helm: { valueFiles: ['$values/envs/prod/values.yaml'] },
    },
  ]);
  const theirs = discoverUnits(
    treeFromTexts({ 'app.yaml': app('$values/x.yaml', 'https://github.com/other/repo') }),
    [REPO],
  );
  expect(theirs.units[0]?.sources).toEqual([
    {
      path: '',
      chart: { repoURL: 'https://charts.example.com', name: 'api', version: '1.2.3' },
      helm: { valueFiles: ['$ref:values/x.yaml'] },
      valueRefs: { values: { url: 'https://github.com/other/repo', revision: 'HEAD' } },
    },
  ]);
  // a `$<ref>` no source of the app names
  const unnamed = discoverUnits(treeFromTexts({ 'app.yaml': app('$vals/x.yaml', REPO) }), [REPO]);
  expect(unnamed.notPreviewed.map((n) => n.reason)).toContain(
    'value file $vals/x.yaml names no ref source of this app, not previewed',
  );
});

test('--strict: unknown fields of built-in kinds are errors on their line; maps (labels, limits) take any key', async () => {
  const file = join(FIXTURES, 'schemas', 'typos.yaml');
  expect((await validate(settings([file]))).findings).toEqual([]);
  const strict = await validate(settings([file], { strict: true }));
  expect(strict.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
    ['unknown-field', 8, 'spec has unknown field "replica"'],
    ['unknown-field', 20, 'spec.template.spec.containers.0 has unknown field "envv"'],
  ]);
});

test('--image-tag-severity: off, or error', async () => {
  const file = join(FIXTURES, 'schemas', 'latest.yaml');
  writeFileSync(
    file,
    'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: "nginx:latest"}]\n',
  );
  try {
    expect((await validate(settings([file]))).findings.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'container c runs nginx:latest, a moving tag: pin a version or a digest'],
    ]);
    expect((await validate(settings([file], { imageTagSeverity: 'off' }))).findings).toEqual([]);
    expect((await validate(settings([file], { imageTagSeverity: 'error' }))).findings[0]?.severity).toBe(
      'error',
    );
  } finally {
    rmSync(file);
  }
});

test('an ApplicationSet in rendered output (app-of-apps) generates apps too', async () => {
  const tree = (await import('../src/edges/trees.js')).diskTree(join(FIXTURES, 'appsets-in-output'));
  const { outputs } = await renderAll(tree, discoverUnits(tree, [REPO]).units, {
    renderer: localRenderer,
    strict: false,
    kubernetesVersion: '1.31',
    repoUrls: [REPO],
  });
  expect(outputs.map((o) => o.unit.id)).toEqual(['app:root', 'app:svc-one']);
  expect(outputs[1]?.objects[0]?.obj).toMatchObject({ kind: 'Service', metadata: { namespace: 'one' } });
});

test('int-or-string and quantities: a name or a number is fine, a boolean is not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-ios-'));
  try {
    writeFileSync(
      join(dir, 'svc.yaml'),
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - {port: 80, targetPort: http}\n    - {port: 81, targetPort: 8081}\n    - {port: 82, targetPort: true}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      resources: {limits: {cpu: 0.5, memory: 1Gi}, requests: {cpu: [1]}}\n',
    );
    const result = await validate(settings([join(dir, 'svc.yaml')]));
    expect(result.findings.map((f) => [f.line, f.message.split(' must')[0]])).toEqual([
      [8, 'spec.ports.2.targetPort'],
      [17, 'spec.containers.0.resources.requests.cpu'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without Applications, the paths globs choose the folders that are units', () => {
  const tree = treeFromTexts({
    'envs/staging/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    'envs/production/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
  });
  expect(discoverUnits(tree, [], ['envs/staging']).units.map((u) => u.id)).toEqual(['path:envs/staging']);
  expect(discoverUnits(tree, [], ['envs/*']).units.map((u) => u.id)).toEqual([
    'path:envs/production',
    'path:envs/staging',
  ]);
});
