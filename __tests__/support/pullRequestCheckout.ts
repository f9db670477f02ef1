// A pull request as a check job meets it: the head pushed to branch `pr` of the stand-in's repository,
// checked out shallowly like actions/checkout does (the base commit is not in the checkout), and the
// bundled action run on the pull_request event.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { GitHubStandIn } from './githubStandIn.js';
import { runAction } from './runAction.js';

export interface PullRequestRun {
  base: string;
  head: string;
  number: number;
}

/** Commits `files` (path → text) on `pr` from main, registers the PR, and clones it shallowly into `workspace`. */
export function openPullRequest(
  standIn: GitHubStandIn,
  workspace: string,
  files: Record<string, string>,
  number?: number,
): PullRequestRun {
  const base = standIn.repo.refSha('main') as string;
  const head = standIn.repo.commitFiles('pr', files, { from: 'main', message: 'pull request' });
  rmSync(workspace, { recursive: true, force: true });
  execFileSync('git', [
    'clone',
    '--quiet',
    '--depth=1',
    '--branch=pr',
    `file://${standIn.repo.dir}`,
    workspace,
  ]);
  return { base, head, number: number ?? standIn.addPull('pr') };
}

export function runCheck(
  standIn: GitHubStandIn,
  workspace: string,
  pr: PullRequestRun,
  inputs: Record<string, string> = {},
) {
  const repo = { full_name: 'acme/manifests' };
  return runAction({
    apiUrl: standIn.url,
    inputs: { token: 'test-token', ...inputs },
    event: {
      name: 'pull_request',
      payload: {
        pull_request: { number: pr.number, base: { sha: pr.base, repo }, head: { sha: pr.head, repo } },
      },
    },
    env: {
      GITHUB_REPOSITORY: 'acme/manifests',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: workspace,
    },
    cwd: workspace,
  });
}
