// Pulling charts from registries on loopback with the real helm: an OCI registry (helm pushes to it) and
// an HTTP chart repository behind basic auth. Pulls are counted at the servers: once per chart and
// version per run, none in a later run that keeps the cache folder, again for a range. A password given
// in SLIPWAY_HELM_CREDENTIALS never shows in a reason.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartLocation, type ChartLocation } from '../../src/core/render/chartSource.js';
import { ChartPuller, pullFailure } from '../../src/edges/chartPull.js';
import {
  chartRepository,
  helmHome,
  ociRegistry,
  packageChart,
  type Served,
} from '../support/chartRegistry.js';
import { helmTest } from '../support/helm.js';

const PASSWORD = 's3cret-Pa55-do-not-print';
const CHART = (version: string) => ({
  'Chart.yaml': `apiVersion: v2\nname: web\nversion: ${version}\n`,
  'values.yaml': 'color: grey\n',
  'templates/cm.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  color: {{ .Values.color | quote }}\n  chart: {{ .Chart.Version | quote }}\n',
});

let work: string;
let home: ReturnType<typeof helmHome>;
let oci: Served;
let http: Served;

beforeAll(async () => {
  if (process.env.PATH === undefined) return;
  work = mkdtempSync(join(tmpdir(), 'slipway-pull-'));
  home = helmHome();
  const repoFolder = join(work, 'repo');
  oci = await ociRegistry();
  http = await chartRepository(repoFolder, { username: 'bot', password: PASSWORD });
  try {
    for (const version of ['1.2.0', '1.3.0']) {
      const tgz = packageChart(repoFolder, CHART(version), home.env);
      // not execFileSync: the registry answers from this process
      await promisify(execFile)('helm', ['push', tgz, `oci://${oci.host}/charts`, '--plain-http'], {
        env: home.env,
      });
    }
    await promisify(execFile)('helm', ['repo', 'index', repoFolder, '--url', `http://${http.host}`], {
      env: home.env,
    });
  } catch {
    // no helm: the tests below are skipped with the reason printed
  }
});

