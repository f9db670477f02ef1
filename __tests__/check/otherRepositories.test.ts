// Sources in other Git repositories, through dist/ on real git repositories: the other repository is a
// local bare repository its https URL is mapped to (the runner's url.<base>.insteadOf). An app the pull
// request changes is previewed with the other repository's files at their revision — values from this
// repository, `$<ref>` values from the other one, app-of-apps children defined there — and one that
// cannot be fetched is "not previewed" with the reason, without failing the other apps.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { helmTest } from '../support/helm.js';
import {
  chartFiles,
  manifestsRepo,
  REPO_URL,
  VALUES_CHART,
  type DiffJson,
  type ManifestsRepo,
} from '../support/manifestsRepo.js';
import { fetchEnv, otherRepo, type OtherRepo } from '../support/otherRepo.js';
import { runCli } from '../support/runAction.js';

const CM = (name: string, value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {value: "${value}"}\n`;

/** An Application (in argocd) with these sources, YAML flow maps. */
const app = (name: string, sources: string[]) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}, namespace: argocd}
spec:
  project: default
  sources:
${sources.map((s) => `    - ${s}`).join('\n')}
  destination: {server: https://kubernetes.default.svc, namespace: ${name}}
`;

let repo: ManifestsRepo | undefined;
const others: OtherRepo[] = [];
let cache = '';
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'slipway-cache-'));
});
afterEach(() => {
  repo?.remove();
  repo = undefined;
  for (const other of others.splice(0)) other.remove();
  rmSync(cache, { recursive: true, force: true });
});

type App = DiffJson['apps'][number] & { note?: string };

async function diff(
  env: Record<string, string>,
): Promise<{ apps: Map<string, App>; json: DiffJson; stderr: string }> {
  const run = await runCli(
    ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', (repo as ManifestsRepo).dir],
    { env },
  );
  let json: DiffJson;
  try {
    json = JSON.parse(run.stdout) as DiffJson;
  } catch {
    throw new Error(`no JSON report: ${run.stderr}`);
  }
  return { apps: new Map(json.apps.map((a) => [a.name, a as App])), json, stderr: run.stderr };
}

