// Everything a bump needs to know about the manifests repository, in one GraphQL request: the default
// branch, the base commit and its tree, the bot branch and the commits it has beyond the base, and its
// open pull request.
import type { GitHub } from './client.js';
import type { BranchCommit, BumpState, RepoRef } from '../ports.js';
// the types the ports speak live in ports.ts; re-exported for the adapter's own callers
export type { BranchCommit, BumpState } from '../ports.js';

interface RefNode {
  target: { oid: string; tree?: { oid: string } };
  compare?: { commits: { nodes: BranchCommit[] } } | null;
}

const STATE_QUERY = `
query SlipwayBumpState($owner: String!, $repo: String!, $base: String!, $branch: String!, $baseRef: String!, $branchRef: String!) {
  repository(owner: $owner, name: $repo) {
    id
    autoMergeAllowed
    defaultBranchRef { name }
    base: ref(qualifiedName: $baseRef) {
      target { oid ... on Commit { tree { oid } } }
      compare(headRef: $branch) {
        commits(first: 100) { nodes { oid message author { name email } } }
      }
    }
    branch: ref(qualifiedName: $branchRef) { target { oid ... on Commit { tree { oid } } } }
    pullRequests(headRefName: $branch, baseRefName: $base, states: OPEN, first: 1) { nodes { id number url } }
  }
}`;

const REFS_QUERY = `
query SlipwayRefs($owner: String!, $repo: String!, $base: String!, $branch: String!) {
  repository(owner: $owner, name: $repo) {
    base: ref(qualifiedName: $base) { target { oid } }
    branch: ref(qualifiedName: $branch) { target { oid } }
  }
}`;

export async function readBumpState(
  gh: GitHub,
  repo: RepoRef,
  base: string,
  branch: string,
): Promise<BumpState> {
  const data = await gh.graphql<{
    repository: {
      id: string;
      autoMergeAllowed: boolean;
      defaultBranchRef: { name: string } | null;
      base: RefNode | null;
      branch: RefNode | null;
      pullRequests: { nodes: Array<{ id: string; number: number; url: string }> };
    };
  }>(STATE_QUERY, {
    ...repo,
    base,
    branch,
    baseRef: `refs/heads/${base}`,
    branchRef: `refs/heads/${branch}`,
  });
  const r = data.repository;
  const pull = r.pullRequests.nodes[0];
  return {
    repositoryId: r.id,
    autoMergeAllowed: r.autoMergeAllowed,
    ...(r.defaultBranchRef && { defaultBranch: r.defaultBranchRef.name }),
    ...(r.base && { base: { oid: r.base.target.oid, treeOid: r.base.target.tree?.oid ?? '' } }),
    ...(r.branch && {
      branch: {
        oid: r.branch.target.oid,
        treeOid: r.branch.target.tree?.oid ?? '',
        commits: r.base?.compare?.commits.nodes ?? [],
      },
    }),
    ...(pull && { pull }),
  };
}

/** The current heads of the base and the bot branch: checked right before a write. */
export async function readHeads(
  gh: GitHub,
  repo: RepoRef,
  base: string,
  branch: string,
): Promise<{ base?: string; branch?: string }> {
  const data = await gh.graphql<{ repository: { base: RefNode | null; branch: RefNode | null } }>(
    REFS_QUERY,
    {
      ...repo,
      base: `refs/heads/${base}`,
      branch: `refs/heads/${branch}`,
    },
  );
  return {
    ...(data.repository.base && { base: data.repository.base.target.oid }),
    ...(data.repository.branch && { branch: data.repository.branch.target.oid }),
  };
}
