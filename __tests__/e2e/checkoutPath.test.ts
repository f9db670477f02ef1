// A workflow that checks the manifests repository out into a sub-folder (actions/checkout's `path`):
// the check reads it there when told by the `path` input; an old input spelling still works and the
// warning names the input that replaced it. Through dist/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest, type PullRequestRun } from '../support/pullRequestCheckout.js';
import { runAction } from '../support/runAction.js';

const STAGING = 'apps/api/overlays/staging/kustomization.yaml';

let standIn: GitHubStandIn;
let root: string;
let pr: PullRequestRun;
beforeAll(async () => {
  const files = exampleFiles();
  standIn = await startStandIn(files);
  root = mkdtempSync(join(tmpdir(), 'slipway-checkout-path-'));
  pr = openPullRequest(standIn, join(root, 'manifests'), {
    [STAGING]: (files[STAGING] as string).replace('"1.4.0"', '"1.5.0"'),
  });
});
afterAll(async () => {
  await standIn.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The check with GITHUB_WORKSPACE one folder above the checkout. */
const check = (inputs: Record<string, string>) =>
  runAction({
    apiUrl: standIn.url,
    inputs: { token: 'test-token', ...inputs },
    event: {
      name: 'pull_request',
      payload: {
        pull_request: {
          number: pr.number,
          base: { sha: pr.base, repo: { full_name: 'acme/manifests' } },
          head: { sha: pr.head, repo: { full_name: 'acme/manifests' } },
        },
      },
    },
    env: {
      GITHUB_REPOSITORY: 'acme/manifests',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: root,
    },
    cwd: root,
  });

test('path: the checkout in a sub-folder of the workspace is checked, and the comment shows its diff', async () => {
  const run = await check({ path: 'manifests' });
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ 'has-changes': 'true', changed: '1' });
  expect(standIn.comments.at(-1)?.body).toContain(
    '- image api: ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.5.0',
  );
  // without it, the workspace itself is read: it is no checkout of the repository
  const without = await check({});
  expect(without.code).toBe(1);
});

test('an old input spelling works, and its warning names the new input', async () => {
  const run = await check({ path: 'manifests', base: pr.base, paths: 'apps/*' });
  expect(run.code).toBe(0);
  expect(run.outputs.changed).toBe('1');
  expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
    expect.stringContaining('Input "base" is deprecated: for check it is "base-revision" now'),
    expect.stringContaining('Input "paths" is deprecated: for check it is "unit-globs" now'),
  ]);
});
