// The GitHubRepository port (ports.ts) on GitHub's API: each call of github/*.ts bound to one client and
// one repository, so commands never build an Octokit of their own.
import type { GitHubRepository } from '../ports.js';
import { readBumpState, readHeads } from './bumpState.js';
import type { GitHub } from './client.js';
import { upsertComment } from './comments.js';
import { commitOnNewBranch, createCommit, filesOfCommit, setBranch, swapBranch } from './gitData.js';
import { explainGitHubError } from './errors.js';
import {
  autoMergeRefusal,
  closePullRequest,
  decoratePullRequest,
  disableAutoMerge,
  enableAutoMerge,
  pullState,
  setLabel,
  setStatus,
  upsertPullRequest,
} from './pullRequests.js';
import { readBaseAt, readManifestsAt, readTreeAt, type RepoRef } from './tarball.js';

/** `writes` keeps GitHub's spacing between mutations; `reads` (GraphQL queries) never waits behind them. */
export function gitHubRepository(
  clients: { writes: GitHub; reads: GitHub },
  repo: RepoRef,
): GitHubRepository {
  const gh = clients.writes;
  return {
    repo,
    explainFailure: (error) => ({
      ...(typeof statusOf(error) === 'number' && { status: statusOf(error) }),
      text: explainGitHubError(error, `${repo.owner}/${repo.repo}`),
    }),
    readBumpState: (base, branch) => readBumpState(clients.reads, repo, base, branch),
    readBaseAt: (sha, globs, policyFiles) => readBaseAt(gh, repo, sha, globs, policyFiles),
    readManifestsAt: (sha, globs) => readManifestsAt(gh, repo, sha, globs),
    readTreeAt: (sha, maxFileBytes) => readTreeAt(gh, repo, sha, maxFileBytes),
    createCommit: (parent, files, message, encodings) =>
      createCommit(gh, repo, parent, files, message, encodings),
    setBranch: (branch, sha, mode) => setBranch(gh, repo, branch, sha, mode),
    commitOnNewBranch: (branch, base, files, message, encodings) =>
      commitOnNewBranch(gh, repo, branch, base, files, message, encodings),
    swapBranch: (repositoryId, branch, sha, before) =>
      swapBranch(gh, repositoryId, branch, sha, before, async () => {
        const heads = await readHeads(clients.reads, repo, branch, branch);
        return heads.branch;
      }),
    filesOfCommit: (sha) => filesOfCommit(gh, repo, sha),
    upsertPullRequest: (existing, content) => upsertPullRequest(gh, repo, existing, content),
    decoratePullRequest: (number, extras) => decoratePullRequest(gh, repo, number, extras),
    closePullRequest: (number, comment) => closePullRequest(gh, repo, number, comment),
    pullState: (number) => pullState(gh, repo, number),
    enableAutoMerge: async (nodeId, method, expectedHeadOid) =>
      explainedRefusal(await enableAutoMerge(gh, nodeId, method, expectedHeadOid)),
    disableAutoMerge: async (nodeId) => explainedRefusal(await disableAutoMerge(gh, nodeId)),
    upsertComment: (number, marker, body) => upsertComment(gh, repo, number, marker, body),
    setLabel: (number, label, present) => setLabel(gh, repo, number, label, present),
    setStatus: (sha, context, success, description) =>
      setStatus(gh, repo, sha, context, success, description),
  };
}

const explainedRefusal = (refused: string | undefined) => refused && autoMergeRefusal(refused);

function statusOf(error: unknown): number | undefined {
  const status: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined;
  return typeof status === 'number' ? status : undefined;
}
