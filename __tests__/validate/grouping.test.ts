// Repeated findings are grouped: the same removed API in a base that several overlays render is one line
// (and one annotation on a pull request) naming the apps, not one per app.
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

test('a removed API in a shared base: one line naming the three apps, the JSON keeps one finding per app', async () => {
  const overlays = ['dev', 'stage', 'prod'];
  repo = manifestsRepo({
    'base/kustomization.yaml': 'resources: [cron.yaml]\n',
    'base/cron.yaml':
      'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: report}\nspec:\n  schedule: "0 * * * *"\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: r, image: "r:1"}]}}}}\n',
    ...Object.fromEntries(
      overlays.flatMap((env) => [
        [`envs/${env}/kustomization.yaml`, `resources: [../../base]\nnamespace: ${env}\n`],
        [`argocd/${env}.yaml`, application(env, `path: envs/${env}`)],
      ]),
    ),
  });
  const text = await runCli(['validate', '--kubernetes-version', '1.29', repo.dir]);
  const lines = text.stdout.trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(
      /base\/cron\.yaml:1:1: error: batch\/v1beta1 CronJob is removed in Kubernetes 1\.25; use batch\/v1 — in 3 apps: dev, prod, stage$/,
    ),
  ]);
  const json = await runCli(['validate', '--kubernetes-version', '1.29', '--format', 'json', repo.dir]);
  const findings = (JSON.parse(json.stdout) as { findings: Array<{ unit: string; rule: string }> }).findings;
  expect(findings.map((f) => [f.unit, f.rule])).toEqual([
    ['app:dev', 'removed-api'],
    ['app:prod', 'removed-api'],
    ['app:stage', 'removed-api'],
  ]);
});