/** The `values` helm template gives this chart with these values (the ConfigMap that shows them). */
function helmValues(chart: Record<string, string>, values: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-helm-'));
  try {
    for (const [path, text] of Object.entries({ ...chartFiles('chart', chart), 'values.yaml': values })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    // jest's process.env (with .tools/bin on PATH) is not the one a child gets unless it is passed
    const out = execFileSync(
      'helm',
      ['template', 'web', join(dir, 'chart'), '--values', join(dir, 'values.yaml')],
      {
        env: process.env,
      },
    );
    const doc = parse(out.toString().replace(/^---.*$/m, '')) as { data: { values: string } };
    return doc.data.values;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

helmTest(
  "a chart in another repository with values from this one: the pull request's values, the other repository's chart",
  async () => {
    const charts = otherRepo('https://git.test/acme/charts', chartFiles('charts/demo'));
    others.push(charts);
    repo = manifestsRepo({
      'argocd/web.yaml': app('web', [
        `{repoURL: ${charts.url}, path: charts/demo, targetRevision: main, helm: {valueFiles: [$values/envs/web.yaml]}}`,
        `{repoURL: ${REPO_URL}, ref: values}`,
      ]),
      // an app whose only source is elsewhere, which the pull request leaves alone: not fetched, not listed
      'argocd/untouched.yaml': app('untouched', [
        '{repoURL: https://git.test/acme/never-fetched, path: web, targetRevision: main}',
      ]),
      'envs/web.yaml': 'greeting: from-base\n',
    });
    repo.commit({ 'envs/web.yaml': 'greeting: from-head\n' });
    const { apps, json } = await diff(fetchEnv(cache, [charts]));
    expect([...apps.keys()]).toEqual(['web']);
    const web = apps.get('web') as App;
    expect(web.status).toBe('changed');
    const text = web.changes.map((c) => c.diff).join('\n');
    // what helm template gives the other repository's chart with this repository's head values
    expect(text).toContain(`+  values: ${JSON.stringify(helmValues(VALUES_CHART, 'greeting: from-head\n'))}`);
    expect(text).toContain(`-  values: ${JSON.stringify(helmValues(VALUES_CHART, 'greeting: from-base\n'))}`);
    expect(json.notPreviewed).toEqual([]);
    // one cache repository: the untouched app's repository was never fetched
    expect(readdirSync(cache).filter((n) => !n.startsWith('.'))).toHaveLength(1);
  },
);

helmTest(
  "multi-source `$<ref>` value files from another repository, with this repository's chart",
  async () => {
    const config = otherRepo('https://git.test/acme/config', { 'envs/prod.yaml': 'greeting: from-config\n' });
    others.push(config);
    repo = manifestsRepo({
      ...chartFiles('charts/demo'),
      'argocd/web.yaml': app('web', [
        `{repoURL: ${REPO_URL}, path: charts/demo, helm: {valueFiles: [$vals/envs/prod.yaml]}}`,
        `{repoURL: ${config.url}, targetRevision: main, ref: vals}`,
      ]),
    });
    repo.commit({
      'charts/demo/templates/extra.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\ndata: {greeting: {{ .Values.greeting | quote }}}\n',
    });
    const { apps } = await diff(fetchEnv(cache, [config]));
    const web = apps.get('web') as App;
    expect(web.status).toBe('changed');
    expect(web.changes.map((c) => [c.change, c.object])).toEqual([
      ['created', expect.stringContaining('ConfigMap') as unknown as string],
    ]);
    expect(web.changes[0]?.diff).toContain('greeting: from-config');
  },
);

test('an unreachable repository: that app is not previewed with the reason, the others are previewed', async () => {
  repo = manifestsRepo({
    'argocd/lost.yaml': app('lost', ['{repoURL: https://git.test/acme/missing, path: web}']),
    'argocd/local.yaml': app('local', [`{repoURL: ${REPO_URL}, path: local}`]),
    'argocd/pinned.yaml': app('pinned', [
      '{repoURL: https://git.test/acme/missing, path: web, targetRevision: abc1234}',
    ]),
    'argocd/own-file.yaml': app('own-file', [`{repoURL: 'file:///etc', path: ssl}`]),
    'local/cm.yaml': CM('local', 'one'),
  });
  repo.commit({
    'local/cm.yaml': CM('local', 'two'),
    'argocd/lost.yaml': app('lost', ['{repoURL: https://git.test/acme/missing, path: web2}']),
    'argocd/pinned.yaml': app('pinned', [
      '{repoURL: https://git.test/acme/missing, path: web2, targetRevision: abc1234}',
    ]),
    'argocd/own-file.yaml': app('own-file', [`{repoURL: 'file:///etc', path: ssh}`]),
  });
  const { apps } = await diff({ SLIPWAY_REPOSITORY_CACHE: cache });
  expect(apps.get('local')?.status).toBe('changed');
  expect(apps.get('lost')).toMatchObject({
    status: 'not-previewed',
    note: expect.stringMatching(
      /^not previewed: argocd\/lost\.yaml:1: could not fetch https:\/\/git\.test\/acme\/missing@HEAD \(.+\)$/,
    ),
  });
  expect(apps.get('pinned')).toMatchObject({
    status: 'not-previewed',
    note: expect.stringContaining(
      'not previewed: argocd/pinned.yaml:1: could not fetch https://git.test/acme/missing@abc1234 (revision "abc1234" cannot be fetched: name a branch, a tag, HEAD or a full commit id)',
    ),
  });
  // a pull request never makes the runner read its own files
  expect(apps.get('own-file')).toMatchObject({
    status: 'not-previewed',
    note: expect.stringContaining(
      'not previewed: argocd/own-file.yaml:1: could not fetch file:///etc@HEAD (a path or file:// URL on the runner is never read; the URL must be https://)',
    ),
  });
});

test('app-of-apps: children an app of another repository defines are rendered from there', async () => {
  const fleet = otherRepo('https://git.test/acme/fleet', {
    'apps/child.yaml': app('child', [
      '{repoURL: https://git.test/acme/fleet, path: web, targetRevision: v1}',
    ]),
    'web/cm.yaml': CM('web', 'v1'),
  });
  others.push(fleet);
  fleet.tag('v1');
  fleet.commit({
    'apps/child.yaml': app('child', [
      '{repoURL: https://git.test/acme/fleet, path: web, targetRevision: main}',
    ]),
    'web/cm.yaml': CM('web', 'main'),
  });
  repo = manifestsRepo({
    'argocd/root.yaml': app('root', [
      '{repoURL: https://git.test/acme/fleet, path: apps, targetRevision: v1}',
    ]),
  });
  repo.commit({
    'argocd/root.yaml': app('root', [
      '{repoURL: https://git.test/acme/fleet, path: apps, targetRevision: main}',
    ]),
  });
  const { apps } = await diff(fetchEnv(cache, [fleet]));
  expect(apps.get('root')?.status).toBe('changed');
  const child = apps.get('child') as App;
  expect(child.status).toBe('changed');
  expect(child.changes.map((c) => c.diff).join('\n')).toMatch(/-.*value: v1[\s\S]*\+.*value: main/);
});
