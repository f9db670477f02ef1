// ApplicationSet generators and deletion as Argo CD does them, through dist/ on real git repositories:
// a git generator's own `values`, an element removed under each syncPolicy (the resources finalizer,
// preserveResourcesOnDeletion, applicationsSync), `**` in git directories (Go's path.Match: one
// segment), a git files generator file that is not YAML/JSON, and the headline when a set is not seen.
import { manifestsRepo, REPO_URL, type ManifestsRepo } from '../support/manifestsRepo.js';

const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {a: b}\n`;

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

type App = {
  name: string;
  status: string;
  note?: string;
  changes: Array<{ change: string; object: string }>;
};
const summary = (apps: App[]) =>
  apps.map((a) => [a.name, a.status, a.note ?? '', a.changes.map((c) => `${c.change} ${c.object}`)]);

const gitValuesSet = (team: string) =>
  appSet(
    'teams',
    `goTemplate: true
goTemplateOptions: ["missingkey=error"]
generators:
  - git:
      repoURL: ${REPO_URL}.git
      revision: HEAD
      directories: [{path: 'apps/*'}]
      values:
        team: '${team}'
        ns: '{{ .path.basename }}-{{ index .path.segments 0 }}'
template:
  metadata:
    name: '{{ .path.basename }}'
    labels: {team: '{{ .values.team }}'}
  spec:
    project: default
    source: {repoURL: ${REPO_URL}, path: '{{ .path.path }}'}
    destination: {server: https://kubernetes.default.svc, namespace: '{{ .values.ns }}'}`,
  );

test("a git generator's own values: apps added, changed and deleted as Argo CD generates them", async () => {
  repo = manifestsRepo({
    'apps/a/cm.yaml': CM('a'),
    'apps/b/cm.yaml': CM('b'),
    'argocd/teams.yaml': gitValuesSet('blue'),
  });
  await repo.commit({
    'apps/a/cm.yaml': null,
    'apps/b/cm.yaml': CM('b').replace('{a: b}', '{a: changed}'),
    'apps/c/cm.yaml': CM('c'),
    'argocd/teams.yaml': gitValuesSet('green'),
  });
  const run = await repo.diff();
  expect(run.json?.notPreviewed).toEqual([]);
  expect(summary((run.json?.apps ?? []) as App[])).toEqual([
    [
      'a',
      'removed',
      'app removed from ApplicationSet teams: deleted with its 1 object(s) (resources finalizer)',
      ['deleted ConfigMap/a-apps/a'],
    ],
    ['b', 'changed', '', ['changed ConfigMap/b-apps/b']],
    ['c', 'new', 'new app: 1 object(s) created when someone syncs', ['created ConfigMap/c-apps/c']],
  ]);
  const markdown = await repo.diff(['--format', 'markdown']);
  expect(markdown.stdout).toContain('app removed from ApplicationSet teams: deleted with its 1 object(s)');
  expect(markdown.stdout).not.toContain('No change');
});

const listSet = (name: string, elements: string[], syncPolicy = '') =>
  appSet(
    name,
    `goTemplate: true
generators:
  - list:
      elements: [${elements.map((e) => `{env: ${e}}`).join(', ')}]
${syncPolicy ? `syncPolicy: ${syncPolicy}\n` : ''}template:
  metadata: {name: '${name}-{{ .env }}'}
  spec:
    project: default
    source: {repoURL: ${REPO_URL}, path: 'envs/{{ .env }}'}
    destination: {server: https://kubernetes.default.svc, namespace: '${name}-{{ .env }}'}`,
  );