afterAll(async () => {
  await oci?.close();
  await http?.close();
  home?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

const ociChart = (version?: string) =>
  chartLocation({ repoURL: `${oci.host}/charts`, name: 'web', ...(version && { version }) }) as ChartLocation;
const httpChart = (version: string) =>
  chartLocation({ repoURL: `http://${http.host}`, name: 'web', version }) as ChartLocation;
const layerGets = (served: Served) =>
  served.requests.filter((r) => r.method === 'GET' && /\/blobs\/sha256:/.test(r.path)).length;

helmTest('an OCI chart is pulled once per run, and not at all by a run that keeps the cache', async () => {
  const cache = join(work, 'cache-oci');
  const before = oci.requests.length;
  const puller = new ChartPuller({ SLIPWAY_HELM_CACHE: cache });
  const [one, two] = await Promise.all([puller.pull(ociChart('1.2.0')), puller.pull(ociChart('1.2.0'))]);
  expect(one).toEqual(expect.objectContaining({ ok: true, version: '1.2.0' }));
  expect(two).toEqual(one);
  expect(puller.pullCount).toBe(1);
  const pulled = oci.requests.slice(before);
  expect(pulled.filter((r) => r.method === 'GET' && /manifests\/1\.2\.0$/.test(r.path))).toHaveLength(1);

  const later = new ChartPuller({ SLIPWAY_HELM_CACHE: cache });
  const again = oci.requests.length;
  expect(await later.pull(ociChart('1.2.0'))).toEqual(
    expect.objectContaining({ ok: true, version: '1.2.0' }),
  );
  expect(oci.requests.length).toBe(again);
});

helmTest('a version range is resolved by every run, never kept as a range', async () => {
  const cache = join(work, 'cache-range');
  for (let run = 1; run <= 2; run++) {
    const blobs = layerGets(oci);
    const puller = new ChartPuller({ SLIPWAY_HELM_CACHE: cache });
    expect(await puller.pull(ociChart('^1.0.0'))).toEqual(
      expect.objectContaining({ ok: true, version: '1.3.0' }),
    );
    expect(puller.pullCount).toBe(1);
    expect([run, layerGets(oci) > blobs]).toEqual([run, true]); // each run fetched it
  }
  // the exact version it resolved to is kept: a pin to it needs no request
  const requests = oci.requests.length;
  const pinned = new ChartPuller({ SLIPWAY_HELM_CACHE: cache });
  expect(await pinned.pull(ociChart('1.3.0'))).toEqual(expect.objectContaining({ ok: true }));
  expect(oci.requests.length).toBe(requests);
});

helmTest(
  'an HTTP repository with basic auth: credentials from SLIPWAY_HELM_CREDENTIALS, never in a reason',
  async () => {
    const good = new ChartPuller({
      SLIPWAY_HELM_CREDENTIALS: JSON.stringify({ [http.host]: { username: 'bot', password: PASSWORD } }),
    });
    expect(await good.pull(httpChart('1.2.0'))).toEqual(
      expect.objectContaining({ ok: true, version: '1.2.0' }),
    );

    const none = await new ChartPuller({}).pull(httpChart('1.2.0'));
    expect(none.ok).toBe(false);
    const reason = none.ok ? '' : none.reason;
    expect(pullFailure(httpChart('1.2.0'), reason)).toMatch(
      new RegExp(`^could not pull web 1\\.2\\.0 from http://${http.host} \\(unauthorized: .*401`),
    );

    const wrong = await new ChartPuller({
      SLIPWAY_HELM_CREDENTIALS: JSON.stringify({
        [http.host]: { username: 'bot', password: `${PASSWORD}x` },
      }),
    }).pull(httpChart('1.2.0'));
    expect(wrong.ok).toBe(false);
    expect(JSON.stringify(wrong)).not.toContain(PASSWORD);
  },
);

helmTest('an unreachable registry, a missing chart and malformed credentials are named reasons', async () => {
  const puller = new ChartPuller({});
  const offline = await puller.pull(
    chartLocation({ repoURL: '127.0.0.1:1/charts', name: 'web', version: '1.0.0' }) as ChartLocation,
  );
  expect(offline).toEqual({ ok: false, reason: expect.stringMatching(/connection refused/) });
  const missing = await puller.pull(ociChart('9.9.9'));
  expect(missing).toEqual({ ok: false, reason: expect.stringMatching(/not found/) });
  const malformed = await new ChartPuller({
    SLIPWAY_HELM_CREDENTIALS: `{"${http.host}": "${PASSWORD}"}`,
  }).pull(httpChart('1.2.0'));
  expect(malformed).toEqual({
    ok: false,
    reason: `SLIPWAY_HELM_CREDENTIALS must be a JSON object from registry host to {"username": "…", "password": "…"}; the entry for ${http.host} is not of that form`,
  });
});

/** `helm registry login` for the test's own push, the password on standard input. */
function login(host: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(
      'helm',
      ['registry', 'login', host, '--username', 'bot', '--password-stdin', '--plain-http'],
      { env, stdio: ['pipe', 'ignore', 'ignore'] },
    );
    child.stdin.end(PASSWORD);
    child.on('close', resolve);
  });
}

helmTest(
  'an OCI registry with basic auth: helm registry login with the password on standard input',
  async () => {
    const secured = await ociRegistry({ username: 'bot', password: PASSWORD });
    try {
      expect(await login(secured.host, home.env)).toBe(0);
      const tgz = packageChart(join(work, 'secured'), CHART('2.0.0'), home.env);
      await promisify(execFile)('helm', ['push', tgz, `oci://${secured.host}/charts`, '--plain-http'], {
        env: home.env,
      });
      const location = chartLocation({
        repoURL: `oci://${secured.host}/charts`,
        name: 'web',
        version: '2.0.0',
      }) as ChartLocation;
      const credentials = JSON.stringify({ [secured.host]: { username: 'bot', password: PASSWORD } });
      expect(await new ChartPuller({ SLIPWAY_HELM_CREDENTIALS: credentials }).pull(location)).toEqual(
        expect.objectContaining({ ok: true, version: '2.0.0' }),
      );
      const anonymous = await new ChartPuller({}).pull(location);
      expect(anonymous).toEqual({ ok: false, reason: expect.stringMatching(/^unauthorized: /) });
      const wrong = await new ChartPuller({
        SLIPWAY_HELM_CREDENTIALS: JSON.stringify({
          [secured.host]: { username: 'bot', password: `${PASSWORD}!` },
        }),
      }).pull(location);
      expect(wrong).toEqual({ ok: false, reason: expect.stringMatching(/^unauthorized: registry login: /) });
      expect(JSON.stringify(wrong)).not.toContain(PASSWORD);
    } finally {
      await secured.close();
    }
  },
);
