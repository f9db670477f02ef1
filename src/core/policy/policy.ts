// The policy file (.slipway.yml): which changes may merge on their own, per environment and semver level,
// and which versions an image may take. Read by parsePolicy.ts; what it says is asked here.
import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import semver from 'semver';
import { tagSemver } from '../image/tagSemver.js';
import type { FileTree } from '../fileTree.js';

export const POLICY_FILES = ['.slipway.yml', '.slipway.yaml', '.github/slipway.yml'];

export type Level = 'never' | 'patch' | 'minor' | 'major' | 'any';
export type UpdateType = 'patch' | 'minor' | 'major' | 'any';

export interface Environment {
  name: string;
  paths: string[];
  autoMerge: Level;
  reviewers: string[];
  labels: string[];
}

export interface ImageRule {
  pattern: string;
  versions?: string;
  tags?: string;
}

export interface Policy {
  file: string;
  environments: Environment[];
  images: ImageRule[];
  mergeMethod: 'merge' | 'squash' | 'rebase';
  /** Files outside every app's inputs that may change in an eligible pull request. */
  allowedPaths: string[];
}

export interface PolicyError {
  file: string;
  line: number;
  message: string;
}

/** The policy file of a tree, if it has one (the first of POLICY_FILES). */
export function policyFileIn(tree: FileTree): { file: string; text: string } | undefined {
  for (const file of POLICY_FILES) {
    const text = tree.get(file)?.text;
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

/** The environment a file belongs to: the first whose paths match it. */
export function environmentOf(policy: Policy, path: string): Environment | undefined {
  return policy.environments.find((env) => picomatch(env.paths)(path));
}

/** How big a version change is: semver tags (a `v` allowed) by their highest changed part; anything else is `any`. */
export function updateType(from: string | undefined, to: string | undefined): UpdateType {
  const a = tagSemver(from);
  const b = tagSemver(to);
  if (!a || !b) return 'any';
  const diff = semver.diff(a, b);
  if (diff === 'major' || diff === 'premajor') return 'major';
  if (diff === 'minor' || diff === 'preminor') return 'minor';
  return 'patch';
}

const RANK: Record<UpdateType, number> = { patch: 1, minor: 2, major: 3, any: 4 };

export function largest(types: readonly UpdateType[]): UpdateType {
  return types.reduce<UpdateType>((max, t) => (RANK[t] > RANK[max] ? t : max), 'patch');
}

/** Whether an environment's auto-merge level admits an update of this type. */
export function admits(level: Level, type: UpdateType): boolean {
  return level !== 'never' && (level === 'any' || (type !== 'any' && RANK[type] <= RANK[level]));
}

/** Why a tag may not be deployed under the policy's image rules, or undefined. */
export function imageRefusal(
  policy: Policy,
  name: string,
  canonical: string,
  tag: string | undefined,
): string | undefined {
  for (const rule of policy.images) {
    const matches = picomatch(rule.pattern);
    if (!matches(name) && !matches(canonical)) continue;
    const where = `${policy.file} images."${rule.pattern}"`;
    // RE2 (Go's syntax): linear in the tag, which the pull request chooses
    if (rule.tags && (tag === undefined || !RE2JS.compile(rule.tags).test(tag)))
      return `tag ${tag ?? '(none)'} does not match tags '${rule.tags}' (${where})`;
    if (rule.versions) {
      const version = tagSemver(tag);
      if (!version || !semver.satisfies(version, rule.versions, { includePrerelease: true }))
        return `tag ${tag ?? '(none)'} is outside versions "${rule.versions}" (${where})`;
    }
  }
  return undefined;
}