test('an element removed: deleted with its objects, left running, or not deleted, as syncPolicy says', async () => {
  const policies: Record<string, string> = {
    plain: '',
    keep: '{preserveResourcesOnDeletion: true}',
    'only-create': '{applicationsSync: create-only}',
    'no-delete': '{applicationsSync: create-update}',
    'no-update': '{applicationsSync: create-delete}',
    full: '{applicationsSync: sync}',
  };
  const sets = (elements: string[]) =>
    Object.fromEntries(
      Object.entries(policies).map(([name, policy]) => [
        `argocd/${name}.yaml`,
        listSet(name, elements, policy),
      ]),
    );
  repo = manifestsRepo({
    'envs/dev/cm.yaml': CM('dev'),
    'envs/prod/cm.yaml': CM('prod'),
    ...sets(['dev', 'prod']),
  });
  // prod is removed from every set, and dev's objects change
  await repo.commit({ ...sets(['dev']), 'envs/dev/cm.yaml': CM('dev').replace('{a: b}', '{a: c}') });
  const run = await repo.diff();
  expect(run.json?.notPreviewed).toEqual([]);
  const notes = Object.fromEntries(
    ((run.json?.apps ?? []) as App[]).map((a) => [a.name, [a.status, a.note ?? '']]),
  );
  expect(notes).toEqual({
    'plain-prod': [
      'removed',
      'app removed from ApplicationSet plain: deleted with its 1 object(s) (resources finalizer)',
    ],
    'keep-prod': [
      'removed',
      'app removed from ApplicationSet keep: the Application is deleted, its 1 object(s) left running (preserveResourcesOnDeletion), no longer managed',
    ],
    'only-create-prod': [
      'removed',
      'no longer generated by ApplicationSet only-create, but not deleted (applicationsSync: create-only): the Application and its 1 object(s) stay as they are',
    ],
    'no-delete-prod': [
      'removed',
      'no longer generated by ApplicationSet no-delete, but not deleted (applicationsSync: create-update): the Application and its 1 object(s) stay as they are',
    ],
    'no-update-prod': [
      'removed',
      'app removed from ApplicationSet no-update: deleted with its 1 object(s) (resources finalizer)',
    ],
    'full-prod': [
      'removed',
      'app removed from ApplicationSet full: deleted with its 1 object(s) (resources finalizer)',
    ],
    'plain-dev': ['changed', ''],
    'keep-dev': ['changed', ''],
    'only-create-dev': [
      'changed',
      'not updated (applicationsSync: create-only): Argo CD leaves the Application as ApplicationSet only-create first generated it, so these changes reach the cluster only if it is updated some other way',
    ],
    'no-delete-dev': ['changed', ''],
    'no-update-dev': [
      'changed',
      'not updated (applicationsSync: create-delete): Argo CD leaves the Application as ApplicationSet no-update first generated it, so these changes reach the cluster only if it is updated some other way',
    ],
    'full-dev': ['changed', ''],
  });
  // what is deleted, and what is left running, object by object
  const prod = (name: string) => ((run.json?.apps ?? []) as App[]).find((a) => a.name === name)?.changes;
  expect(prod('plain-prod')?.map((c) => c.change)).toEqual(['deleted']);
  expect(prod('keep-prod')?.map((c) => c.change)).toEqual(['deleted']);
  expect(prod('no-delete-prod')).toEqual([]);
});

test("`**` in git directories is one path segment (Go's path.Match), not any depth", async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n' });
  await repo.commit({
    'apps/a/cm.yaml': CM('a'),
    'apps/b/deep/cm.yaml': CM('deep'),
    'argocd/stars.yaml': appSet(
      'stars',
      `goTemplate: true
generators:
  - git:
      repoURL: ${REPO_URL}
      directories: [{path: 'apps/**'}]
template:
  metadata: {name: 'star-{{ index .path.segments 1 }}'}
  spec:
    project: default
    source: {repoURL: ${REPO_URL}, path: '{{ .path.path }}', directory: {recurse: true}}
    destination: {server: https://kubernetes.default.svc, namespace: '{{ .path.basename }}'}`,
    ),
  });
  const run = await repo.diff();
  expect(run.json?.notPreviewed).toEqual([]);
  expect(summary((run.json?.apps ?? []) as App[]).map(([name, , , changes]) => [name, changes])).toEqual([
    ['star-a', ['created ConfigMap/a/a']],
    ['star-b', ['created ConfigMap/b/deep']],
  ]);
});

test('a git files generator file that is not YAML or JSON is named in a finding; the other sets are previewed', async () => {
  repo = manifestsRepo({ 'README.md': '# apps\n', 'apps/x/cm.yaml': CM('x') });
  await repo.commit({
    'clusters/ok/config.json': '{"name": "ok"}',
    'clusters/broken/config.json': 'this is not json or yaml',
    'argocd/files.yaml': appSet(
      'from-files',
      `goTemplate: true
generators:
  - git:
      repoURL: ${REPO_URL}
      files: [{path: 'clusters/*/config.json'}]
template:
  metadata: {name: 'f-{{ .name }}'}
  spec:
    project: default
    source: {repoURL: ${REPO_URL}, path: apps/x}
    destination: {server: https://kubernetes.default.svc, namespace: '{{ .name }}'}`,
    ),
    'argocd/fine.yaml': listSet('fine', ['dev']).replace('envs/{{ .env }}', 'apps/x'),
  });
  const run = await repo.diff();
  expect(run.json?.notPreviewed.map((n) => [n.name, n.file, n.reason])).toEqual([
    [
      'from-files',
      'argocd/files.yaml',
      'ApplicationSet: its git files generator file clusters/broken/config.json is not a YAML or JSON map, nor a list of maps (Argo CD: unable to parse file), not previewed',
    ],
  ]);
  expect(run.json?.apps.map((a) => a.name)).toEqual(['fine-dev']);
  const markdown = await repo.diff(['--format', 'markdown']);
  expect(markdown.stdout).toContain('**Preview incomplete**');
});

