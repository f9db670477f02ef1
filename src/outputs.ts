// The action's outputs. main.ts sets only these names, and a test holds action.yml to the same list.
export const OUTPUT_NAMES = [
  'updated',
  'pull-request-number',
  'pull-request-url',
  'branch',
  'commit-sha',
  'edits',
  'skipped',
  'auto-merge',
  'pull-requests',
  'has-changes',
  'report',
  'created',
  'changed',
  'deleted',
  'affected-apps',
  'shards',
  'matrix',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
export type Outputs = Partial<Record<OutputName, string>>;
