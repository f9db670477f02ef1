// check on a pull_request event, end to end: a shallow checkout of the PR head (the base commit is not
// in it, as with actions/checkout's defaults), the bundled action, and the sticky comment on the stand-in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest as openPr, runCheck, type PullRequestRun } from '../support/pullRequestCheckout.js';

let standIn: GitHubStandIn;
let workspace: string;

const STAGING = 'apps/api/overlays/staging/kustomization.yaml';

beforeEach(async () => {
  standIn = await startStandIn(exampleFiles());
  workspace = mkdtempSync(join(tmpdir(), 'slipway-pr-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
});

/** The PR (always #1) with the staging overlay at `tag`. */
function openPullRequest(tag: string) {
  const staging = standIn.repo.show('main', STAGING) as string;
  return openPr(standIn, workspace, { [STAGING]: staging.replace('"1.4.0"', `"${tag}"`) }, 1);
}

const check = (pr: PullRequestRun, token = 'test-token') => runCheck(standIn, workspace, pr, { token });

test('a pull request gets one comment with the predicted diff; the next run updates it in place', async () => {
  const first = openPullRequest('1.5.0');
  expect(() =>
    execFileSync('git', ['cat-file', '-e', first.base], { cwd: workspace, stdio: 'ignore' }),
  ).toThrow(); // shallow: no base
  const run = await check(first);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ 'has-changes': 'true', created: '0', changed: '1', deleted: '0' });
  expect(run.outputs.report).toMatch(/slipway-check-default\.json$/);
  // the JSON report, written app by app, is one JSON document
  const report = JSON.parse(run.report ?? '') as {
    apps: Array<{ name: string; changes: Array<{ diff: string }> }>;
  };
  expect(report.apps.map((a) => a.name)).toEqual(['api-staging']);
  expect(report.apps[0]?.changes[0]?.diff).toContain('+          image: ghcr.io/acme/api:1.5.0');
  expect(standIn.comments).toHaveLength(1);
  const body = standIn.comments[0]?.body ?? '';
  expect(body.startsWith('<!-- slipway:check:default -->')).toBe(true);
  expect(body).toContain(
    `| [api-staging](https://github.com/acme/manifests/blob/${first.head}/argocd/api-staging.yaml#L1) | in-cluster / api-staging | auto, prune, self-heal | +0 ~1 −0 | ✅ |`,
  );
  expect(body).toContain('- image api: ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.5.0');
  expect(run.summary).toContain('### Slipway: predicted cluster diff');

  // a later push to the PR: the same comment is rewritten
  const second = openPullRequest('1.6.0');
  const again = await check(second);
  expect(again.code).toBe(0);
  expect(standIn.comments).toHaveLength(1);
  expect(standIn.comments[0]?.body).toContain('ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.6.0');
  expect(
    standIn.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/')),
  ).toHaveLength(1);
});

test('when a later push removes every change, the comment says so instead of disappearing', async () => {
  expect((await check(openPullRequest('1.5.0'))).code).toBe(0);
  const run = await check(openPullRequest('1.4.0'));
  expect(run.outputs['has-changes']).toBe('false');
  expect(standIn.comments).toHaveLength(1);
  expect(standIn.comments[0]?.body).toContain('**No change** to what the apps deploy (3 app(s) checked).');
});

test('a read-only token (a fork pull request): the job summary has the report, and the check passes', async () => {
  standIn.tokens.set('read-only', 'read');
  const run = await check(openPullRequest('1.5.0'), 'read-only');
  expect(run.code).toBe(0);
  expect(standIn.comments).toHaveLength(0);
  expect(run.stdout).toContain('Could not write the pull request comment');
  expect(run.summary).toContain('- image api: ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.5.0');
});

test('the head is read from git when the workspace is its commit, and from disk when a step changed it', async () => {
  const pr = openPullRequest('1.5.0');
  const clean = await check(pr);
  expect(clean.stdout).toMatch(/Head [0-9a-f]{7} read from git: the workspace holds exactly its files\./);
  expect(standIn.comments[0]?.body).toContain('ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.5.0');
  // a step before the check edits the checkout (and leaves an untracked file): the preview shows the edit
  const staging = join(workspace, STAGING);
  writeFileSync(staging, readFileSync(staging, 'utf8').replace('"1.5.0"', '"1.7.0"'));
  writeFileSync(join(workspace, 'notes.txt'), 'generated\n');
  const edited = await check(pr);
  expect(edited.stdout).toContain('Head read from the workspace on disk');
  expect(standIn.comments[0]?.body).toContain('ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.7.0');
});

test('without git access to the base, it is read as one tarball through the API', async () => {
  const pr = openPullRequest('1.5.0');
  execFileSync('git', ['remote', 'remove', 'origin'], { cwd: workspace });
  const run = await check(pr);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('is not in the checkout; reading it as one tarball');
  expect(standIn.requests.some((r) => r.path.startsWith('/repos/acme/manifests/tarball/'))).toBe(true);
  expect(standIn.comments[0]?.body).toContain('+0 ~1 −0');
});

test('the base input may name a branch that a shallow checkout does not have', async () => {
  const pr = openPullRequest('1.5.0');
  const run = await runCheck(standIn, workspace, pr, { 'base-revision': 'main' });
  expect(run.code).toBe(0);
  expect(run.stdout).not.toContain('reading it as one tarball');
  expect(standIn.comments[0]?.body).toContain('ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.5.0');
});
