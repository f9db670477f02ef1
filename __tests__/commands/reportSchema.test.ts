// The JSON report is a published interface (README, Versions): docs/report.schema.json describes it, and
// real reports — the action's check and `slipway diff --format json` — are held to it. The test validates
// with a closed copy of the schema (no property it does not name), so a field added to the report without
// documenting it fails here.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/commands/check.js';
import { runCheck } from '../../src/commands/checkPipeline.js';
import { terminalPublisher } from '../../src/commands/terminalPublish.js';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { memoryLog } from '../../src/log.js';
import { parseCheckSettings } from '../../src/settings.js';
import { withTracking } from '../../src/cli/runners.js';
import { REPORT_SCHEMA_VERSION } from '../../src/version.js';
import { fakeEdges, fakeTrees, FakeGitHub, memoryReports, memoryTreeIndexes } from '../support/fakes.js';
import { application, REPO_URL } from '../support/manifestsRepo.js';
import { ROOT } from '../support/runAction.js';
import { configMap } from '../support/builders.js';

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs', 'report.schema.json'), 'utf8')) as object;

/** The schema with every object that lists its properties closed to others. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'const' ? v : closed(v)]));
  return 'properties' in out && out.type === 'object' ? { ...out, additionalProperties: false } : out;
}
const validate = new Ajv({ allErrors: true, strict: true }).compile(closed(SCHEMA) as object);

const hook =
  'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  namespace: shop\n  annotations: {argocd.argoproj.io/hook: PreSync, argocd.argoproj.io/hook-delete-policy: HookSucceeded}\nspec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: ghcr.io/acme/migrate:1.0.0}]}}}\n';
const deploy = (tag: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n  selector: {matchLabels: {app: api}}\n  template:\n    metadata: {labels: {app: api}}\n    spec: {containers: [{name: api, image: "ghcr.io/acme/api:${tag}"}]}\n`;
/** A base and a head with every kind of entry: created, changed, deleted, a hook, findings, an app not previewed. */
const base = {
  'argocd/shop.yaml': application('shop', 'path: shop', '  syncPolicy: {automated: {prune: true}}\n'),
  'argocd/old.yaml': application('old', 'path: old'),
  // this repository spelt another way (a mirror's host): listed as not previewed, never fetched
  'argocd/ext.yaml': application('ext', 'path: ext').replace(
    REPO_URL,
    'https://git.acme.internal/acme/manifests',
  ),
  // tracks a tag: unaffected by a pull request into main
  'argocd/pinned.yaml': application('pinned', 'path: old\ntargetRevision: v1.4.0'),
  'shop/kustomization.yaml': 'resources: [cm.yaml, gone.yaml, deploy.yaml, job.yaml]\n',
  'shop/cm.yaml': configMap('settings', { mode: 'slow' }, { namespace: 'shop' }),
  'shop/gone.yaml': configMap('gone', { mode: 'x' }, { namespace: 'shop' }),
  'shop/deploy.yaml': deploy('1.4.0'),
  'shop/job.yaml': hook,
  'old/kustomization.yaml': 'resources: [cm.yaml]\n',
  'old/cm.yaml': configMap('old', { mode: 'x' }, { namespace: 'shop' }),
};
const head: Record<string, string> = {
  ...base,
  'shop/kustomization.yaml': 'resources: [cm.yaml, new.yaml, deploy.yaml, job.yaml]\n',
  'shop/cm.yaml': configMap('settings', { mode: 'fast' }, { namespace: 'shop' }),
  'shop/new.yaml': configMap('new', { mode: 'x' }, { namespace: 'shop' }).replace(
    'apiVersion: v1',
    'apiVersion: v1\n# a duplicate key\n',
  ),
  'shop/deploy.yaml': deploy('latest'),
};
delete head['shop/gone.yaml'];

function edges() {
  const github = new FakeGitHub({});
  const reports = memoryReports();
  const trees = fakeTrees({ '/ws': treeFromTexts(head) }, { '/ws@base1': treeFromTexts(base) });
  return { reports, edges: fakeEdges({ github, reports, trees, treeIndexes: memoryTreeIndexes() }) };
}

