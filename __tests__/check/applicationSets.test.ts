// ApplicationSets as Argo CD expands them, through dist/ on real git repositories: Go templates with
// sprig, matrix and merge generators, values, templatePatch, missingkey=error, legacy templates, and the
// generators Slipway does not model listed as not previewed.
import { manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';
import { configMap } from '../support/builders.js';

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

const appSet = (name: string, body: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: ${name}, namespace: argocd}
spec:
${body.replace(/^/gm, '  ')}
`;

test('matrix of git directories × a list, with sprig, values and templatePatch: each app previewed', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n' });
  await repo.commit({
    'apps/Web_Shop/cm.yaml': configMap('shop', { a: 'b' }),
    'apps/search/cm.yaml': configMap('search', { a: 'b' }),
    'argocd/matrix.yaml': appSet(
      'per-env',
      `goTemplate: true
goTemplateOptions: ["missingkey=error"]
generators:
  - matrix:
      generators:
        - git:
            repoURL: ${REPO_URL}.git
            revision: HEAD
            directories: [{path: 'apps/*'}]
            values:
              team: '{{ index .path.segments 0 }}'
        - list:
            elements:
              - {env: dev, autoSync: true}
              - {env: prod, autoSync: false}
template:
  metadata:
    name: '{{ .path.basenameNormalized }}-{{ .env }}'
    labels: {team: '{{ .values.team | upper }}'}
  spec:
    project: default
    source: {repoURL: ${REPO_URL}, path: '{{ .path.path }}'}
    destination: {server: https://kubernetes.default.svc, namespace: '{{ printf "%s-%s" (.path.basename | lower | replace "_" "-") .env }}'}
templatePatch: |
  {{- if .autoSync }}
  spec:
    syncPolicy:
      automated: {prune: true}
  {{- end }}`,
    ),
  });
  const run = await repo.diff();
  const apps = run.json?.apps ?? [];
  expect(apps.map((a) => [a.name, a.status, a.changes.map((c) => `${c.change} ${c.object}`)])).toEqual([
    ['search-dev', 'new', ['created ConfigMap/search-dev/search']],
    ['search-prod', 'new', ['created ConfigMap/search-prod/search']],
    ['web-shop-dev', 'new', ['created ConfigMap/web-shop-dev/shop']],
    ['web-shop-prod', 'new', ['created ConfigMap/web-shop-prod/shop']],
  ]);
  expect(run.json?.notPreviewed).toEqual([]);
});

test('merge generator by mergeKeys, and a legacy {{path.basename}} template', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n' });
  await repo.commit({
    'svc/a/cm.yaml': configMap('a', { a: 'b' }),
    'svc/b/cm.yaml': configMap('b', { a: 'b' }),
    'argocd/merge.yaml': appSet(
      'merged',
      `goTemplate: true
generators:
  - merge:
      mergeKeys: [name]
      generators:
        - list:
            elements: [{name: a, ns: default-a}, {name: b, ns: default-b}]
        - list:
            elements: [{name: b, ns: special-b}]
template:
  metadata: {name: 'm-{{ .name }}'}
  spec:
    source: {repoURL: ${REPO_URL}, path: 'svc/{{ .name }}'}
    destination: {namespace: '{{ .ns }}'}`,
    ),
    'argocd/legacy.yaml': appSet(
      'legacy',
      `generators:
  - git:
      repoURL: ${REPO_URL}
      directories: [{path: 'svc/*'}, {path: svc/b, exclude: true}]
template:
  metadata: {name: 'legacy-{{path.basename}}'}
  spec:
    source: {repoURL: ${REPO_URL}, path: '{{path}}'}
    destination: {namespace: 'l-{{path[1]}}'}`,
    ),
  });
  const run = await repo.diff();
  expect(run.json?.apps.map((a) => [a.name, a.changes.map((c) => c.object)])).toEqual([
    ['legacy-a', ['ConfigMap/l-a/a']],
    ['m-a', ['ConfigMap/default-a/a']],
    ['m-b', ['ConfigMap/special-b/b']],
  ]);
});

test('not modelled or failing: network generators, a missing key under missingkey=error, an unknown function — each listed with its reason', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n', 'apps/x/cm.yaml': configMap('x', { a: 'b' }) });
  const template = `template:
  metadata: {name: '{{ .name }}'}
  spec:
    source: {repoURL: ${REPO_URL}, path: apps/x}
    destination: {namespace: x}`;
  await repo.commit({
    'argocd/clusters.yaml': appSet('fleet', `goTemplate: true\ngenerators:\n  - clusters: {}\n${template}`),
    'argocd/pulls.yaml': appSet(
      'previews',
      `goTemplate: true\ngenerators:\n  - matrix:\n      generators:\n        - pullRequest: {github: {owner: acme, repo: web}}\n        - list: {elements: [{name: a}]}\n${template}`,
    ),
    'argocd/strict.yaml': appSet(
      'strict',
      `goTemplate: true\ngoTemplateOptions: ["missingkey=error"]\ngenerators:\n  - list: {elements: [{nome: typo}]}\n${template}`,
    ),
    'argocd/now.yaml': appSet(
      'dated',
      `goTemplate: true\ngenerators:\n  - list: {elements: [{name: a}]}\n${template.replace("'{{ .name }}'", "'{{ .name }}-{{ now }}'")}`,
    ),
  });
  const run = await repo.diff();
  expect(run.json?.notPreviewed.map((n) => [n.name, n.reason]).sort()).toEqual([
    [
      'dated',
      'ApplicationSet: its template fails: it calls now, whose result depends on the time Argo CD renders it, not previewed',
    ],
    [
      'fleet',
      'ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
    ],
    [
      'previews',
      'ApplicationSet: the pullRequest generator depends on more than this repository, not previewed',
    ],
    [
      'strict',
      'ApplicationSet: its template fails: at <.name>: map has no entry for key "name", not previewed',
    ],
  ]);
  expect(run.json?.apps).toEqual([]);
});

test('a malformed ApplicationSet is listed with what is wrong, never dropped', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n' });
  await repo.commit({
    'argocd/no-generators.yaml': appSet(
      'no-generators',
      'generators: {list: {}}\ntemplate: {metadata: {name: x}}',
    ),
    'argocd/no-template.yaml': appSet('no-template', 'generators: [{list: {elements: [{a: b}]}}]'),
  });
  const run = await repo.diff();
  expect(run.json?.notPreviewed.map((n) => [n.name, n.reason])).toEqual([
    [
      'no-generators',
      'ApplicationSet: it has no spec.generators list (Argo CD generates nothing from it), not previewed',
    ],
    [
      'no-template',
      'ApplicationSet: it has no spec.template (Argo CD generates nothing from it), not previewed',
    ],
  ]);
});
