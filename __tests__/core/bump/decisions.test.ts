// The decisions of a bump on GitHub, as tables, without HTTP: policy refusals, whose commits are on the bot
// branch, which of them clash, what belongs to one environment's branch, when a stale PR may be closed.
import type { BumpPlan } from '../../../src/core/bump/plan.js';
import {
  clashingFile,
  foreignCommits,
  mayCloseStalePullRequest,
  narrowToLane,
  splitByPolicy,
} from '../../../src/core/bump/decisions.js';
import { parseImageRef } from '../../../src/core/image/imageRef.js';
import { parsePolicy } from '../../../src/core/policy/parsePolicy.js';

const BOT = 'slipway-bot@users.noreply.github.com';
const TRAILER = 'Bump api to 1.2.3\n\nSlipway-Bump: ghcr.io/acme/api 1.2.3';
const commit = (message: string, email: string) => ({
  oid: 'a'.repeat(40),
  message,
  author: { name: 'x', email },
});

test.each([
  ['the bot: trailer and its own author', [commit(TRAILER, BOT)], 0],
  ['a human commit without the trailer', [commit('fix typo', 'dev@acme.com')], 1],
  ['the trailer copied by a human (another author)', [commit(TRAILER, 'dev@acme.com')], 1],
  ['the bot author without the trailer (a manual commit with the bot token)', [commit('manual', BOT)], 1],
  ['one of each', [commit(TRAILER, BOT), commit('fix', 'dev@acme.com')], 1],
])('foreign commits: %s', (_name, commits, foreign) => {
  expect(foreignCommits(commits, BOT)).toHaveLength(foreign);
  expect(mayCloseStalePullRequest(commits)).toBe(commits.every((c) => c.message.includes('Slipway-Bump')));
});

test.each([
  [['envs/prod/values.yaml'], ['README.md'], undefined],
  [['envs/prod/values.yaml', 'envs/dev/values.yaml'], ['envs/dev/values.yaml'], 'envs/dev/values.yaml'],
  [[], ['envs/dev/values.yaml'], undefined],
])('a foreign commit touching %j clashes with a bump of %j: %s', (touched, edited, clash) => {
  expect(clashingFile(edited, new Set(touched))).toBe(clash);
});

test('a plan on the bot branch keeps only its lane: another environment has its own branch', () => {
  const whole = {
    edits: [
      { file: 'envs/dev/values.yaml', image: 'api' },
      { file: 'envs/prod/values.yaml', image: 'api' },
    ],
    changed: new Map([
      ['envs/dev/values.yaml', 'dev'],
      ['envs/prod/values.yaml', 'prod'],
    ]),
    skips: [],
    unreadable: [],
    warnings: [],
    filesScanned: 2,
  } as unknown as BumpPlan;
  const lane = narrowToLane(whole, new Set(['envs/prod/values.yaml']));
  expect([...lane.changed.keys()]).toEqual(['envs/prod/values.yaml']);
  expect(lane.edits.map((e) => e.file)).toEqual(['envs/prod/values.yaml']);
  expect(whole.changed.size).toBe(2);
});

test('the policy refuses images outside its rules; without a policy everything is allowed', () => {
  const { policy, errors } = parsePolicy(
    '.slipway.yml',
    "images:\n  'ghcr.io/acme/*':\n    versions: '>=1.0.0 <3.0.0'\n",
  );
  expect(errors).toEqual([]);
  const updates = [parseImageRef('ghcr.io/acme/api:1.2.3'), parseImageRef('ghcr.io/acme/web:3.1.0')];
  const split = splitByPolicy(updates, policy);
  expect(split.allowed.map((u) => u.name)).toEqual(['ghcr.io/acme/api']);
  expect(split.refused).toEqual([
    {
      image: 'ghcr.io/acme/web',
      reason:
        'refused by the policy: tag 3.1.0 is outside versions ">=1.0.0 <3.0.0" (.slipway.yml images."ghcr.io/acme/*")',
    },
  ]);
  expect(splitByPolicy(updates, undefined)).toEqual({ allowed: updates, refused: [] });
});
