// A bump plan split into lanes, one per environment of the policy (each gets its own branch and pull
// request), and what each lane may do: merge on its own, or wait for review.
import type { AutoMerge } from '../policy/autoMerge.js';
import type { BumpPlan } from './plan.js';
import {
  admits,
  environmentOf,
  largest,
  updateType,
  type Environment,
  type Policy,
} from '../policy/policy.js';

/** One environment's share of a bump: its edits, skips and changed files. */
export interface Lane {
  /** Undefined for the edits outside every environment (or when there is no policy). */
  environment?: Environment;
  plan: BumpPlan;
}

/** One lane per environment that has edits or skips, in the policy's order; edits outside them last. */
export function lanesByEnvironment(plan: BumpPlan, policy: Policy | undefined): Lane[] {
  if (!policy || policy.environments.length === 0) return [{ plan }];
  const lanes = new Map<string, Lane>();
  const laneOf = (file: string | undefined): Lane => {
    const env = file === undefined ? undefined : environmentOf(policy, file);
    const key = env?.name ?? '';
    let lane = lanes.get(key);
    if (!lane) {
      lane = {
        ...(env && { environment: env }),
        plan: {
          edits: [],
          skips: [],
          changed: new Map(),
          unreadable: [],
          warnings: [],
          filesScanned: plan.filesScanned,
        },
      };
      lanes.set(key, lane);
    }
    return lane;
  };
  for (const edit of plan.edits) laneOf(edit.file).plan.edits.push(edit);
  for (const [file, text] of plan.changed) laneOf(file).plan.changed.set(file, text);
  for (const skip of plan.skips.filter((s) => s.file)) laneOf(skip.file).plan.skips.push(skip);
  const order = (g: Lane) =>
    g.environment ? policy.environments.indexOf(g.environment) : policy.environments.length;
  const sorted = [...lanes.values()].sort((a, b) => order(a) - order(b));
  const first = sorted[0] ?? laneOf(undefined);
  // skips of an image found nowhere, and unreadable files, belong to no environment: report them once
  first.plan.skips.push(...plan.skips.filter((s) => !s.file));
  first.plan.unreadable.push(...plan.unreadable);
  return sorted.length > 0 ? sorted : [first];
}

export interface MergeDecision {
  autoMerge: false | 'merge' | 'squash' | 'rebase';
  /** One sentence for the PR body and the log. */
  reason: string;
  reviewers: string[];
  teamReviewers: string[];
  labels: string[];
}

/**
 * Under a policy, an environment's level decides; edits outside every environment, and bumps without a
 * policy, follow the `auto-merge` input.
 */
export function decideMerge(lane: Lane, policy: Policy | undefined, input: AutoMerge): MergeDecision {
  const env = lane.environment;
  if (!policy || !env) {
    return input === 'off'
      ? { autoMerge: false, reason: 'auto-merge is off', reviewers: [], teamReviewers: [], labels: [] }
      : {
          autoMerge: input,
          reason: `auto-merge (${input}) requested by the workflow`,
          reviewers: [],
          teamReviewers: [],
          labels: [],
        };
  }
  const types = lane.plan.edits.map((e) => updateType(e.from.tag, e.to.tag));
  const type = largest(types.length > 0 ? types : ['patch']);
  const example = lane.plan.edits.find((e) => updateType(e.from.tag, e.to.tag) === type);
  const change = example ? ` (${example.from.tag ?? '?'} → ${example.to.tag ?? '?'})` : '';
  if (admits(env.autoMerge, type)) {
    return {
      autoMerge: policy.mergeMethod,
      reason: `${env.name} allows ${env.autoMerge} updates and this is a ${type} update${change}`,
      reviewers: [],
      teamReviewers: [],
      labels: [],
    };
  }
  const why =
    env.autoMerge === 'never'
      ? `${env.name} has auto-merge: never`
      : `${env.name} allows ${env.autoMerge} updates, this is a ${type} update${change}`;
  return {
    autoMerge: false,
    reason: why,
    reviewers: env.reviewers.filter((r) => !r.includes('/')),
    teamReviewers: env.reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1)),
    labels: env.labels,
  };
}
