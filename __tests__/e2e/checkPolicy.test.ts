// The policy in check, end to end: eligibility from the predicted diff, the label, auto-merge and the
// slipway/policy commit status, with the policy always read from the base branch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';
import { policyFile } from '../support/builders.js';

const POLICY = policyFile({
  environments: {
    staging: { paths: ['apps/*/overlays/staging/**'], autoMerge: 'minor' },
    production: { paths: ['apps/*/overlays/production/**'], autoMerge: 'never' },
  },
  mergeMethod: 'squash',
});
const STAGING = 'apps/api/overlays/staging/kustomization.yaml';

let standIn: GitHubStandIn;
let workspace: string;
beforeEach(async () => {
  standIn = await startStandIn({ ...exampleFiles(), '.slipway.yml': POLICY });
  workspace = mkdtempSync(join(tmpdir(), 'slipway-policy-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
});

/** A PR head with these changes (path → new text, or a function of the old one), checked and judged. */
async function checkPullRequest(
  changes: Record<string, string | ((old: string) => string)>,
  inputs: Record<string, string> = {},
) {
  const files = Object.fromEntries(
    Object.entries(changes).map(([path, c]) => [
      path,
      typeof c === 'string' ? c : c(standIn.repo.show('main', path) as string),
    ]),
  );
  const pr = openPullRequest(standIn, workspace, files);
  const run = await runCheck(standIn, workspace, pr, inputs);
  return {
    run,
    pull: standIn.pulls.find((p) => p.number === pr.number),
    status: standIn.statuses.find((s) => s.sha === pr.head && s.context === 'slipway/policy'),
  };
}

const bumpStaging = (tag: string) => (old: string) => old.replace('"1.4.0"', `"${tag}"`);

test('a staging patch bump is eligible: label, status and (with auto-merge: true) GitHub auto-merge', async () => {
  const { run, pull, status } = await checkPullRequest(
    { [STAGING]: bumpStaging('1.4.1') },
    { 'auto-merge': 'true' },
  );
  expect(run.code).toBe(0);
  expect(standIn.comments[0]?.body).toContain('**Auto-merge:** eligible ✅');
  expect(pull?.labels).toEqual([{ name: 'slipway:auto-merge' }]);
  expect(pull?.auto_merge).toMatchObject({ merge_method: 'squash' });
  expect(status).toMatchObject({ state: 'success', description: 'eligible to merge on its own' });
});

test('a PR that also changes replicas is not eligible, and says why', async () => {
  const { run, pull, status } = await checkPullRequest({
    [STAGING]: (old) => `${bumpStaging('1.4.1')(old)}replicas:\n  - name: api\n    count: 5\n`,
  });
  expect(run.code).toBe(0);
  expect(standIn.comments[0]?.body).toContain(
    '**Auto-merge:** not eligible because\n- it changes spec.replicas of Deployment/api-staging/api',
  );
  expect(pull?.labels).toEqual([]);
  expect(pull?.auto_merge).toBeNull();
  expect(status).toMatchObject({
    state: 'failure',
    description: 'not eligible: it changes spec.replicas of Deployment/api-staging/api',
  });
});

test('a PR that edits the policy file is never eligible (the policy comes from the base)', async () => {
  const { pull } = await checkPullRequest({
    [STAGING]: bumpStaging('1.4.1'),
    '.slipway.yml': POLICY.replace('auto-merge: never', 'auto-merge: any'),
  });
  expect(standIn.comments[0]?.body).toContain('- it changes the policy file .slipway.yml');
  expect(pull?.labels).toEqual([]);
});

test('production and major bumps are not eligible', async () => {
  const { run } = await checkPullRequest({
    'apps/api/overlays/production/kustomization.yaml': (old) => old.replace('"1.4.0"', '"1.4.1"'),
    [STAGING]: bumpStaging('2.0.0'),
  });
  const body = standIn.comments[0]?.body ?? '';
  expect(body).toContain('- it touches production (auto-merge: never)');
  expect(body).toContain('- major update 1.4.0 → 2.0.0 in staging (auto-merge: minor)');
  expect(run.stdout).toContain('Auto-merge: not eligible because');
});
