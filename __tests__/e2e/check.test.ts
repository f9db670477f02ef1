// check through the bundled action on a push, as a manifests repo's workflow runs it: validation of the head.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runAction } from '../support/runAction.js';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'slipway-check-'));
  cpSync(join(ROOT, 'examples', 'manifests'), workspace, { recursive: true });
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const check = (inputs: Record<string, string> = {}) =>
  runAction({
    inputs: { token: 'x', command: 'check', ...inputs },
    event: { name: 'push' },
    env: { GITHUB_REPOSITORY: 'acme/k8s-manifests', GITHUB_WORKSPACE: workspace },
    cwd: workspace,
  });

test('a clean manifests repository passes, with a summary of what each app deploys', async () => {
  const run = await check();
  expect(run.code).toBe(0);
  expect(run.annotations).toEqual([]);
  expect(run.summary).toContain('3 app(s), 7 object(s): **0 error(s)**, 0 warning(s).');
});

test('errors are annotated on the offending line and fail the check', async () => {
  writeFileSync(
    join(workspace, 'apps/web/deployment.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: many\n',
  );
  const run = await check();
  expect(run.code).toBe(1);
  expect(run.annotations).toContainEqual({
    level: 'error',
    file: 'apps/web/deployment.yaml',
    line: 6,
    message: 'spec.replicas must be integer (Deployment/web/web)',
  });
  expect(run.annotations.at(-1)?.message).toMatch(/finding\(s\) at or above "error"/);
});

test('fail-on: never reports without failing; warning fails on warnings', async () => {
  writeFileSync(
    join(workspace, 'apps/web/deployment.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx}]\n',
  );
  expect((await check()).code).toBe(0);
  const strictRun = await check({ 'fail-on': 'warning' });
  expect(strictRun.code).toBe(1);
  expect(strictRun.annotations[0]).toMatchObject({
    level: 'warning',
    file: 'apps/web/deployment.yaml',
    message: expect.stringContaining('without a tag'),
  });
  expect((await check({ 'fail-on': 'sometimes' })).annotations[0]?.message).toBe(
    'Input "fail-on" must be one of error, warning, never; got "sometimes".',
  );
});
