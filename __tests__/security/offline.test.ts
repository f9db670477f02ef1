// No request leaves the machine for a pull request whose apps all live in this repository: dist/cli.js
// runs `check` with Node's sockets and DNS refusing (a preload that records every attempt) and, where
// the machine allows user namespaces, in a network namespace of its own (`unshare -rn`: no interface but
// loopback, so a tool it starts — git, helm, kustomize — that needed the network would fail the app).
// Two controls show each trap catches what it is there to catch.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { helmTest } from '../support/helm.js';
import { application, manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';
import { ROOT, runProcess } from '../support/runAction.js';

const PRELOAD = `
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const refuse = (what) => function () {
  appendFileSync(process.env.SLIPWAY_TEST_NET_LOG, what + '\\n');
  throw new Error('the network is blocked by the test: ' + what);
};
net.Socket.prototype.connect = refuse('socket connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'])
  dns[name] = refuse('dns.' + name);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'])
  dns.promises[name] = refuse('dns.promises.' + name);
syncBuiltinESMExports();
`;

const CM = (value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {value: "${value}"}\n`;

/** `unshare -rn` when this machine allows it (user namespaces); else the reason, printed once. */
const UNSHARE = ((): string[] | undefined => {
  try {
    execFileSync('unshare', ['-rn', 'true'], { stdio: 'ignore' });
    return ['unshare', '-rn'];
  } catch {
    console.warn(
      'offline.test.ts: `unshare -rn` is not available here (no user namespaces): the tools Slipway starts run with the network; only Node is trapped.',
    );
    return undefined;
  }
})();

let folder = '';
let repo: ManifestsRepo | undefined;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'slipway-offline-'));
  writeFileSync(join(folder, 'preload.mjs'), PRELOAD);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeEach(() => writeFileSync(join(folder, 'net.log'), ''));
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** dist/cli.js with the network trapped; what Node tried to reach. */
async function offline(args: string[], env: Record<string, string> = {}) {
  const run = await runProcess([join(ROOT, 'dist', 'cli.js'), ...args], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      ...env,
      NODE_OPTIONS: `--import ${pathToFileURL(join(folder, 'preload.mjs')).href}`,
      SLIPWAY_TEST_NET_LOG: join(folder, 'net.log'),
    },
    ...(UNSHARE && { wrapper: UNSHARE }),
  });
  const attempts = readFileSync(join(folder, 'net.log'), 'utf8').split('\n').filter(Boolean);
  return { ...run, attempts };
}

test('check on a pull request whose apps all live in this repository (or leave another repository alone) sends nothing anywhere', async () => {
  repo = manifestsRepo({
    'argocd/web.yaml': application('web', 'path: web'),
    'argocd/pinned.yaml': application('pinned', 'path: web\ntargetRevision: v1.4.0'),
    'argocd/envs.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: envs, namespace: argocd}
spec:
  generators: [{list: {elements: [{env: dev}, {env: prod}]}}]
  template:
    metadata: {name: 'envs-{{env}}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, path: web}
      destination: {server: https://kubernetes.default.svc, namespace: '{{env}}'}
`,
    // an app whose source is another repository, which the pull request leaves alone: never fetched
    'argocd/elsewhere.yaml': application('elsewhere', 'path: web').replace(
      `repoURL: ${REPO_URL}`,
      'repoURL: https://github.com/acme/platform',
    ),
    'web/cm.yaml': CM('one'),
  });
  repo.commit({ 'web/cm.yaml': CM('two') });
  const run = await offline(['check', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', repo.dir]);
  expect(run.stderr).not.toContain('blocked by the test');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { apps: Array<{ name: string; status: string }> };
  expect(report.apps.map((a) => `${a.name} ${a.status}`).sort()).toEqual([
    'envs-dev changed',
    'envs-prod changed',
    'web changed',
  ]);
  expect(run.attempts).toEqual([]);
});

test('control: a request from Slipway itself (a bump on GitHub) is caught by the preload', async () => {
  const run = await offline(['bump', '--repo', 'acme/manifests', '--json', 'ghcr.io/acme/api:1.5.0'], {
    GITHUB_TOKEN: 'not-a-token',
  });
  expect(run.code).not.toBe(0);
  expect(run.attempts.length).toBeGreaterThan(0);
});

helmTest(
  'control: an app that needs the network (a chart from a chart repository) is not previewed, never passed',
  async () => {
    repo = manifestsRepo({
      'argocd/charted.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: charted, namespace: argocd}
spec:
  project: default
  source: {repoURL: 'http://charts.example.com', chart: web, targetRevision: 1.0.0}
  destination: {server: https://kubernetes.default.svc, namespace: charted}
`,
    });
    repo.commit({
      'argocd/charted.yaml': readFileSync(join(repo.dir, 'argocd/charted.yaml'), 'utf8').replace(
        '1.0.0',
        '1.0.1',
      ),
    });
    const run = await offline(['check', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', repo.dir]);
    const report = JSON.parse(run.stdout) as { apps: Array<{ name: string; status: string; note?: string }> };
    expect(report.apps).toEqual([
      expect.objectContaining({
        name: 'charted',
        status: 'not-previewed',
        note: expect.stringContaining('charts.example.com'),
      }),
    ]);
    expect(run.attempts).toEqual([]);
  },
);
