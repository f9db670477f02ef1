// The policy file (.slipway.yml): which changes may merge on their own, per environment and semver level,
// and which versions an image may take. Parsed and validated against the schema shipped with Slipway.
import { Ajv, type ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import semver from 'semver';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { tagSemver } from '../image/tagSemver.js';
import type { FileTree } from '../fileTree.js';
import { POLICY_SCHEMA } from './schema.js';

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

/** The policy schema's validator, compiled the first time a policy is read (not at every start). */
let compiledSchema: ValidateFunction | undefined;
function validateSchema(data: unknown): ValidateFunction {
  compiledSchema ??= new Ajv({ allErrors: true }).compile(
    POLICY_SCHEMA as unknown as Record<string, unknown>,
  );
  compiledSchema(data);
  return compiledSchema;
}

/** The policy file of a tree, if it has one (the first of POLICY_FILES). */
export function policyFileIn(tree: FileTree): { file: string; text: string } | undefined {
  for (const file of POLICY_FILES) {
    const text = tree.get(file)?.text;
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

export function parsePolicy(file: string, text: string): { policy?: Policy; errors: PolicyError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line ?? 1,
        message: e.message.split('\n')[0] as string,
      })),
    };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  // the line of a key (its value's line for list items), or of the nearest ancestor that exists
  const lineOf = (path: string[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === path[depth - 1])
        : undefined;
      const range =
        (pair?.key as { range?: number[] } | undefined)?.range ??
        (doc.getIn(path.slice(0, depth), true) as { range?: number[] } | undefined)?.range;
      if (range) return lineCounter.linePos(range[0] as number).line;
    }
    return 1;
  };
  const errors: PolicyError[] = [];
  const checked = validateSchema(data);
  if (checked.errors) {
    for (const e of checked.errors) {
      const path = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
      const key = [...path, ...(extra ? [extra] : [])].join('.') || '(top level)';
      const why =
        e.keyword === 'additionalProperties'
          ? 'is not a known key'
          : e.keyword === 'enum'
            ? `must be one of ${(e.params.allowedValues as string[]).join(', ')}`
            : (e.message ?? e.keyword);
      errors.push({ file, line: lineOf(extra ? [...path, extra] : path), message: `${key} ${why}` });
    }
  }
  const images = Object.entries((data.images ?? {}) as Record<string, { versions?: string; tags?: string }>);
  for (const [pattern, rule] of images) {
    if (rule.versions && semver.validRange(rule.versions) === null)
      errors.push({
        file,
        line: lineOf(['images', pattern, 'versions']),
        message: `images."${pattern}".versions is not a semver range`,
      });
    if (rule.tags) {
      try {
        RE2JS.compile(rule.tags);
      } catch {
        errors.push({
          file,
          line: lineOf(['images', pattern, 'tags']),
          message: `images."${pattern}".tags is not a valid regular expression`,
        });
      }
    }
  }
  if (errors.length > 0) return { errors };
  const environments = Object.entries(
    (data.environments ?? {}) as Record<string, Record<string, unknown>>,
  ).map(([name, env]) => ({
    name,
    paths: env.paths as string[],
    autoMerge: (env['auto-merge'] as Level | undefined) ?? 'never',
    reviewers: (env.reviewers as string[] | undefined) ?? [],
    labels: (env.labels as string[] | undefined) ?? [],
  }));
  return {
    policy: {
      file,
      environments,
      images: images.map(([pattern, rule]) => ({ pattern, ...rule })),
      mergeMethod: (data['merge-method'] as Policy['mergeMethod'] | undefined) ?? 'squash',
      allowedPaths: (data['allowed-paths'] as string[] | undefined) ?? [],
    },
    errors: [],
  };
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
