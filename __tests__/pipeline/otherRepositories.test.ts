// The preview with another repository's files (the fetch edge on a local bare repository): an app of
// this repository whose source is there is rendered from there when the pull request changes it, with
// `$values` from this repository; an app the pull request leaves alone is never fetched; a `$<ref>` from
// another repository is read inside that repository only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { localRenderer } from '../../src/edges/renderers.js';
import { otherRepositories } from '../../src/edges/otherRepositories.js';
import { computeDiff, type PreviewSettings } from '../../src/pipeline/preview.js';
import { helmTest } from '../support/helm.js';
import { chartFiles } from '../support/manifestsRepo.js';
import { fetchEnv, otherRepo, type OtherRepo } from '../support/otherRepo.js';

const REPO = 'https://github.com/acme/manifests';
const SETTINGS: PreviewSettings = {
  repoUrls: [REPO],
  render: 'changed',
  kubernetesVersion: '1.31',
  strict: false,
  requireSchemas: false,
  imageTagSeverity: 'warning',
  kustomizeBuildOptions: [],
  paths: [],
};
const app = (name: string, sources: string[]) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}, namespace: argocd}
spec:
  project: default
  sources:
${sources.map((s) => `    - ${s}`).join('\n')}
  destination: {server: https://kubernetes.default.svc, namespace: ${name}}
`;
const CM = (value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata: {value: "${value}"}\n`;

let other: OtherRepo;
let cache = '';
const asked: string[] = [];
beforeAll(() => {
  other = otherRepo('https://git.test/acme/platform', {
    ...chartFiles('charts/demo'),
    'web/cm.yaml': CM('platform'),
    'envs/prod.yaml': 'greeting: from-platform\n',
  });
  cache = mkdtempSync(join(tmpdir(), 'slipway-cache-'));
});
afterAll(() => {
  other.remove();
  rmSync(cache, { recursive: true, force: true });
});

function settings(): PreviewSettings {
  const repos = otherRepositories({
    token: '',
    serverUrl: 'https://github.com',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...fetchEnv(cache, [other]) },
  });
  return {
    ...SETTINGS,
    otherTree: (url, revision) => {
      asked.push(`${url}@${revision}`);
      return repos.tree(url, revision, 1 << 20);
    },
  };
}

test('an app whose source is elsewhere: rendered from there when its Application changes, never fetched otherwise', async () => {
  asked.length = 0;
  const untouched = app('untouched', ['{repoURL: https://git.test/acme/nowhere, path: web}']);
  const base = treeFromTexts({ 'argocd/untouched.yaml': untouched });
  const head = treeFromTexts({
    'argocd/web.yaml': app('web', ['{repoURL: https://git.test/acme/platform, path: web}']),
    'argocd/untouched.yaml': untouched,
  });
  const run = await computeDiff(base, head, settings(), localRenderer);
  expect(run.diff.apps.map((a) => [a.name, a.status])).toEqual([['web', 'new']]);
  expect(run.diff.apps[0]?.changes.map((c) => [c.change, c.after])).toEqual([
    ['created', expect.objectContaining({ data: { value: 'platform' } })],
  ]);
  expect(asked).toEqual(['https://git.test/acme/platform@HEAD']);
});

helmTest(
  'a chart elsewhere with $values from this repository, and this chart with $ref values from there',
  async () => {
    asked.length = 0;
    const sources = {
      remoteChart: [
        '{repoURL: https://git.test/acme/platform, path: charts/demo, helm: {valueFiles: [$values/envs/web.yaml]}}',
        `{repoURL: ${REPO}, ref: values}`,
      ],
      localChart: [
        `{repoURL: ${REPO}, path: charts/local, helm: {valueFiles: [$values/envs/prod.yaml]}}`,
        '{repoURL: https://git.test/acme/platform, ref: values}',
      ],
      escaping: [
        `{repoURL: ${REPO}, path: charts/local, helm: {valueFiles: [$conf/../outside.yaml]}}`,
        '{repoURL: https://git.test/acme/platform, ref: conf}',
      ],
    };
    const files = {
      'argocd/remote.yaml': app('remote', sources.remoteChart),
      'argocd/local.yaml': app('local', sources.localChart),
      'argocd/escaping.yaml': app('escaping', sources.escaping),
      ...chartFiles('charts/local'),
    };
    const base = treeFromTexts({ ...files, 'envs/web.yaml': 'greeting: base\n' });
    const head = treeFromTexts({
      ...files,
      'envs/web.yaml': 'greeting: head\n',
      'charts/local/templates/extra.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\ndata: {greeting: {{ .Values.greeting | quote }}}\n',
    });
    const run = await computeDiff(base, head, settings(), localRenderer);
    const byName = new Map(run.diff.apps.map((a) => [a.name, a]));
    const remote = byName.get('remote');
    expect(remote?.status).toBe('changed');
    expect(remote?.changes.map((c) => [c.before?.data, c.after?.data])).toEqual([
      [{ values: '{"greeting":"base"}' }, { values: '{"greeting":"head"}' }],
    ]);
    const local = byName.get('local');
    expect(local?.changes.find((c) => c.object.includes('extra'))?.after?.data).toEqual({
      greeting: 'from-platform',
    });
    const escaping = byName.get('escaping');
    expect(escaping?.findings).toEqual([
      expect.objectContaining({
        rule: 'path-escape',
        message:
          'value file $conf/../outside.yaml resolves outside https://git.test/acme/platform@HEAD; it is not read',
      }),
    ]);
  },
);
