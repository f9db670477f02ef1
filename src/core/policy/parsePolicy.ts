// Reads a policy file (policy.ts) by the schema shipped with Slipway (schema.ts), which also checks that
// image rules' versions are semver ranges and tags RE2 expressions: what passes is a PolicyDocument (the
// type worked out from the schema), turned into a Policy without further checks. A module of its own, so
// a run whose repository has no policy file never loads the schema validator (Ajv).
import { Ajv, type ValidateFunction } from 'ajv';
import { RE2JS } from 're2js';
import semver from 'semver';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Policy, PolicyError } from './policy.js';
import { POLICY_SCHEMA, type PolicyDocument } from './schema.js';

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
