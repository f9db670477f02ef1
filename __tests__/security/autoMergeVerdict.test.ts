// Auto-merge follows the latest verdict, for the commit it judged: a pull request that stops being eligible
// loses GitHub's auto-merge and the label (or the check fails), auto-merge is enabled only for the head the
// check judged, and a pull request whose head repository is gone is a fork's. Through dist/ (the action)
// against the GitHub stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest, runCheck, type PullRequestRun } from '../support/pullRequestCheckout.js';
import { runAction } from '../support/runAction.js';
import { policyFile } from '../support/builders.js';

const POLICY = policyFile({
  environments: { staging: { paths: ['apps/*/overlays/staging/**'], autoMerge: 'minor' } },
  mergeMethod: 'squash',
});
const STAGING = 'apps/api/overlays/staging/kustomization.yaml';
const LABEL = { name: 'slipway:auto-merge' };

let standIn: GitHubStandIn;
let workspace: string;
beforeEach(async () => {
  standIn = await startStandIn({ ...exampleFiles(), '.slipway.yml': POLICY });
  workspace = mkdtempSync(join(tmpdir(), 'slipway-auto-merge-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
});

/** The staging kustomization changed by `text`, from the pull request's head if there is one yet. */
const staging = (text: (old: string) => string) => ({
  [STAGING]: text(standIn.repo.show(standIn.repo.refSha('pr') ? 'pr' : 'main', STAGING) as string),
});
const bump = (old: string) => old.replace('"1.4.0"', '"1.4.1"');
const replicas = (old: string) => `${old}replicas:\n  - name: api\n    count: 5\n`;
const pullOf = (pr: PullRequestRun) => standIn.pulls.find((p) => p.number === pr.number);

/** The first push: an eligible staging bump, checked with auto-merge on. */
async function eligibleFirstPush(): Promise<PullRequestRun> {
  const pr = openPullRequest(standIn, workspace, staging(bump));
  const run = await runCheck(standIn, workspace, pr, { 'auto-merge': 'true' });
  expect(run.code).toBe(0);
  expect(pullOf(pr)?.auto_merge).toEqual({ merge_method: 'squash', expected_head_oid: pr.head });
  expect(pullOf(pr)?.labels).toEqual([LABEL]);
  return pr;
}

/** A second push to the same pull request that is not eligible (it also changes replicas). */
function ineligibleSecondPush(first: PullRequestRun): PullRequestRun {
  return openPullRequest(standIn, workspace, staging(replicas), first.number);
}

test('eligible on its first push and not on its second: auto-merge is disabled and the label removed', async () => {
  const first = await eligibleFirstPush();
  const second = ineligibleSecondPush(first);
  expect(second.head).not.toBe(first.head);
  const run = await runCheck(standIn, workspace, second, { 'auto-merge': 'true' });
  expect(run.code).toBe(0);
  expect(pullOf(second)?.auto_merge).toBeNull();
  expect(pullOf(second)?.labels).toEqual([]);
  expect(standIn.statuses.find((s) => s.sha === second.head)?.state).toBe('failure');
  expect(run.stdout).toContain('Auto-merge disabled on #1: it is not eligible.');
});

test('when GitHub refuses to disable auto-merge on a PR that is not eligible, the check fails', async () => {
  const first = await eligibleFirstPush();
  const second = ineligibleSecondPush(first);
  // a token that may write labels and statuses, but not enable or disable auto-merge
  standIn.tokens.set('label-token', { contents: 'read', 'pull-requests': 'write', statuses: 'write' });
  const run = await runCheck(standIn, workspace, second, { token: 'label-token' });
  expect(run.code).not.toBe(0);
  expect(pullOf(second)?.auto_merge).not.toBeNull();
  expect(run.annotations).toContainEqual(
    expect.objectContaining({
      level: 'error',
      message: expect.stringContaining(
        'Could not disable auto-merge on #1, which is not eligible to merge on its own (Resource not accessible by integration',
      ),
    }),
  );
});

test('when GitHub refuses to remove the auto-merge label from a PR that is not eligible, the check fails', async () => {
  const first = await eligibleFirstPush();
  const second = ineligibleSecondPush(first);
  standIn.inject({ method: 'DELETE', path: /\/issues\/\d+\/labels\//, status: 403 });
  const run = await runCheck(standIn, workspace, second, { 'auto-merge': 'true' });
  expect(run.code).not.toBe(0);
  expect(pullOf(second)?.labels).toEqual([LABEL]);
  expect(run.annotations).toContainEqual(
    expect.objectContaining({
      level: 'error',
      message: expect.stringContaining(
        'Could not remove the slipway:auto-merge label on #1, which is not eligible to merge on its own',
      ),
    }),
  );
});

test('auto-merge is enabled only for the head the check judged: a push during the check does not inherit it', async () => {
  const pr = openPullRequest(standIn, workspace, staging(bump));
  // the author pushes an ineligible change while the check of the eligible head runs
  standIn.inject({
    path: /^\/graphql$/,
    operation: 'SlipwayEnableAutoMerge',
    before: () => standIn.repo.commitFiles('pr', staging(replicas), { message: 'sneaky' }),
  });
  const run = await runCheck(standIn, workspace, pr, { 'auto-merge': 'true' });
  expect(run.code).toBe(0);
  expect(pullOf(pr)?.auto_merge).toBeNull();
  expect(run.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: expect.stringContaining(
        `Auto-merge was not enabled on #1: Head sha didn't match expected head sha ${pr.head}`,
      ),
    }),
  );
});

test('a pull request whose head repository is gone (a deleted fork) is never eligible', async () => {
  const pr = openPullRequest(standIn, workspace, staging(bump));
  const run = await runAction({
    apiUrl: standIn.url,
    inputs: { token: 'test-token', 'auto-merge': 'true' },
    event: {
      name: 'pull_request',
      payload: {
        pull_request: {
          number: pr.number,
          base: { sha: pr.base, repo: { full_name: 'acme/manifests' } },
          head: { sha: pr.head, repo: null },
        },
      },
    },
    env: {
      GITHUB_REPOSITORY: 'acme/manifests',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: workspace,
    },
    cwd: workspace,
  });
  expect(run.code).toBe(0);
  expect(standIn.comments[0]?.body).toContain('**Auto-merge:** not eligible because\n- it comes from a fork');
  expect(pullOf(pr)?.auto_merge).toBeNull();
  expect(pullOf(pr)?.labels).toEqual([]);
});
