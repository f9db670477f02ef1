// bump on GitHub against an in-memory repository (support/fakes.ts): what lands on the branches and pull
// requests, and what is never overwritten. The same flows run over HTTP in e2e/bumpOnGitHub.test.ts.
import { bump } from '../../src/commands/bump.js';
import { memoryLog } from '../../src/log.js';
import { parseBumpSettings } from '../../src/settings.js';
import { fakeClock, fakeEdges, FakeGitHub } from '../support/fakes.js';
import { deployment } from '../support/builders.js';

const DEPLOYMENT = (tag: string) => deployment('api', { api: `ghcr.io/acme/api:${tag}` });

const settings = (image: string) =>
  parseBumpSettings(
    (name) => ({ images: image, 'manifests-repo': 'acme/manifests', token: 't' })[name] ?? '',
    {},
  );

async function run(github: FakeGitHub, image: string, clock = fakeClock()) {
  const log = memoryLog();
  const result = await bump(settings(image), log, fakeEdges({ github, clock }));
  return { result, log, clock };
}

const branchOf = (github: FakeGitHub) => [...github.branches.keys()].find((b) => b !== 'main') as string;

test('a new bump opens one pull request whose branch holds only the tag change', async () => {
  const github = new FakeGitHub({ 'app/deploy.yaml': DEPLOYMENT('1.0.0'), 'app/other.yaml': 'a: 1\n' });
  const { result } = await run(github, 'ghcr.io/acme/api:1.1.0');
  expect(result.failure).toBeUndefined();
  const branch = branchOf(github);
  expect(branch.startsWith('slipway/')).toBe(true);
  expect(github.filesOn(branch).get('app/deploy.yaml')).toBe(DEPLOYMENT('1.1.0'));
  expect(github.filesOn('main').get('app/deploy.yaml')).toBe(DEPLOYMENT('1.0.0'));
  expect(github.pulls).toEqual([expect.objectContaining({ head: branch, base: 'main', open: true })]);
  expect(result.outputs).toMatchObject({ updated: 'true', 'pull-request-number': '1' });
});

test('a later bump refreshes the same pull request instead of opening another', async () => {
  const github = new FakeGitHub({ 'app/deploy.yaml': DEPLOYMENT('1.0.0') });
  await run(github, 'ghcr.io/acme/api:1.1.0');
  const { result } = await run(github, 'ghcr.io/acme/api:1.2.0');
  expect(github.pulls).toHaveLength(1);
  expect(result.outputs['pull-request-number']).toBe('1');
  expect(github.filesOn(branchOf(github)).get('app/deploy.yaml')).toBe(DEPLOYMENT('1.2.0'));
});

test("someone else's commit on the bot branch is kept, and the bump lands on top of it", async () => {
  const github = new FakeGitHub({ 'app/deploy.yaml': DEPLOYMENT('1.0.0'), 'app/notes.yaml': 'n: 1\n' });
  await run(github, 'ghcr.io/acme/api:1.1.0');
  const branch = branchOf(github);
  const theirs = github.commit(github.branches.get(branch), { 'app/notes.yaml': 'n: 2\n' }, 'notes', {
    name: 'Dev',
    email: 'dev@acme.test',
  });
  github.branches.set(branch, theirs);
  const { result, log } = await run(github, 'ghcr.io/acme/api:1.2.0');
  expect(result.failure).toBeUndefined();
  const head = github.commits.get(github.branches.get(branch) as string);
  expect(head?.parent).toBe(theirs);
  expect(github.filesOn(branch).get('app/notes.yaml')).toBe('n: 2\n');
  expect(github.filesOn(branch).get('app/deploy.yaml')).toBe(DEPLOYMENT('1.2.0'));
  expect(log.lines.join('\n')).toContain('keeping 1 commit(s) the bot did not make');
});

test("a commit of someone else's that edits the same file stops the bump, and nothing is written", async () => {
  const github = new FakeGitHub({ 'app/deploy.yaml': DEPLOYMENT('1.0.0') });
  await run(github, 'ghcr.io/acme/api:1.1.0');
  const branch = branchOf(github);
  const theirs = github.commit(
    github.branches.get(branch),
    { 'app/deploy.yaml': DEPLOYMENT('1.1.0-hotfix') },
    'hotfix',
    {
      name: 'Dev',
      email: 'dev@acme.test',
    },
  );
  github.branches.set(branch, theirs);
  const { result } = await run(github, 'ghcr.io/acme/api:1.2.0');
  expect(result.failure).toMatch(
    /that the bot did not make, and it changes app\/deploy\.yaml, which this bump edits\. Nothing was written/,
  );
  expect(result.failure).toContain(`commit ${theirs.slice(0, 7)} ("hotfix" by Dev)`);
  expect(github.branches.get(branch)).toBe(theirs);
});

test('a push to the bot branch between the read and the write is never overwritten: read again, on the injected clock', async () => {
  const github = new FakeGitHub({ 'app/deploy.yaml': DEPLOYMENT('1.0.0'), 'app/x.yaml': 'x: 1\n' });
  await run(github, 'ghcr.io/acme/api:1.1.0');
  const branch = branchOf(github);
  let theirs = '';
  github.before.set('swapBranch', () => {
    theirs = github.commit(github.branches.get(branch), { 'app/x.yaml': 'x: 2\n' }, 'meanwhile', {
      name: 'Dev',
      email: 'dev@acme.test',
    });
    github.branches.set(branch, theirs);
  });
  const { result, clock, log } = await run(github, 'ghcr.io/acme/api:1.2.0');
  expect(result.failure).toBeUndefined();
  // the wait went to the injected clock (which only records it), not to a real timer
  expect(clock.slept).toHaveLength(1);
  expect(log.lines.join('\n')).toContain(
    `${branch} changed while the commit was written; reading again (attempt 2 of 5)`,
  );
  // their commit is kept, and the bump lands on top of it
  expect(github.commits.get(github.branches.get(branch) as string)?.parent).toBe(theirs);
  expect(github.filesOn(branch).get('app/x.yaml')).toBe('x: 2\n');
  expect(github.filesOn(branch).get('app/deploy.yaml')).toBe(DEPLOYMENT('1.2.0'));
});

test('bump reads the state (with the default branch) and the tarball, then makes the branch with its commit and opens the PR', async () => {
  const github = new FakeGitHub({ 'app/deploy.yaml': DEPLOYMENT('1.0.0') });
  await run(github, 'ghcr.io/acme/api:1.1.0');
  expect(github.calls).toEqual([
    'readBumpState',
    'readBaseAt',
    'commitOnNewBranch',
    'upsertPullRequest',
    'decoratePullRequest',
  ]);
});

test('a default branch other than main costs one more read of the state, and the PR targets it', async () => {
  const github = new FakeGitHub({ 'app/deploy.yaml': DEPLOYMENT('1.0.0') }, 'trunk');
  const { result } = await run(github, 'ghcr.io/acme/api:1.1.0');
  expect(result.failure).toBeUndefined();
  expect(github.calls.slice(0, 3)).toEqual(['readBumpState', 'readBumpState', 'readBaseAt']);
  expect(github.pulls.map((p) => p.base)).toEqual(['trunk']);
});
