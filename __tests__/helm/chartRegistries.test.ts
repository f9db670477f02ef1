// Charts from registries previewed through dist/ (`slipway diff --format json`) on real git repositories,
// against an OCI registry and an HTTP chart repository on loopback (__tests__/support/chartRegistry.ts):
// what an app deploys equals `helm template` of the same packaged chart by hand, a chart two apps use is
// pulled once, a registry that refuses is named in the app's finding, and an in-repo chart's remote
// dependency is pulled at the version its Chart.lock holds.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import {
  chartRepository,
  helmHome,
  ociRegistry,
  packageChart,
  type Served,
} from '../support/chartRegistry.js';
import { helmTest } from '../support/helm.js';
import { manifestsRepo, REPO_URL, type DiffJson, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';

const exec = promisify(execFile);
const PASSWORD = 'e2e-Pa55word-never-shown';
const CHART = {
  'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.2.0\n',
  'values.yaml': 'color: grey\nreplicas: 1\n',
  'templates/cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-web
  namespace: {{ .Release.Namespace }}
data:
  color: {{ .Values.color | quote }}
  replicas: {{ .Values.replicas | quote }}
  chart: "{{ .Chart.Name }}-{{ .Chart.Version }}"
`,
};

type Obj = Record<string, unknown>;

let work: string;
let home: ReturnType<typeof helmHome>;
let oci: Served;
let http: Served;
let tgz: string;
let repo: ManifestsRepo | undefined;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'slipway-registries-'));
  home = helmHome();
  const folder = join(work, 'repo');
  oci = await ociRegistry();
  http = await chartRepository(folder, { username: 'bot', password: PASSWORD });
  try {
    tgz = packageChart(folder, CHART, home.env);
    // not execFileSync: the registries answer from this process
    await exec('helm', ['push', tgz, `oci://${oci.host}/charts`, '--plain-http'], { env: home.env });
    await exec('helm', ['repo', 'index', folder, '--url', `http://${http.host}`], { env: home.env });
  } catch {
    // no helm: the tests are skipped with the reason printed
  }
});

afterEach(() => {
  repo?.remove();
  repo = undefined;
});

afterAll(async () => {
  await oci?.close();
  await http?.close();
  home?.remove();
  rmSync(work, { recursive: true, force: true });
});

function app(name: string, source: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}, namespace: argocd}
spec:
  project: default
  source:
${source.replace(/^/gm, '    ')}
  destination: {server: https://kubernetes.default.svc, namespace: ${name}}
`;
}

async function diff(env: Record<string, string> = {}): Promise<{ json?: DiffJson; output: string }> {
  const run = await runCli(
    ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', repo?.dir ?? ''],
    {
      env: { SLIPWAY_HELM_CACHE: join(work, `cache-${Math.random()}`), ...env },
    },
  );
  let json: DiffJson | undefined;
  try {
    json = JSON.parse(run.stdout) as DiffJson;
  } catch {
    json = undefined;
  }
  return { ...(json && { json }), output: `${run.stdout}\n${run.stderr}` };
}

/** Objects an app creates, rebuilt from the JSON report's diffs of created objects. */
function created(json: DiffJson | undefined, name: string): Obj[] {
  return (json?.apps.find((a) => a.name === name)?.changes ?? [])
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

/** `helm template` by hand of a chart (a .tgz or a folder), as Argo CD runs it. */
async function byHand(
  chart: string,
  release: string,
  namespace: string,
  extra: string[] = [],
): Promise<Obj[]> {
  const { stdout } = await exec(
    'helm',
    [
      'template',
      release,
      chart,
      '--namespace',
      namespace,
      '--kube-version',
      '1.31',
      '--include-crds',
      ...extra,
    ],
    { env: home.env },
  );
  return parseAllDocuments(stdout)
    .map((d) => d.toJS() as Obj)
    .filter(Boolean);
}

const byName = (objects: Obj[]) =>
  [...objects].sort((a, b) =>
    String((a.metadata as Obj).name).localeCompare(String((b.metadata as Obj).name)),
  );

const manifestGets = () =>
  oci.requests.filter((r) => r.method === 'GET' && /\/v2\/charts\/web\/manifests\//.test(r.path)).length;

helmTest(
  'an OCI chart, named as Argo CD reads it with and without oci://, renders what helm template gives; two apps pull it once',
  async () => {
    repo = manifestsRepo({ 'README.md': '# manifests\n' });
    repo.commit({
      'apps/web-a.yaml': app('web-a', `repoURL: ${oci.host}/charts\nchart: web\ntargetRevision: 1.2.0`),
      'apps/web-b.yaml': app(
        'web-b',
        `repoURL: oci://${oci.host}/charts/web\npath: .\ntargetRevision: 1.2.0\nhelm: {valuesObject: {color: blue}}`,
      ),
    });
    const before = manifestGets();
    const run = await diff();
    expect(run.json?.apps.map((a) => [a.name, a.status])).toEqual([
      ['web-a', 'new'],
      ['web-b', 'new'],
    ]);
    expect(created(run.json, 'web-a')).toEqual(await byHand(tgz, 'web-a', 'web-a'));
    expect(created(run.json, 'web-b')).toEqual(await byHand(tgz, 'web-b', 'web-b', ['--set', 'color=blue']));
    expect(manifestGets() - before).toBe(1);
  },
);

