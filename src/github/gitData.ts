// Commits written through the Git Data API (tree → commit → ref): no git binary, and GitHub signs them,
// so they show as Verified for GitHub App tokens and GITHUB_TOKEN.
import { encodeManifest, type ManifestEncoding } from '../core/yaml/manifestText.js';
import type { GitHub } from './client.js';
import { isStatus } from './errors.js';
import type { CreatedCommit, RefUpdate, RepoRef } from '../ports.js';
// the types the ports speak live in ports.ts; re-exported for the adapter's own callers
export type { CreatedCommit, RefUpdate } from '../ports.js';

export async function createCommit(
  gh: GitHub,
  repo: RepoRef,
  parent: { oid: string; treeOid: string },
  files: ReadonlyMap<string, string>,
  message: string,
  encodings: ReadonlyMap<string, ManifestEncoding> = new Map(),
): Promise<CreatedCommit> {
  const entries = [];
  for (const [path, content] of files) {
    const entry = { path, mode: '100644' as const, type: 'blob' as const };
    if ((encodings.get(path) ?? 'utf8') === 'utf8') entries.push({ ...entry, content });
    else {
      // not UTF-8: its bytes go up as base64, so no byte outside the edit changes
      const base64 = encodeManifest(content, encodings.get(path) as ManifestEncoding).toString('base64');
      const blob = await gh.rest.git.createBlob({ ...repo, content: base64, encoding: 'base64' });
      entries.push({ ...entry, sha: blob.data.sha });
    }
  }
  const tree = await gh.rest.git.createTree({ ...repo, base_tree: parent.treeOid, tree: entries });
  const commit = await gh.rest.git.createCommit({
    ...repo,
    message,
    tree: tree.data.sha,
    parents: [parent.oid],
  });
  return { sha: commit.data.sha, author: { name: commit.data.author.name, email: commit.data.author.email } };
}

/**
 * Points a branch at a commit. `force` is for the bot's own branch only (rebuilt from the base);
 * 'moved' means someone else updated the ref first (not a fast forward, or created meanwhile).
 */
export async function setBranch(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  sha: string,
  mode: { exists: boolean; force: boolean },
): Promise<RefUpdate> {
  try {
    if (mode.exists) await gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: mode.force });
    else await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    return 'written';
  } catch (error) {
    if (isStatus(error, 422, /not a fast forward|already exists|does not exist/i)) return 'moved';
    throw error;
  }
}

const CREATE_COMMIT_ON_BRANCH_MUTATION = `
mutation SlipwayCreateCommitOnBranch($repository: String!, $branch: String!, $expectedHeadOid: GitObjectID!, $headline: String!, $body: String!, $additions: [FileAddition!]!) {
  createCommitOnBranch(input: {branch: {repositoryNameWithOwner: $repository, branchName: $branch}, expectedHeadOid: $expectedHeadOid, message: {headline: $headline, body: $body}, fileChanges: {additions: $additions}}) {
    commit { oid author { name email } }
  }
}`;

/**
 * A new bot branch in two requests: the ref at the base (atomic: 'moved' when the branch exists), then
 * the commit on it with createCommitOnBranch (GitHub signs it). Every file goes up as bytes (base64),
 * so no byte outside an edit changes. A commit GitHub refuses leaves no branch behind.
 */
export async function commitOnNewBranch(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  base: string,
  files: ReadonlyMap<string, string>,
  message: string,
  encodings: ReadonlyMap<string, ManifestEncoding> = new Map(),
): Promise<CreatedCommit | 'moved'> {
  if ((await setBranch(gh, repo, branch, base, { exists: false, force: false })) === 'moved') return 'moved';
  const [headline, ...rest] = message.split('\n');
  try {
    const data = await gh.graphql<{
      createCommitOnBranch: { commit: { oid: string; author: { name: string; email: string } } };
    }>(CREATE_COMMIT_ON_BRANCH_MUTATION, {
      repository: `${repo.owner}/${repo.repo}`,
      branch,
      expectedHeadOid: base,
      headline: headline ?? '',
      body: rest.join('\n').replace(/^\n+/, ''),
      additions: [...files].map(([path, content]) => ({
        path,
        contents: encodeManifest(content, encodings.get(path) ?? 'utf8').toString('base64'),
      })),
    });
    const commit = data.createCommitOnBranch.commit;
    return { sha: commit.oid, author: commit.author };
  } catch (error) {
    const head = await gh.rest.git
      .getRef({ ...repo, ref: `heads/${branch}` })
      .then((r) => r.data.object.sha)
      .catch(() => undefined);
    if (head !== base) return 'moved';
    await gh.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` }).catch(() => undefined);
    throw error;
  }
}

const NO_OID = '0000000000000000000000000000000000000000';

const UPDATE_REFS_MUTATION = `
mutation SlipwayUpdateRefs($repositoryId: ID!, $name: GitRefname!, $after: GitObjectID!, $before: GitObjectID!) {
  updateRefs(input: {repositoryId: $repositoryId, refUpdates: [{name: $name, afterOid: $after, beforeOid: $before, force: true}]}) {
    clientMutationId
  }
}`;

/**
 * Points the bot's branch at `sha` only if it still points where the bump read it (`before`; undefined:
 * the branch must not exist yet), in one atomic request: GitHub's updateRefs with the expected
 * beforeOid. 'moved' when GitHub refused because the branch is elsewhere now (checked with `readBranch`,
 * so a refusal for another reason is reported as itself, not retried).
 */
export async function swapBranch(
  gh: GitHub,
  repositoryId: string,
  branch: string,
  sha: string,
  before: string | undefined,
  readBranch: () => Promise<string | undefined>,
): Promise<RefUpdate> {
  try {
    await gh.graphql(UPDATE_REFS_MUTATION, {
      repositoryId,
      name: `refs/heads/${branch}`,
      after: sha,
      before: before ?? NO_OID,
    });
    return 'written';
  } catch (error) {
    if ((await readBranch()) !== before) return 'moved';
    throw error;
  }
}

/** Paths a commit changes (for human commits on the bot branch). */
export async function filesOfCommit(gh: GitHub, repo: RepoRef, sha: string): Promise<string[]> {
  const response = await gh.rest.repos.getCommit({ ...repo, ref: sha });
  return (response.data.files ?? []).map((f) => f.filename);
}
