// The preview's clusters come from the base's cluster definitions folder, at both sides: a pull request
// that edits the folder changes no generated app, and a destination by cluster name is the same cluster as
// that cluster's server for the check across apps.
import { treeFromTexts } from '../../src/core/fileTree.js';
import { computeDiff } from '../../src/pipeline/preview.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { REPO_URL } from '../support/manifestsRepo.js';

const secret = (name: string, server: string, env: string) => `apiVersion: v1
kind: Secret
metadata:
  name: cluster-${name}
  labels: {argocd.argoproj.io/secret-type: cluster, env: ${env}}
stringData: {name: ${name}, server: '${server}', config: 'not-a-real-token'}
`;

const appSet = (name: string, destination: string, path: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: ${name}, namespace: argocd}
spec:
  goTemplate: true
  generators: [{clusters: {selector: {matchLabels: {env: prod}}}}]
  template:
    metadata: {name: '{{.name}}-${name}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, path: ${path}}
      destination: {${destination}, namespace: web}
`;

const cm = (value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: web}\ndata: {v: "${value}"}\n`;

const base = {
  'clusters/prod.yaml': secret('prod', 'https://prod.example.com', 'prod'),
  'argocd/by-server.yaml': appSet('by-server', "server: '{{.server}}'", 'one'),
  'argocd/by-name.yaml': appSet('by-name', "name: '{{.name}}'", 'two'),
  'one/cm.yaml': cm('1'),
  'two/cm.yaml': cm('1'),
};

async function preview(head: Record<string, string>, clusters = 'clusters') {
  const options = {
    ...parsePreviewOptions((name) => (name === 'clusters' ? clusters : ''), [REPO_URL]),
    render: 'changed' as const,
  };
  return computeDiff(treeFromTexts(base), treeFromTexts(head), options, concatenatingRenderer);
}

test('a pull request editing the clusters folder is previewed with the base clusters', async () => {
  const run = await preview({
    ...base,
    // the head drops prod for another cluster, and changes what prod's app deploys
    'clusters/prod.yaml': secret('forged', 'https://forged.example.com', 'prod'),
    'one/cm.yaml': cm('2'),
  });
  expect(run.diff.apps.map((a) => `${a.name} ${a.status}`).sort()).toEqual(['prod-by-server changed']);
  expect(run.uncovered).toEqual(['clusters/prod.yaml']);
});

test('a destination by name is the cluster of that name: one object, two apps, one warning', async () => {
  const run = await preview({ ...base, 'one/cm.yaml': cm('2'), 'two/cm.yaml': cm('2') });
  const shared = run.diff.apps.flatMap((a) =>
    a.findings.filter((f) => f.rule === 'shared-object').map((f) => f.message),
  );
  expect(shared).toEqual([
    expect.stringContaining('to https://prod.example.com; the two apps will fight over it'),
  ]);
  expect(JSON.stringify(run.diff)).not.toContain('not-a-real-token');
});

test('without the folder named, the sets are not previewed, saying what they need', async () => {
  const run = await preview({ ...base, 'one/cm.yaml': cm('2') }, '');
  expect(run.diff.notPreviewed.map((n) => n.reason)).toEqual([
    'ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
    'ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
  ]);
});