helmTest(
  'an HTTP chart repository behind basic auth: credentials from SLIPWAY_HELM_CREDENTIALS; without them the app is not previewed, naming the repository',
  async () => {
    repo = manifestsRepo({ 'README.md': '# manifests\n' });
    repo.commit({
      'apps/web.yaml': app('web', `repoURL: http://${http.host}\nchart: web\ntargetRevision: 1.2.0`),
    });
    const credentials = JSON.stringify({ [http.host]: { username: 'bot', password: PASSWORD } });
    const good = await diff({ SLIPWAY_HELM_CREDENTIALS: credentials });
    expect(created(good.json, 'web')).toEqual(await byHand(tgz, 'web', 'web'));
    expect(good.output).not.toContain(PASSWORD);

    const refused = await diff();
    const web = refused.json?.apps.find((a) => a.name === 'web');
    expect(web?.status).toBe('not-previewed');
    expect(web?.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'not-rendered',
        message: expect.stringMatching(
          new RegExp(
            `^not previewed: could not pull web 1\\.2\\.0 from http://${http.host} \\(unauthorized: `,
          ),
        ),
      }),
    ]);
    const wrong = await diff({
      SLIPWAY_HELM_CREDENTIALS: JSON.stringify({
        [http.host]: { username: 'bot', password: `${PASSWORD}-old` },
      }),
    });
    expect(wrong.json?.apps.find((a) => a.name === 'web')?.status).toBe('not-previewed');
    expect(wrong.output).not.toContain(PASSWORD);
  },
);

helmTest(
  'an in-repo chart whose Chart.lock names an OCI dependency renders it at the locked version; a lock out of sync fails as in Argo CD',
  async () => {
    const chartYaml = (version: string) =>
      `apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - {name: web, version: "${version}", repository: "oci://${oci.host}/charts"}\n`;
    const umbrella = join(work, 'umbrella');
    const files = {
      'Chart.yaml': chartYaml('1.2.0'),
      'values.yaml': 'web: {color: green}\n',
      'templates/own.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: own, namespace: "{{ .Release.Namespace }}"}\n',
    };
    const { mkdirSync, writeFileSync } = await import('node:fs');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(umbrella, path, '..'), { recursive: true });
      writeFileSync(join(umbrella, path), text);
    }
    await exec('helm', ['dependency', 'update', umbrella, '--plain-http'], { env: home.env });
    const lock = readFileSync(join(umbrella, 'Chart.lock'), 'utf8');
    repo = manifestsRepo({ 'README.md': '# manifests\n' });
    repo.commit({
      ...Object.fromEntries(Object.entries(files).map(([p, t]) => [`charts/app/${p}`, t])),
      'charts/app/Chart.lock': lock,
      'apps/app.yaml': app('app', `repoURL: ${REPO_URL}\npath: charts/app`),
    });
    const run = await diff();
    const objects = byName(created(run.json, 'app'));
    expect(objects).toEqual(byName(await byHand(umbrella, 'app', 'app')));
    expect(objects.map((o) => (o.data as Obj | undefined)?.color)).toContain('green');

    repo.commit({ 'charts/app/Chart.yaml': chartYaml('1.3.0') });
    const stale = await diff();
    expect(stale.json?.apps.find((a) => a.name === 'app')?.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          message: expect.stringContaining('is out of sync with the dependencies file'),
        }),
      ]),
    );
  },
);
