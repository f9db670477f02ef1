import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { admits, environmentOf, imageRefusal, largest, updateType } from '../../../src/core/policy/policy.js';
import { parsePolicy } from '../../../src/core/policy/parsePolicy.js';
import { POLICY_SCHEMA } from '../../../src/core/policy/schema.js';
import { ROOT } from '../../support/runAction.js';
import { policyFile } from '../../support/builders.js';

const POLICY = policyFile({
  environments: {
    staging: { paths: ['envs/staging/**', 'apps/*/overlays/staging/**'], autoMerge: 'minor' },
    production: {
      paths: ['envs/production/**'],
      autoMerge: 'never',
      reviewers: ['acme/sre', 'dana'],
      labels: ['production'],
    },
  },
  images: { 'ghcr.io/acme/*': { versions: '>=1.0.0 <3.0.0', tags: '^v?\\d+\\.\\d+\\.\\d+$' } },
  mergeMethod: 'rebase',
});

const policy = () => {
  const parsed = parsePolicy('.slipway.yml', POLICY);
  if (!parsed.policy) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
};

test('a valid policy parses into environments in file order, image rules and the merge method', () => {
  const p = policy();
  expect(p.environments.map((e) => [e.name, e.autoMerge, e.reviewers, e.labels])).toEqual([
    ['staging', 'minor', [], []],
    ['production', 'never', ['acme/sre', 'dana'], ['production']],
  ]);
  expect(p.mergeMethod).toBe('rebase');
});

test.each([
  [
    'environments:\n  staging:\n    paths: [a/**]\n    auto-merge: sometimes\n',
    4,
    'environments.staging.auto-merge must be one of never, patch, minor, major, any',
  ],
  [
    'environments:\n  staging:\n    auto-merge: minor\n',
    2,
    "environments.staging must have required property 'paths'",
  ],
  ['merge-method: squash\nautomerge: true\n', 2, 'automerge is not a known key'],
  ['images:\n  "x/*":\n    versions: "not a range"\n', 3, 'images."x/*".versions is not a semver range'],
  ['images:\n  "x/*":\n    tags: "(["\n', 3, 'images."x/*".tags is not a valid regular expression'],
  ['a: [1\n', 2, expect.stringContaining('Flow sequence')],
  // an image rule left empty (null): said, never read as a rule
  ['images:\n  "x/*":\nmerge-method: squash\n', 2, 'images.x/* must be object'],
])('invalid policy %# names the key and its line', (text, line, message) => {
  expect(parsePolicy('.slipway.yml', text).errors).toContainEqual({ file: '.slipway.yml', line, message });
});

test('a file belongs to the first environment whose paths match', () => {
  const p = policy();
  expect(environmentOf(p, 'apps/api/overlays/staging/kustomization.yaml')?.name).toBe('staging');
  expect(environmentOf(p, 'envs/production/api.yaml')?.name).toBe('production');
  expect(environmentOf(p, 'README.md')).toBeUndefined();
});

test.each([
  ['1.2.3', '1.2.4', 'patch'],
  ['v1.2.3', 'v1.3.0', 'minor'],
  ['1.9.0', '2.0.0', 'major'],
  ['1.2.3', '1.2.4-rc.1', 'patch'],
  ['1.2.3', '1.3.0-rc.1', 'minor'],
  ['1.25', '1.26', 'minor'],
  ['sha-1a2b3c4', 'sha-5d6e7f8', 'any'],
  ['1.2.3', 'latest', 'any'],
])('update %s → %s is %s', (from, to, type) => {
  expect(updateType(from, to)).toBe(type);
});

test.each([
  ['never', 'patch', false],
  ['patch', 'patch', true],
  ['patch', 'minor', false],
  ['minor', 'patch', true],
  ['major', 'major', true],
  ['major', 'any', false],
  ['any', 'any', true],
] as const)('level %s admits %s: %s', (level, type, expected) => {
  expect(admits(level, type)).toBe(expected);
});

test('the largest update type wins', () => {
  expect(largest(['patch', 'major', 'minor'])).toBe('major');
});

test('image rules: versions and tags refuse with the rule named', () => {
  const p = policy();
  expect(imageRefusal(p, 'ghcr.io/acme/api', 'ghcr.io/acme/api', '2.9.9')).toBeUndefined();
  expect(imageRefusal(p, 'ghcr.io/acme/api', 'ghcr.io/acme/api', '3.0.0')).toBe(
    'tag 3.0.0 is outside versions ">=1.0.0 <3.0.0" (.slipway.yml images."ghcr.io/acme/*")',
  );
  expect(imageRefusal(p, 'ghcr.io/acme/api', 'ghcr.io/acme/api', 'sha-1a2b3c4')).toBe(
    'tag sha-1a2b3c4 does not match tags \'^v?\\d+\\.\\d+\\.\\d+$\' (.slipway.yml images."ghcr.io/acme/*")',
  );
  expect(imageRefusal(p, 'nginx', 'docker.io/library/nginx', 'latest')).toBeUndefined();
});

test('docs/policy.schema.json is the schema the code validates with', () => {
  expect(JSON.parse(readFileSync(join(ROOT, 'docs', 'policy.schema.json'), 'utf8'))).toEqual(POLICY_SCHEMA);
});

describe('eligibility', () => {
  const empty = {
    apps: [],
    unchangedApps: 3,
    totals: { created: 0, changed: 0, deleted: 0 },
    images: [],
    notPreviewed: [],
  };
  test('a fork, an invalid policy, no policy, and no image change are never eligible', async () => {
    const { eligibility } = await import('../../../src/core/policy/eligibility.js');
    expect(
      eligibility({
        policy: policy(),
        policyErrors: [],
        fork: true,
        changedFiles: [],
        uncovered: [],
        diff: empty,
      }).reasons,
    ).toEqual(['it comes from a fork']);
    expect(
      eligibility({
        policyErrors: [{ file: '.slipway.yml', line: 2, message: 'x is not a known key' }],
        fork: false,
        changedFiles: [],
        uncovered: [],
        diff: empty,
      }).reasons,
    ).toEqual(['the policy file is invalid (.slipway.yml:2: x is not a known key)']);
    expect(
      eligibility({ policyErrors: [], fork: false, changedFiles: [], uncovered: [], diff: empty }).reasons,
    ).toEqual(['there is no policy file on the base branch']);
    expect(
      eligibility({
        policy: policy(),
        policyErrors: [],
        fork: false,
        changedFiles: ['README.md'],
        uncovered: [],
        diff: empty,
      }),
    ).toEqual({ eligible: false, reasons: ['it changes no image'] });
  });
});
