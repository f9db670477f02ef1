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