test('values beside a generator, where Argo CD does not read them: under missingkey=error the set fails, and the headline says the preview is incomplete', async () => {
  const set = (team: string) =>
    appSet(
      'misplaced',
      `goTemplate: true
goTemplateOptions: ["missingkey=error"]
generators:
  - list:
      elements: [{env: dev}]
    values: {team: ${team}}
template:
  metadata: {name: 'm-{{ .env }}', labels: {team: '{{ .values.team }}'}}
  spec:
    project: default
    source: {repoURL: ${REPO_URL}, path: apps/x}
    destination: {server: https://kubernetes.default.svc, namespace: x}`,
    );
  repo = manifestsRepo({ 'apps/x/cm.yaml': CM('x'), 'argocd/set.yaml': set('blue') });
  await repo.commit({ 'argocd/set.yaml': set('green') });
  const run = await repo.diff(['--format', 'markdown']);
  expect(run.stdout).toContain('**Preview incomplete**');
  expect(run.stdout).not.toContain('**No change**');
});

test('an ApplicationSet that fails at the head deletes nothing: its apps are not previewed, not deleted', async () => {
  repo = manifestsRepo({
    'envs/dev/cm.yaml': CM('dev'),
    'argocd/fleet.yaml': listSet('fleet', ['dev']),
  });
  // a matrix child naming two generators: Argo CD refuses the whole set
  await repo.commit({
    'argocd/fleet.yaml': listSet('fleet', ['dev']).replace(
      /- list:\n\s+elements: \[\{env: dev\}\]/,
      '- matrix:\n        generators:\n          - list: {elements: [{env: dev}]}\n            git: {repoURL: x, directories: [{path: "*"}]}\n          - list: {elements: [{x: y}]}',
    ),
  });
  const run = await repo.diff();
  expect(run.json?.notPreviewed.map((n) => n.reason)).toEqual([
    'ApplicationSet: a child of its matrix or merge generator names more than one generator (list, git), which Argo CD refuses, not previewed',
  ]);
  expect(summary((run.json?.apps ?? []) as App[])).toEqual([
    [
      'fleet-dev',
      'not-previewed',
      'not previewed: ApplicationSet fleet fails at the head, and while it fails Argo CD creates, updates and deletes none of its Applications',
      [],
    ],
  ]);
  expect(run.json?.totals.deleted).toBe(0);
});

const filesSet = appSet(
  'configs',
  `goTemplate: true
generators:
  - git:
      repoURL: ${REPO_URL}.git
      revision: HEAD
      files: [{path: 'configs/*/config.json'}]
template:
  metadata: {name: '{{ .name }}'}
  spec:
    project: default
    source: {repoURL: ${REPO_URL}, path: 'apps/{{ .name }}'}
    destination: {server: https://kubernetes.default.svc, namespace: '{{ .name }}'}`,
);

test('new-git-file-globbing: a git files path matched as Argo CD matches it with the controller option on and off', async () => {
  repo = manifestsRepo({
    'argocd/configs.yaml': filesSet,
    'apps/a/cm.yaml': CM('a'),
    'apps/b/cm.yaml': CM('b'),
  });
  await repo.commit({
    'configs/a/config.json': '{"name": "a"}',
    'configs/a/b/config.json': '{"name": "b"}',
  });
  const names = (run: Awaited<ReturnType<ManifestsRepo['diff']>>) =>
    ((run.json?.apps ?? []) as App[]).map((a) => `${a.name} ${a.status}`).sort();
  // git's pathspec (the default): `*` crosses folders, so configs/a/b/config.json is read too
  expect(names(await repo.diff())).toEqual(['a new', 'b new']);
  // the newer globbing: `*` stays in one folder
  expect(names(await repo.diff(['--new-git-file-globbing']))).toEqual(['a new']);
});
