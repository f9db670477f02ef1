// A check run that cannot do its job says so: a lost event payload fails, a refused comment fails or
// warns, a revoked or read-only token is a warning annotation. Through dist/ against the GitHub stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';
import { runAction } from '../support/runAction.js';

const STAGING = 'apps/api/overlays/staging/kustomization.yaml';

let standIn: GitHubStandIn;
let workspace: string;
beforeEach(async () => {
  standIn = await startStandIn(exampleFiles());
  workspace = mkdtempSync(join(tmpdir(), 'slipway-checkrun-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
});

const bump = () => {
  const old = standIn.repo.show('main', STAGING) as string;
  return openPullRequest(standIn, workspace, { [STAGING]: old.replace('"1.4.0"', '"1.4.1"') });
};

test('a pull_request run whose event payload is missing or unreadable fails instead of validating the head', async () => {
  const missing: Array<Record<string, string>> = [
    { GITHUB_EVENT_PATH: join(workspace, 'no-such-event.json') },
    {},
  ];
  for (const env of missing) {
    const run = await runAction({
      apiUrl: standIn.url,
      inputs: { token: 'test-token' },
      event: { name: 'pull_request', payload: { action: 'opened' } },
      env: { GITHUB_REPOSITORY: 'acme/manifests', GITHUB_WORKSPACE: workspace, ...env },
      cwd: workspace,
    });
    expect(run.code).toBe(1);
    expect(run.annotations.at(-1)?.message).toMatch(
      /^This is a pull_request run, but its event payload .* has no pull request number and base commit/,
    );
    expect(run.summary).toBe('');
  }
});

test('a comment GitHub refuses (422) fails the check; the report is still in the job summary', async () => {
  const pr = bump();
  standIn.inject({
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    status: 422,
    message: 'Body is too long (maximum is 65536 characters)',
  });
  const run = await runCheck(standIn, workspace, pr);
  expect(run.code).toBe(1);
  expect(run.annotations.at(-1)?.message).toMatch(
    /Could not write the pull request comment \(GitHub request .* failed with 422: Body is too long/,
  );
  expect(run.summary).toContain('### Slipway: predicted cluster diff');
  // the footer says what rendered the preview (helm/kustomize drift shows here) and how long it took
  expect(run.summary).toMatch(
    /<sub>Rendered with (kubectl )?kustomize v\d+\.\d+\.\d+ · 2 render\(s\) in \d+\.\d s · Slipway \d+\.\d+\.\d+<\/sub>/,
  );
});

test('a token that may not comment (403) or is revoked (401) is a warning annotation naming the permission', async () => {
  const pr = bump();
  standIn.tokens.set('read-only', 'read');
  const readOnly = await runCheck(standIn, workspace, pr, { token: 'read-only' });
  expect(readOnly.code).toBe(0);
  expect(readOnly.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: expect.stringContaining('give the job `permissions: { pull-requests: write }`'),
    }),
  );
  const revoked = await runCheck(standIn, workspace, pr, { token: 'revoked' });
  expect(revoked.code).toBe(0);
  expect(revoked.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: expect.stringContaining('Could not write the pull request comment'),
    }),
  );
  // the runner masks the token (::add-mask::); no other line may print it
  expect(revoked.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('revoked');
});
