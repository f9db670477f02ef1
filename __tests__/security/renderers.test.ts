// What a pull request can make the renderers do, and what their messages may say: a chart file linked
// out of the repository fails the app, a Chart.lock cannot send `helm dependency build` to the network,
// a renderer's error shows no Secret value and no path of the runner, and an ApplicationSet's
// credential-like Helm parameters are masked like an Application's. Through dist/ on real git repos,
// with a real helm.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmTest } from '../support/helm.js';
import {
  application,
  chartFiles,
  manifestsRepo,
  REPO_URL,
  VALUES_CHART,
  type DiffJson,
  type ManifestsRepo,
} from '../support/manifestsRepo.js';

let repo: ManifestsRepo | undefined;
let outside: string | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
  if (outside) rmSync(outside, { recursive: true, force: true });
  outside = undefined;
});

const findings = (json: DiffJson | undefined) =>
  (json?.apps ?? []).flatMap((a) => a.findings.map((f) => `${a.name}: ${f.message}`));

async function everyFormat(r: ManifestsRepo): Promise<string> {
  const outputs = await Promise.all(['json', 'markdown', 'text'].map((f) => r.diff(['--format', f])));
  return outputs.map((o) => o.stdout + o.stderr).join('\n');
}

helmTest('a chart template that is a link out of the repository fails the app, naming the file', async () => {
  outside = mkdtempSync(join(tmpdir(), 'slipway-outside-'));
  const stolen = join(outside, 'stolen.yaml');
  writeFileSync(
    stolen,
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: stolen}\ndata: {x: RUNNER-FILE-CONTENT}\n',
  );
  repo = manifestsRepo({
    ...chartFiles('charts/demo'),
    'apps/demo.yaml': application('demo', 'path: charts/demo'),
  });
  symlinkSync(stolen, join(repo.dir, 'charts/demo/templates/stolen.yaml'));
  repo.commit({}, 'link a template out of the repository');
  const run = await repo.diff();
  expect(run.stdout + run.stderr).not.toContain('RUNNER-FILE-CONTENT');
  const app = run.json?.apps.find((a) => a.name === 'demo');
  expect(app?.status).toBe('render-failed');
  expect(findings(run.json)).toContainEqual(
    expect.stringContaining(
      'demo: charts/demo/templates/stolen.yaml is a link to a place outside the repository: Argo CD fails the app',
    ),
  );
});

helmTest(
  'a chart template linked to a file of the repository is previewed when that file changes',
  async () => {
    repo = manifestsRepo({
      ...chartFiles('charts/demo', { 'Chart.yaml': VALUES_CHART['Chart.yaml'] }),
      'shared/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared}\ndata: {x: "1"}\n',
      'apps/demo.yaml': application('demo', 'path: charts/demo'),
    });
    mkdirSync(join(repo.dir, 'charts/demo/templates'));
    symlinkSync('../../../shared/cm.yaml', join(repo.dir, 'charts/demo/templates/cm.yaml'));
    repo.commit({}, 'link a template to a shared file');
    await repo.commit({
      'shared/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared}\ndata: {x: "2"}\n',
    });
    const run = await repo.diff();
    const app = run.json?.apps.find((a) => a.name === 'demo');
    expect(app?.status).toBe('changed');
    expect(app?.changes.map((c) => c.diff).join('\n')).toMatch(/-\s+x: "1"\n\+\s+x: "2"/);
  },
);

/** helm's digest of a lock: sha256 of the JSON of [Chart.yaml's dependencies, the lock's dependencies]. */
function lockFile(
  declared: Array<{ name: string; version: string; repository: string }>,
  locked: Array<{ name: string; version: string; repository: string }>,
): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([declared, locked]))
    .digest('hex');
  const entries = locked.map(
    (d) => `- name: ${d.name}\n  repository: ${d.repository}\n  version: ${d.version}\n`,
  );
  return `dependencies:\n${entries.join('')}digest: sha256:${digest}\ngenerated: "2026-01-01T00:00:00Z"\n`;
}

/** A TCP server on the loopback that counts every connection made to it. */
async function listener(): Promise<{ server: Server; port: number; connections: () => number }> {
  let count = 0;
  const server = createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, port, connections: () => count };
}

