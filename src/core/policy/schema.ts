// The JSON schema of the policy file; docs/policy.schema.json is the same schema for editors (a test keeps them equal).
export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/acme/slipway/policy.schema.json',
  title: 'Slipway policy (.slipway.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    environments: {
      type: 'object',
      description: 'Named environments; a file belongs to the first one whose paths match it.',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['paths'],
        properties: {
          paths: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'string',
              minLength: 1,
            },
          },
          'auto-merge': {
            enum: ['never', 'patch', 'minor', 'major', 'any'],
            default: 'never',
          },
          reviewers: {
            type: 'array',
            items: {
              type: 'string',
              pattern: '^[A-Za-z0-9-]+(/[A-Za-z0-9_.-]+)?$',
            },
          },
          labels: {
            type: 'array',
            items: {
              type: 'string',
              minLength: 1,
            },
          },
        },
      },
    },
    images: {
      type: 'object',
      description: 'Rules per image name glob: the versions and tag pattern a bump must satisfy.',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          versions: {
            type: 'string',
            minLength: 1,
          },
          tags: {
            type: 'string',
            minLength: 1,
          },
        },
      },
    },
    'allowed-paths': {
      type: 'array',
      description:
        "Globs of files outside every app's inputs (docs, CI files) that a pull request may change and still merge on its own; any other such file makes it not eligible.",
      items: {
        type: 'string',
        minLength: 1,
      },
    },
    'merge-method': {
      enum: ['merge', 'squash', 'rebase'],
      default: 'squash',
    },
  },
} as const;

/**
 * The value a JSON schema of the kinds POLICY_SCHEMA uses admits (object with properties, required and
 * additionalProperties; array of items; string; enum), worked out from the schema itself: the type the
 * policy's validator guarantees cannot drift from the schema it runs.
 */
export type SchemaValue<S> = S extends { enum: readonly (infer E)[] }
  ? E
  : S extends { type: 'string' }
    ? string
    : S extends { type: 'array'; items: infer I }
      ? Array<SchemaValue<I>>
      : S extends { type: 'object'; properties: infer P }
        ? Properties<P, S extends { required: readonly (infer R)[] } ? R : never>
        : S extends { type: 'object'; additionalProperties: infer A }
          ? Record<string, SchemaValue<A>>
          : unknown;

type Properties<P, R> = { -readonly [K in keyof P & R]: SchemaValue<P[K]> } & {
  -readonly [K in Exclude<keyof P, R>]?: SchemaValue<P[K]>;
};

/** A policy file as its schema admits it. */
export type PolicyDocument = SchemaValue<typeof POLICY_SCHEMA>;
