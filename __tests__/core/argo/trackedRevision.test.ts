// Which targetRevision deploys the pull request's base branch, in every form Argo CD reads one.
import { tracksBranch, type Tracking } from '../../../src/core/argo/trackedRevision.js';

const intoMain: Tracking = { branch: 'main', defaultBranch: 'main', also: [] };
const intoRelease: Tracking = { branch: 'release-1', defaultBranch: 'main', also: [] };
const SHA = '0123456789abcdef0123456789abcdef01234567';

test.each([
  ['the branch by name', 'main', true],
  ['HEAD (the default branch)', 'HEAD', true],
  ['an empty targetRevision (the default branch)', '', true],
  ['no targetRevision at all', undefined, true],
  ['refs/heads/<branch>', 'refs/heads/main', true],
  ['a tag', 'v1.4.0', false],
  ['a full commit id', SHA, false],
  ['a short commit id', SHA.slice(0, 7), false],
  ['another branch', 'prod', false],
  ['refs/heads/<another branch>', 'refs/heads/prod', false],
  ['a tag ref', 'refs/tags/v1.4.0', false],
])('into main: %s (%p) tracks it: %p', (_, revision, tracks) => {
  expect(tracksBranch(revision, intoMain)).toBe(tracks);
});

test.each([
  ['the release branch', 'release-1', true],
  ['refs/heads/release-1', 'refs/heads/release-1', true],
  ['main', 'main', false],
  ['HEAD, which is main', 'HEAD', false],
  ['an empty targetRevision, which is main', '', false],
])('into release-1: %s tracks it: %p', (_, revision, tracks) => {
  expect(tracksBranch(revision, intoRelease)).toBe(tracks);
});

test('a revision listed as following the branch counts as the branch, as written or as refs/heads/…', () => {
  const tracking: Tracking = { ...intoMain, also: ['prod', 'refs/heads/staging'] };
  expect(tracksBranch('prod', tracking)).toBe(true);
  expect(tracksBranch('refs/heads/prod', tracking)).toBe(true);
  expect(tracksBranch('staging', tracking)).toBe(true);
  expect(tracksBranch('v1.4.0', tracking)).toBe(false);
});

test('HEAD means the pull request branch when the default branch is unknown; nothing known: every revision counts', () => {
  expect(tracksBranch('HEAD', { branch: 'main', also: [] })).toBe(true);
  expect(tracksBranch('v1.4.0', undefined)).toBe(true);
});