function expectValid(report: unknown): void {
  validate(report);
  expect(validate.errors ?? []).toEqual([]);
  expect(report).toMatchObject({ schemaVersion: REPORT_SCHEMA_VERSION });
}

test('the schema says which major version it describes, and it is the one reports carry', () => {
  expect(SCHEMA).toMatchObject({ properties: { schemaVersion: { const: REPORT_SCHEMA_VERSION } } });
});

test("the action's check report is valid against docs/report.schema.json", async () => {
  const { reports, edges: fake } = edges();
  const settings = parseCheckSettings(
    (name) => ({ token: 't', 'report-file': '/report.json' })[name] ?? '',
    { GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'acme/manifests', GITHUB_EVENT_NAME: 'pull_request' },
    {
      pull_request: { number: 7, base: { sha: 'base1', ref: 'main' }, head: { sha: 'head1' } },
      repository: { default_branch: 'main' },
    },
  );
  await check(settings, memoryLog(), fake);
  const report = JSON.parse(reports.files.get('/report.json') ?? '{}') as {
    apps: Array<{ name: string; status: string; hooks?: unknown[]; findings: unknown[] }>;
    notPreviewed: unknown[];
    otherRevisions?: unknown[];
    unchangedApps: number;
    totals: Record<string, number>;
  };
  // the report holds what the schema is there to describe
  expect(Object.values(report.totals).every((n) => n > 0)).toBe(true);
  expect(report.notPreviewed).not.toEqual([]);
  expect(report.apps.find((a) => a.name === 'shop')?.hooks).toHaveLength(1);
  expect(report.apps.flatMap((a) => a.findings)).not.toEqual([]);
  expect(report.unchangedApps).toBe(1);
  expect(report.otherRevisions).toEqual([
    { name: 'pinned', file: 'argocd/pinned.yaml', line: 1, revision: 'v1.4.0' },
  ]);
  expectValid(report);
});

test('`slipway diff --format json` is valid against docs/report.schema.json', async () => {
  const { edges: fake } = edges();
  let out = '';
  const parsed = parseCheckSettings(
    (name) => ({ 'base-revision': 'base1', 'base-branch': 'main' })[name] ?? '',
    {},
    undefined,
    {
      workspace: '/ws',
      label: (name) => `--${name}`,
    },
  );
  const settings = withTracking({ ...parsed, repoUrls: [REPO_URL] }, fake.trees);
  const terminal = { out: (text: string) => (out += text), err: () => undefined, color: false };
  await runCheck(settings, memoryLog(), fake, terminalPublisher(settings, 'json', 'diff', terminal, fake));
  const report = JSON.parse(out) as { units: number; rendered: number; otherRevisions?: unknown[] };
  expect(report.units).toBe(3);
  expect(report.otherRevisions).toHaveLength(1);
  expectValid(report);
});

test('a report with ignored resources and ignored lines is valid against docs/report.schema.json', async () => {
  const { reports, edges: fake } = edges();
  const inputs: Record<string, string> = {
    token: 't',
    'report-file': '/report.json',
    'ignore-resources': ':ConfigMap:settings',
    'ignore-lines': 'image: ',
  };
  const settings = parseCheckSettings(
    (name) => inputs[name] ?? '',
    { GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'acme/manifests', GITHUB_EVENT_NAME: 'pull_request' },
    {
      pull_request: { number: 7, base: { sha: 'base1', ref: 'main' }, head: { sha: 'head1' } },
      repository: { default_branch: 'main' },
    },
  );
  await check(settings, memoryLog(), fake);
  const report = JSON.parse(reports.files.get('/report.json') ?? '{}') as {
    apps: Array<{
      name: string;
      ignoredChanges?: number;
      changes: Array<{ object: string; ignoredLines?: true }>;
    }>;
  };
  const shop = report.apps.find((a) => a.name === 'shop');
  expect(shop?.ignoredChanges).toBe(1);
  expect(shop?.changes.filter((c) => c.ignoredLines).map((c) => c.object)).toEqual(['Deployment/shop/api']);
  expectValid(report);
});
