// The policy file (.slipway.yml): which changes may merge on their own, per environment and semver level,
// and which versions an image may take. Parsed once by the schema shipped with Slipway (schema.ts), which
// also checks that image rules' versions are semver ranges and tags RE2 expressions: what passes is a
// PolicyDocument (the type worked out from the schema), turned into a Policy without further checks.
import { Ajv, type ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import semver from 'semver';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { tagSemver } from '../image/tagSemver.js';
import type { FileTree } from '../fileTree.js';
import { POLICY_SCHEMA, type PolicyDocument } from './schema.js';

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

const { versions, tags } = POLICY_SCHEMA.properties.images.additionalProperties.properties;
/** POLICY_SCHEMA with what JSON schema cannot say: image rules' versions are semver ranges, tags RE2. */
const CHECKED_SCHEMA = {
  ...POLICY_SCHEMA,
  properties: {
    ...POLICY_SCHEMA.properties,
    images: {
      ...POLICY_SCHEMA.properties.images,
      additionalProperties: {
        ...POLICY_SCHEMA.properties.images.additionalProperties,
        properties: {
          versions: { ...versions, format: 'semver-range' },
          tags: { ...tags, format: 're2' },
        },
      },
    },
  },
};
const FORMATS = {
  'semver-range': (text: string) => semver.validRange(text) !== null,
  re2: (text: string) => {
    try {
      RE2JS.compile(text);
      return true;
    } catch {
      return false;
    }
  },
};
const FORMAT_PROBLEMS: Record<string, string> = {
  'semver-range': 'is not a semver range',
  re2: 'is not a valid regular expression',
};

/** The policy's validator, compiled the first time a policy is read (not at every start). */
let compiledSchema: ValidateFunction<PolicyDocument> | undefined;
const validator = () =>
  (compiledSchema ??= new Ajv({ allErrors: true, formats: FORMATS }).compile<PolicyDocument>(CHECKED_SCHEMA));

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
  const data: unknown = doc.toJS() ?? {};
  // the line of a key (its value's line for list items), or of the nearest ancestor that exists
  const lineOf = (path: string[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === path[depth - 1])
        : undefined;
      const node: unknown = isNode(pair?.key) ? pair.key : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const validate = validator();
  if (validate(data)) return { policy: policyOf(file, data), errors: [] };
  const errors: PolicyError[] = [];
  for (const e of validate.errors ?? []) {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
    const key = [...path, ...(extra ? [extra] : [])].join('.') || '(top level)';
    const format = e.keyword === 'format' ? FORMAT_PROBLEMS[String(e.params.format)] : undefined;
    const message = format
      ? // images."<pattern>".versions: the pattern is a glob, quoted to be read whole
        `${path[0]}."${path[1]}".${path[2]} ${format}`
      : `${key} ${
          e.keyword === 'additionalProperties'
            ? 'is not a known key'
            : e.keyword === 'enum'
              ? `must be one of ${(e.params.allowedValues as string[]).join(', ')}`
              : (e.message ?? e.keyword)
        }`;
    errors.push({ file, line: lineOf(extra ? [...path, extra] : path), message });
  }
  return { errors };
}

/** A policy file its schema admits → the policy. */
function policyOf(file: string, data: PolicyDocument): Policy {
  return {
    file,
    environments: Object.entries(data.environments ?? {}).map(([name, env]) => ({
      name,
      paths: env.paths,
      autoMerge: env['auto-merge'] ?? 'never',
      reviewers: env.reviewers ?? [],
      labels: env.labels ?? [],
    })),
    images: Object.entries(data.images ?? {}).map(([pattern, rule]) => ({ pattern, ...rule })),
    mergeMethod: data['merge-method'] ?? 'squash',
    allowedPaths: data['allowed-paths'] ?? [],
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
