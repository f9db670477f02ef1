// Where a chart is pulled from, as Argo CD reads a Helm source (argoproj/argo-cd@37ee0097cf85:
// util/helm/client.go IsHelmOciRepo, util/helm/cmd.go PullOCI, types.go IsOCI), and which registries
// get credentials or plain HTTP.
import { appUnit } from '../../../src/core/argo/application.js';
import {
  chartLocation,
  isExactVersion,
  plainHttpAllowed,
  registrySettings,
  type ChartLocation,
} from '../../../src/core/render/chartSource.js';

test.each([
  [
    { repoURL: 'https://charts.example.com/stable', name: 'web', version: '1.2.0' },
    { kind: 'http', repo: 'https://charts.example.com/stable', host: 'charts.example.com', plain: false },
  ],
  [
    { repoURL: 'registry-1.docker.io/bitnamicharts', name: 'nginx', version: '15.9.0' },
    { kind: 'oci', ref: 'oci://registry-1.docker.io/bitnamicharts/nginx', host: 'registry-1.docker.io' },
  ],
  [
    { repoURL: 'oci://ghcr.io/acme/charts', name: 'web' },
    { kind: 'oci', ref: 'oci://ghcr.io/acme/charts/web', host: 'ghcr.io' },
  ],
  [
    { repoURL: '127.0.0.1:5000', name: 'web' },
    { kind: 'oci', ref: 'oci://127.0.0.1:5000/web', host: '127.0.0.1:5000' },
  ],
])('%j is pulled from %j', (ref, expected) => {
  expect(chartLocation(ref)).toEqual(expect.objectContaining(expected));
});

test.each([
  [{ repoURL: 'file:///etc', name: 'web' }, 'is not an http(s) URL or an OCI registry'],
  [{ repoURL: 'https://u:pw@charts.example.com', name: 'web' }, 'holds credentials'],
  [{ repoURL: 'ghcr.io/Acme', name: 'web' }, 'is not a valid OCI reference'],
  [{ repoURL: 'ghcr.io/acme', name: 'web --debug' }, 'is not a valid OCI reference'],
])('%j is refused: %s', (ref, message) => {
  const location = chartLocation(ref);
  expect('problem' in location && location.problem).toEqual(expect.stringContaining(message));
  expect(JSON.stringify(location)).not.toContain('pw');
});

test('only an exact version is kept across runs', () => {
  expect(['1.2.0', 'v1.2.0', '1.2.0-rc.1+b7'].map(isExactVersion)).toEqual([true, true, true]);
  expect(['^1.2.0', '*', '1.2', '>=1.0.0 <2.0.0', undefined].map(isExactVersion)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});

test('credentials by host; plain HTTP only for loopback and listed hosts; a malformed value is never quoted', () => {
  const settings = registrySettings({
    SLIPWAY_HELM_CREDENTIALS: JSON.stringify({
      'oci://GHCR.io': { username: 'bot', password: 'p1' },
      'https://charts.example.com/stable': { username: 'ci', password: 'p2' },
    }),
    SLIPWAY_HELM_PLAIN_HTTP: 'registry.internal:5000, other.internal',
  });
  expect([...settings.credentials]).toEqual([
    ['ghcr.io', { username: 'bot', password: 'p1' }],
    ['charts.example.com', { username: 'ci', password: 'p2' }],
  ]);
  const at = (repoURL: string) => chartLocation({ repoURL, name: 'web' }) as ChartLocation;
  expect(
    ['localhost:5000/c', '127.0.0.1:5000', 'registry.internal:5000/c', 'ghcr.io/acme'].map((u) =>
      plainHttpAllowed(at(u), settings),
    ),
  ).toEqual([true, true, true, false]);
  for (const text of ['{"ghcr.io": "hunter2"}', 'hunter2', '["hunter2"]']) {
    const bad = registrySettings({ SLIPWAY_HELM_CREDENTIALS: text });
    expect(bad.problem).toMatch(/^SLIPWAY_HELM_CREDENTIALS must be a JSON object/);
    expect(bad.problem).not.toContain('hunter2');
  }
});

test('an oci:// source is a Helm chart named by its URL; a path inside a non-chart artifact is not previewed', () => {
  const app = (source: string) =>
    appUnit(
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name: 'web' },
        spec: {
          source: JSON.parse(source) as unknown,
          destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
        },
      },
      'apps/web.yaml',
      1,
      ['https://github.com/acme/manifests'],
    ).unit?.sources[0];
  expect(app('{"repoURL": "oci://ghcr.io/acme/charts/web", "path": ".", "targetRevision": "1.2.0"}')).toEqual(
    expect.objectContaining({
      chart: { repoURL: 'oci://ghcr.io/acme/charts', name: 'web', version: '1.2.0' },
    }),
  );
  expect(app('{"repoURL": "oci://ghcr.io/acme/bundle", "path": "manifests"}')?.unsupported).toMatch(
    /^OCI artifact \(path "manifests"/,
  );
});
