// The rolling pull request: created once, refreshed by later bumps, closed when its change is on the base.
import type { AutoMerge } from '../core/policy/autoMerge.js';
import type { GitHub } from './client.js';
import { isStatus, readHttpError } from './errors.js';
import type { PullContent, PullExtras, PullRef, PullState, RepoRef } from '../ports.js';
// the types the ports speak live in ports.ts; re-exported for the adapter's own callers
export type { PullContent, PullExtras, PullRef, PullState } from '../ports.js';

/** Updates the open pull request of the branch, or opens one; "already exists" is treated as "find and update". */
export async function upsertPullRequest(
  gh: GitHub,
  repo: RepoRef,
  existing: number | undefined,
  content: PullContent,
): Promise<PullRef> {
  if (existing === undefined) {
    try {
      const created = await gh.rest.pulls.create({ ...repo, ...content });
      return {
        number: created.data.number,
        url: created.data.html_url,
        nodeId: created.data.node_id,
        created: true,
      };
    } catch (error) {
      if (!isStatus(error, 422)) throw error;
      const open = await gh.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${content.head}`,
        base: content.base,
        state: 'open',
      });
      existing = open.data[0]?.number;
      if (existing === undefined) throw error;
    }
  }
  const updated = await gh.rest.pulls.update({
    ...repo,
    pull_number: existing,
    title: content.title,
    body: content.body,
  });
  return {
    number: updated.data.number,
    url: updated.data.html_url,
    nodeId: updated.data.node_id,
    created: false,
  };
}

/** Labels, reviewers and assignees: set when the pull request is opened, so a refresh does not re-notify. */
export async function decoratePullRequest(
  gh: GitHub,
  repo: RepoRef,
  number: number,
  extras: PullExtras,
): Promise<void> {
  if (extras.labels.length > 0)
    await gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: extras.labels });
  if (extras.reviewers.length > 0 || extras.teamReviewers.length > 0) {
    await gh.rest.pulls.requestReviewers({
      ...repo,
      pull_number: number,
      reviewers: extras.reviewers,
      team_reviewers: extras.teamReviewers,
    });
  }
  if (extras.assignees.length > 0)
    await gh.rest.issues.addAssignees({ ...repo, issue_number: number, assignees: extras.assignees });
}

export async function closePullRequest(
  gh: GitHub,
  repo: RepoRef,
  number: number,
  comment: string,
): Promise<void> {
  await gh.rest.issues.createComment({ ...repo, issue_number: number, body: comment });
  await gh.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' });
}

const AUTO_MERGE_MUTATION = `
mutation SlipwayEnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid }) {
    pullRequest { number }
  }
}`;

const DISABLE_AUTO_MERGE_MUTATION = `
mutation SlipwayDisableAutoMerge($pullRequestId: ID!) {
  disablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId }) {
    pullRequest { number }
  }
}`;

/** GitHub's reason for refusing a GraphQL mutation. */
function refusalOf(error: unknown): string {
  const e = readHttpError(error);
  return e.errors?.[0]?.message ?? e.message ?? String(error);
}

/** Why auto-merge was not enabled, naming the permissions when GitHub refused the token. */
export function autoMergeRefusal(refused: string): string {
  return /not accessible|forbidden/i.test(refused)
    ? `${refused} — enabling auto-merge needs a token with \`contents: write\` and \`pull-requests: write\``
    : refused;
}

/**
 * Enables auto-merge; returns why it could not, instead of failing the run. With `expectedHeadOid`, GitHub
 * enables it only while the pull request's head is that commit: a push after the check is not merged on
 * the check's verdict.
 */
export async function enableAutoMerge(
  gh: GitHub,
  nodeId: string,
  method: Exclude<AutoMerge, 'off'>,
  expectedHeadOid?: string,
): Promise<string | undefined> {
  try {
    await gh.graphql(AUTO_MERGE_MUTATION, {
      pullRequestId: nodeId,
      mergeMethod: method.toUpperCase(),
      ...(expectedHeadOid && { expectedHeadOid }),
    });
    return undefined;
  } catch (error) {
    return refusalOf(error);
  }
}

/** Disables auto-merge; returns why it could not. */
export async function disableAutoMerge(gh: GitHub, nodeId: string): Promise<string | undefined> {
  try {
    await gh.graphql(DISABLE_AUTO_MERGE_MUTATION, { pullRequestId: nodeId });
    return undefined;
  } catch (error) {
    return refusalOf(error);
  }
}

/** Adds or removes a label; removing one that is not there is not an error. */
export async function setLabel(
  gh: GitHub,
  repo: RepoRef,
  number: number,
  label: string,
  present: boolean,
): Promise<void> {
  if (present) {
    await gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: [label] });
    return;
  }
  try {
    await gh.rest.issues.removeLabel({ ...repo, issue_number: number, name: label });
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
}

/** A commit status, so branch protection can require it. GitHub keeps descriptions to 140 characters. */
export async function setStatus(
  gh: GitHub,
  repo: RepoRef,
  sha: string,
  context: string,
  success: boolean,
  description: string,
): Promise<void> {
  const text = description.length > 140 ? `${description.slice(0, 139)}…` : description;
  await gh.rest.repos.createCommitStatus({
    ...repo,
    sha,
    state: success ? 'success' : 'failure',
    context,
    description: text,
  });
}

export async function pullState(gh: GitHub, repo: RepoRef, number: number): Promise<PullState> {
  const { data } = await gh.rest.pulls.get({ ...repo, pull_number: number });
  return {
    nodeId: data.node_id,
    autoMerge: data.auto_merge !== null && data.auto_merge !== undefined,
    labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
  };
}
