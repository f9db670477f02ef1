// The decisions of a bump on GitHub that need no GitHub: which images the policy refuses, which commits on
// the bot branch are someone else's, which of them clash with this bump, and which part of a plan
// belongs to one environment's branch. commands/bumpWrites.ts does the requests around them.
import type { BumpPlan } from './plan.js';
import { hasBumpTrailer } from './pullRequestText.js';
import type { ImageRef } from '../image/imageRef.js';
import { imageRefusal, type Policy } from '../policy/policy.js';

export interface PolicyRefusal {
  image: string;
  reason: string;
}

/** The updates the policy allows, and a skip line for each one it refuses (all allowed without a policy). */
export function splitByPolicy<U extends ImageRef>(
  updates: readonly U[],
  policy: Policy | undefined,
): { allowed: U[]; refused: PolicyRefusal[] } {
  const allowed: U[] = [];
  const refused: PolicyRefusal[] = [];
  for (const update of updates) {
    const why = policy ? imageRefusal(policy, update.name, update.canonical, update.tag) : undefined;
    if (why) refused.push({ image: update.name, reason: `refused by the policy: ${why}` });
    else allowed.push(update);
  }
  return { allowed, refused };
}

export interface BranchCommitInfo {
  oid: string;
  message: string;
  author: { name: string; email: string };
}

/**
 * The commits on the bot branch that the bot did not make: a commit is the bot's only when it carries the
 * Slipway trailer and its author is the one this token writes as. Such a branch is never reset.
 */
export function foreignCommits<C extends BranchCommitInfo>(commits: readonly C[], botEmail: string): C[] {
  return commits.filter((c) => !hasBumpTrailer(c.message) || c.author.email !== botEmail);
}

/** The first file this bump edits that a foreign commit also changed: the bump must stop, naming both. */
export function clashingFile(
  edited: Iterable<string>,
  touchedByCommit: ReadonlySet<string>,
): string | undefined {
  for (const file of edited) if (touchedByCommit.has(file)) return file;
  return undefined;
}

/** A plan made on the bot branch's head, narrowed to one lane's files: other environments have their own branch. */
export function narrowToLane(
  whole: BumpPlan,
  laneFiles: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): BumpPlan {
  return {
    ...whole,
    changed: new Map([...whole.changed].filter(([file]) => laneFiles.has(file))),
    edits: whole.edits.filter((e) => laneFiles.has(e.file)),
  };
}

/** Whether the bot's stale pull request may be closed: every commit on its branch is the bot's. */
export function mayCloseStalePullRequest(commits: readonly BranchCommitInfo[]): boolean {
  return commits.every((c) => hasBumpTrailer(c.message));
}