helmTest(
  'a Chart.lock that sends a file:// dependency to a registry fails the app and helm connects nowhere',
  async () => {
    const { server, port, connections } = await listener();
    try {
      const sub = { name: 'sub', version: '0.1.0', repository: 'file://../sub' };
      const main = (name: string) =>
        `apiVersion: v2\nname: ${name}\nversion: 0.1.0\ndependencies:\n  - name: sub\n    version: 0.1.0\n    repository: file://../sub\n`;
      const registry = `oci://127.0.0.1:${port}/charts`;
      repo = manifestsRepo({
        ...chartFiles('charts/sub', {
          'Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
          'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: from-sub}\n',
        }),
        ...chartFiles('charts/good', {
          'Chart.yaml': main('good'),
          'Chart.lock': lockFile([sub], [sub]),
          'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good}\n',
        }),
        ...chartFiles('charts/evil', {
          'Chart.yaml': main('evil'),
          'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: evil}\n',
        }),
        'apps/good.yaml': application('good', 'path: charts/good'),
        'apps/evil.yaml': application('evil', 'path: charts/evil'),
      });
      await repo.commit({
        'charts/evil/Chart.lock': lockFile([sub], [{ ...sub, repository: registry }]),
        'charts/good/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good2}\n',
      });
      const run = await repo.diff();
      expect(connections()).toBe(0);
      const evil = run.json?.apps.find((a) => a.name === 'evil');
      expect(evil?.status).toBe('render-failed');
      expect(findings(run.json)).toContainEqual(
        `evil: charts/evil/Chart.lock gives dependency "sub" the repository "${registry}" where Chart.yaml gives file://../sub: helm dependency build follows the lock, and Slipway never lets it reach the network or leave the repository (run helm dependency update to make the lock match Chart.yaml); not rendered`,
      );
      // a lock that matches Chart.yaml still builds the file:// dependency offline
      const good = run.json?.apps.find((a) => a.name === 'good');
      expect(good?.findings).toEqual([]);
      expect(good?.changes.map((c) => c.object)).toEqual(
        expect.arrayContaining([expect.stringContaining('ConfigMap/good/good2')]),
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  },
);

test('a kustomize patch error shows neither the Secret values it quotes nor the runner’s temporary folder', async () => {
  const secret =
    'apiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData: {DB_PASSWORD: base-value}\n';
  repo = manifestsRepo({
    'apps/db.yaml': application('db', 'path: k/db'),
    'k/db/kustomization.yaml': 'resources: [secret.yaml]\n',
    'k/db/secret.yaml': secret,
  });
  await repo.commit({
    'k/db/kustomization.yaml': `resources: [secret.yaml]
patches:
  - patch: |-
      apiVersion: v1
      kind: Secret
      metadata: {name: db}
      stringData:
        DB_PASSWORD: patched-db-password
       broken: indent
`,
  });
  const out = await everyFormat(repo);
  expect(out).toMatch(/kustomize build failed: .*unable to parse SM or JSON patch from \[patch: "…"\]/);
  expect(out).toContain("recursed accumulation of path 'k/db'");
  expect(out).not.toContain('patched-db-password');
  expect(out).not.toContain('base-value');
  expect(out).not.toMatch(/slipway-render-|\/dev\/shm|\.\.\/repo/);
  expect(out).not.toContain(tmpdir());
});

test('credential-like Helm parameters of an ApplicationSet template and its generators are masked', async () => {
  const set = (password: string, element: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: set, namespace: argocd}
spec:
  goTemplate: true
  generators:
    - list:
        elements:
          - {env: dev, dbPassword: ${element}}
  template:
    metadata: {name: 'child-{{.env}}'}
    spec:
      project: default
      source:
        repoURL: ${REPO_URL}
        path: charts/child
        helm:
          parameters:
            - {name: db.password, value: ${password}}
            - {name: replicas, value: "2"}
      destination: {server: https://kubernetes.default.svc, namespace: child}
`;
  // app-of-apps: the parent deploys the ApplicationSet, so its spec is part of the diff
  repo = manifestsRepo({
    'apps/parent.yaml': application('parent', 'path: parent'),
    'parent/set.yaml': set('old-set-password', 'old-element-password'),
    ...chartFiles('charts/child', {
      'Chart.yaml': VALUES_CHART['Chart.yaml'],
      'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: child}\n',
    }),
  });
  await repo.commit({ 'parent/set.yaml': set('new-set-password', 'new-element-password') });
  const out = await everyFormat(repo);
  expect(out).toContain('ApplicationSet/argocd/set');
  expect(out).toContain('<secret value changed>');
  for (const value of [
    'old-set-password',
    'new-set-password',
    'old-element-password',
    'new-element-password',
  ])
    expect(out).not.toContain(value);
});
