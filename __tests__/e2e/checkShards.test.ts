// A check spread over a job matrix: N shards and a merge give exactly what one unsharded check gives
// (comment, JSON report, annotations), with shared bases and apps that fail to render. Through dist/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { application } from '../support/manifestsRepo.js';
import { openPullRequest, runCheck, type PullRequestRun } from '../support/pullRequestCheckout.js';

const APPS = 12;

/** 12 apps on two shared bases; app-3 and app-7 fail to render at the head; a PR changes both bases. */
function repository(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const base of ['blue', 'green'])
    Object.assign(files, {
      [`bases/${base}/kustomization.yaml`]: 'resources: [deploy.yaml]\n',
      [`bases/${base}/deploy.yaml`]: `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 1\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: "ghcr.io/acme/${base}:1.0.0"}]}\n`,
    });
  for (let i = 0; i < APPS; i++) {
    files[`argocd/app-${i}.yaml`] = application(`app-${i}`, `path: apps/app-${i}`);
    files[`apps/app-${i}/kustomization.yaml`] = `resources: [../../bases/${i % 2 ? 'blue' : 'green'}]\n`;
  }
  return files;
}

function change(files: Record<string, string>): Record<string, string> {
  return {
    'bases/blue/deploy.yaml': (files['bases/blue/deploy.yaml'] as string).replace('1.0.0', '1.1.0'),
    'bases/green/deploy.yaml': (files['bases/green/deploy.yaml'] as string).replace(
      'replicas: 1',
      'replicas: 2',
    ),
    'apps/app-3/kustomization.yaml': 'resources: [../../bases/blue, missing.yaml]\n',
    'apps/app-7/kustomization.yaml': 'resources: [../../bases/blue, ../../outside/../../etc]\n',
  };
}

let standIn: GitHubStandIn;
let workspace: string;
let out: string;
let pr: PullRequestRun;
beforeAll(async () => {
  const files = repository();
  standIn = await startStandIn(files);
  workspace = mkdtempSync(join(tmpdir(), 'slipway-shards-'));
  out = mkdtempSync(join(tmpdir(), 'slipway-shard-reports-'));
  pr = openPullRequest(standIn, workspace, change(files));
});
afterAll(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** The comment without its footer (which says how long the render took), the report and the annotations. */
async function result(run: Awaited<ReturnType<typeof runCheck>>, report: string) {
  const comment = standIn.comments.at(-1)?.body ?? '';
  return {
    code: run.code,
    comment: comment.replace(/\n\n<sub>Rendered with .*<\/sub>$/, ''),
    report: readFileSync(report, 'utf8'),
    annotations: run.annotations,
  };
}

let unsharded: Awaited<ReturnType<typeof result>>;

test('the unsharded check, for reference', async () => {
  const report = join(out, 'unsharded.json');
  unsharded = await result(await runCheck(standIn, workspace, pr, { 'report-file': report }), report);
  expect(unsharded.comment).toContain('⚠️ 2 app(s) could not be previewed');
  expect(unsharded.annotations.filter((a) => a.level === 'error').length).toBeGreaterThanOrEqual(2);
});

test.each([1, 2, 5])('%i shard(s) merged give the same comment, report and annotations', async (count) => {
  const folder = join(out, `shards-${count}`);
  mkdirSync(folder);
  for (let i = 1; i <= count; i++) {
    const shard = await runCheck(standIn, workspace, pr, {
      shard: `${i}/${count}`,
      'report-file': join(folder, `shard-${i}.json`),
    });
    expect(shard.code).toBe(0);
    expect(shard.annotations).toEqual([]);
  }
  const comments = standIn.comments.length;
  const report = join(out, `merged-${count}.json`);
  const merge = await runCheck(standIn, workspace, pr, {
    command: 'check-merge',
    reports: folder,
    'report-file': report,
  });
  expect(standIn.comments.length).toBe(comments); // the sticky comment is rewritten in place
  expect(await result(merge, report)).toEqual(unsharded);
});

test('a missing or duplicated shard is a clear error naming it', async () => {
  const folder = join(out, 'shards-2');
  const missing = await runCheck(standIn, workspace, pr, {
    command: 'check-merge',
    reports: join(folder, 'shard-1.json'),
  });
  expect(missing.code).toBe(1);
  expect(missing.annotations.at(-1)?.message).toBe(
    'Cannot merge the check shards: shard(s) 2/2 missing: every shard of the matrix must upload its report.',
  );
  const twice = await runCheck(standIn, workspace, pr, {
    command: 'check-merge',
    reports: [join(folder, 'shard-1.json'), join(folder, 'shard-1.json'), join(folder, 'shard-2.json')].join(
      '\n',
    ),
  });
  expect(twice.annotations.at(-1)?.message).toBe('Cannot merge the check shards: shard 1/2 is given twice.');
});

test('check-plan says how many apps the PR affects and sizes the matrix', async () => {
  const plan = await runCheck(standIn, workspace, pr, { command: 'check-plan', 'max-shards': '4' });
  expect(plan.code).toBe(0);
  expect(plan.outputs).toMatchObject({ 'affected-apps': String(APPS), shards: '1', matrix: '["1/1"]' });
});
