// What the sync will do, in order: hooks and sync waves give each changed app its apply order (phase,
// wave, kind), and sync options change what happens to the objects they touch. Through dist/.
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

const obj = (kind: string, name: string, annotations: Record<string, string> = {}, extra = '') =>
  `apiVersion: ${kind === 'Deployment' ? 'apps/v1' : kind === 'Job' ? 'batch/v1' : 'v1'}
kind: ${kind}
metadata:
  name: ${name}
  annotations: ${JSON.stringify(annotations)}
${extra}`;
const DEPLOY_SPEC = (image: string) => `spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: '${image}'}]}
`;
const JOB_SPEC = `spec:\n  template:\n    spec: {restartPolicy: Never, containers: [{name: m, image: 'migrate:1'}]}\n`;

test('a migration hook and sync waves: the app lists the order Argo CD applies them in', async () => {
  repo = manifestsRepo({
    'api/deploy.yaml': obj(
      'Deployment',
      'api',
      { 'argocd.argoproj.io/sync-wave': '1' },
      DEPLOY_SPEC('api:1'),
    ),
    'api/config.yaml': obj('ConfigMap', 'settings', {}, 'data: {a: b}\n'),
    'api/migrate.yaml': obj('Job', 'migrate', { 'argocd.argoproj.io/hook': 'PreSync' }, JOB_SPEC),
    'api/smoke.yaml': obj(
      'Job',
      'smoke',
      { 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded' },
      JOB_SPEC,
    ),
    'argocd/api.yaml': application('api', 'path: api'),
  });
  await repo.commit({
    'api/deploy.yaml': obj(
      'Deployment',
      'api',
      { 'argocd.argoproj.io/sync-wave': '1' },
      DEPLOY_SPEC('api:2'),
    ),
  });
  const run = await repo.diff();
  const api = (run.json?.apps as unknown as Array<{ name: string; applyOrder?: string[] }>).find(
    (a) => a.name === 'api',
  );
  expect(api?.applyOrder).toEqual([
    'PreSync · wave 0: Job/api/migrate (hook)',
    'Sync · wave 0: ConfigMap/api/settings',
    'Sync · wave 1: Deployment/api/api',
    'PostSync · wave 0: Job/api/smoke (hook)',
  ]);
  const markdown = await repo.diff(['--format', 'markdown']);
  expect(markdown.stdout).toContain(
    '**Sync order** (phase, wave, then kind)\n1. PreSync · wave 0: Job/api/migrate (hook)\n1. Sync · wave 0: ConfigMap/api/settings\n1. Sync · wave 1: Deployment/api/api',
  );
});

test('sync options on the objects they touch: Replace, ServerSideApply, PruneLast, Prune=false, Delete=false, CreateNamespace', async () => {
  repo = manifestsRepo({
    'shop/a.yaml': obj(
      'ConfigMap',
      'replaced',
      { 'argocd.argoproj.io/sync-options': 'Replace=true' },
      'data: {v: "1"}\n',
    ),
    'shop/b.yaml': obj(
      'ConfigMap',
      'server-side',
      { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true' },
      'data: {v: "1"}\n',
    ),
    'shop/c.yaml': obj(
      'ConfigMap',
      'pruned-last',
      { 'argocd.argoproj.io/sync-options': 'PruneLast=true' },
      'data: {v: "1"}\n',
    ),
    'shop/d.yaml': obj(
      'ConfigMap',
      'kept',
      { 'argocd.argoproj.io/sync-options': 'Prune=false' },
      'data: {v: "1"}\n',
    ),
    'old/e.yaml': obj(
      'ConfigMap',
      'survivor',
      { 'argocd.argoproj.io/sync-options': 'Delete=false' },
      'data: {v: "1"}\n',
    ),
    'old/f.yaml': obj('ConfigMap', 'goner', {}, 'data: {v: "1"}\n'),
    'argocd/shop.yaml': application('shop', 'path: shop'),
    'argocd/old.yaml': application('old', 'path: old').replace(
      '  namespace: argocd\n',
      '  namespace: argocd\n  finalizers: [resources-finalizer.argocd.argoproj.io]\n',
    ),
  });
  await repo.commit({
    'shop/a.yaml': obj(
      'ConfigMap',
      'replaced',
      { 'argocd.argoproj.io/sync-options': 'Replace=true' },
      'data: {v: "2"}\n',
    ),
    'shop/b.yaml': obj(
      'ConfigMap',
      'server-side',
      { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true' },
      'data: {v: "2"}\n',
    ),
    'shop/c.yaml': null,
    'shop/d.yaml': null,
    'argocd/old.yaml': null,
    'fresh/cm.yaml': obj('ConfigMap', 'hello', {}, 'data: {v: "1"}\n'),
    'argocd/fresh.yaml': application('fresh', 'path: fresh', '    syncOptions: [CreateNamespace=true]\n'),
  });
  const run = await repo.diff();
  const byName = new Map(run.json?.apps.map((a) => [a.name, a]));
  const consequences = (name: string) =>
    byName
      .get(name)
      ?.changes.map(
        (c) => `${c.change} ${c.object}: ${(c as unknown as { consequence: string }).consequence}`,
      );
  expect(consequences('shop')).toEqual([
    'deleted ConfigMap/shop/kept: will be left running (Prune=false); the app shows OutOfSync',
    'deleted ConfigMap/shop/pruned-last: will be deleted, last, after every other object is synced (PruneLast=true)',
    'changed ConfigMap/shop/replaced: applied automatically; with kubectl replace (Replace=true): fields set outside Git are dropped',
    'changed ConfigMap/shop/server-side: applied automatically; server-side apply (ServerSideApply=true)',
  ]);
  expect(consequences('old')).toEqual([
    'deleted ConfigMap/old/goner: will be deleted with the app',
    'deleted ConfigMap/old/survivor: left running when the app is deleted (Delete=false)',
  ]);
  expect(consequences('fresh')).toEqual([
    'created Namespace/fresh: created by Argo CD before the sync if it does not exist yet (CreateNamespace=true)',
    'created ConfigMap/fresh/hello: applied automatically',
  ]);
});
