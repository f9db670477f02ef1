// bump on GitHub, end to end: the bundled action run like the Actions runner runs it, against the
// GitHub stand-in, checking the bare repository afterwards.
import { HUMAN } from '../support/bareRepo.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { runAction } from '../support/runAction.js';
import { deployment } from '../support/builders.js';

const DEPLOYMENT = deployment(
  'api',
  { api: 'ghcr.io/acme/api:1.0.0', worker: 'ghcr.io/acme/worker:1.0.0' },
  { comment: 'the api' },
);
const KUSTOMIZATION = `resources:
  - deployment.yaml
images:
  - name: ghcr.io/acme/api
    newTag: "1.0.0"
`;
const MANIFESTS = {
  'apps/api/deployment.yaml': DEPLOYMENT,
  'apps/api/kustomization.yaml': KUSTOMIZATION,
  'README.md': '# manifests\n',
};
const BRANCH = 'slipway/main/ghcr.io-acme-api';

let standIn: GitHubStandIn;
afterEach(() => standIn?.stop());

function bump(
  inputs: Record<string, string>,
  token = 'test-token',
  event?: { name: string; payload?: unknown },
) {
  return runAction({
    apiUrl: standIn.url,
    ...(event && { event }),
    inputs: {
      command: 'bump',
      token,
      'manifests-repo': 'acme/manifests',
      image: 'ghcr.io/acme/api',
      ...inputs,
    },
  });
}

const git = (...args: string[]) => standIn.repo.git(args);

test('the first bump opens a pull request whose commit changes only the tag bytes', async () => {
  standIn = await startStandIn(MANIFESTS);
  const base = standIn.repo.refSha('main') as string;
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ updated: 'true', branch: BRANCH, 'pull-request-number': '1' });
  expect(standIn.openPulls()).toHaveLength(1);
  const pull = standIn.openPulls()[0];
  expect(pull?.title).toBe('Deploy ghcr.io/acme/api 1.1.0 to main');
  expect(pull?.body).toContain('<!-- slipway:bump -->');
  expect(pull?.body).toContain('`apps/api/deployment.yaml:10`');
  // the head commit sits on the base and changes exactly the two tags
  expect(git('rev-parse', `${BRANCH}^`)).toBe(base);
  expect(git('diff', '--unified=0', base, BRANCH, '--', 'apps')).toMatch(
    /-\s+image: ghcr.io\/acme\/api:1.0.0\n\+\s+image: ghcr.io\/acme\/api:1.1.0/,
  );
  expect(standIn.repo.show(BRANCH, 'apps/api/deployment.yaml')).toBe(
    DEPLOYMENT.replace('api:1.0.0', 'api:1.1.0'),
  );
  expect(standIn.repo.show(BRANCH, 'apps/api/kustomization.yaml')).toBe(
    KUSTOMIZATION.replace('"1.0.0"', '"1.1.0"'),
  );
  const message = git('log', '-1', '--format=%B', BRANCH);
  expect(message).toContain('chore(deploy): bump ghcr.io/acme/api to 1.1.0');
  expect(message).toContain('Slipway-Bump: ghcr.io/acme/api=1.1.0');
  expect(message).toContain('Slipway-Source: acme/api@a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
  expect(message).toContain('Slipway-Run: ');
  expect(JSON.parse(run.outputs.edits as string)).toHaveLength(2);
  expect(run.summary).toContain('| `apps/api/deployment.yaml:10` | `ghcr.io/acme/api` | `1.0.0` → `1.1.0` |');
  // the state (with the default branch), the tarball, the branch, its commit (createCommitOnBranch), the PR
  expect(standIn.apiRequests().length).toBe(5);
});

test("in the manifests repository's own workflow, the event names the default branch: five requests", async () => {
  standIn = await startStandIn(MANIFESTS);
  const push = {
    name: 'push',
    payload: { repository: { full_name: 'acme/manifests', default_branch: 'main' } },
  };
  const run = await bump({ tag: '1.1.0' }, 'test-token', push);
  expect(run.code).toBe(0);
  expect(
    standIn.apiRequests().map((r) => r.operation ?? `${r.method} ${r.path.replace(/[0-9a-f]{40}/g, 'SHA')}`),
  ).toEqual([
    'SlipwayBumpState',
    'GET /repos/acme/manifests/tarball/SHA',
    'POST /repos/acme/manifests/git/refs',
    'SlipwayCreateCommitOnBranch',
    'POST /repos/acme/manifests/pulls',
  ]);
  // another repository's event says nothing of this one's default branch
  const elsewhere = {
    name: 'push',
    payload: { repository: { full_name: 'acme/api', default_branch: 'trunk' } },
  };
  expect((await bump({ tag: '1.2.0' }, 'test-token', elsewhere)).code).toBe(0);
  expect(standIn.pulls.map((p) => p.base.ref)).toEqual(['main']);
});

test('a repository whose default branch is not main: the state is read again for it, six requests', async () => {
  standIn = await startStandIn(MANIFESTS, { defaultBranch: 'trunk' });
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(0);
  expect(standIn.apiRequests().filter((r) => r.operation === 'SlipwayBumpState')).toHaveLength(2);
  expect(standIn.apiRequests()).toHaveLength(6);
  expect(standIn.pulls.map((p) => p.base.ref)).toEqual(['trunk']);
});

test('a newer build refreshes the same pull request, rebuilt from the current base', async () => {
  standIn = await startStandIn(MANIFESTS);
  expect((await bump({ tag: '1.1.0' })).code).toBe(0);
  const moved = standIn.repo.commitFiles(
    'main',
    { 'apps/other.yaml': 'a: 1\n' },
    { message: 'unrelated change' },
  );
  const run = await bump({ tag: '1.2.0' });
  expect(run.code).toBe(0);
  expect(run.outputs['pull-request-number']).toBe('1');
  expect(standIn.pulls).toHaveLength(1);
  expect(standIn.pulls[0]?.title).toBe('Deploy ghcr.io/acme/api 1.2.0 to main');
  expect(git('rev-parse', `${BRANCH}^`)).toBe(moved);
  expect(git('rev-list', '--count', `main..${BRANCH}`)).toBe('1');
  expect(standIn.repo.show(BRANCH, 'apps/api/deployment.yaml')).toContain('ghcr.io/acme/api:1.2.0');
});

test('a bump equal to what the base has closes the stale pull request and reports updated=false', async () => {
  standIn = await startStandIn(MANIFESTS);
  expect((await bump({ tag: '1.1.0' })).code).toBe(0);
  // someone lands 1.1.0 on main by hand
  standIn.repo.commitFiles('main', {
    'apps/api/deployment.yaml': DEPLOYMENT.replace('api:1.0.0', 'api:1.1.0'),
    'apps/api/kustomization.yaml': KUSTOMIZATION.replace('1.0.0', '1.1.0'),
  });
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(0);
  expect(run.outputs.updated).toBe('false');
  expect(standIn.openPulls()).toHaveLength(0);
  expect(standIn.comments[0]?.body).toContain('is already on `main`');
});

test('a human commit on the bot branch survives a later bump', async () => {
  standIn = await startStandIn(MANIFESTS);
  expect((await bump({ tag: '1.1.0' })).code).toBe(0);
  const human = standIn.repo.commitFiles(
    BRANCH,
    { 'apps/api/NOTES.yaml': 'note: keep me\n' },
    { message: 'add a note', author: HUMAN },
  );
  const run = await bump({ tag: '1.2.0' });
  expect(run.code).toBe(0);
  expect(git('rev-parse', `${BRANCH}^`)).toBe(human);
  expect(standIn.repo.show(BRANCH, 'apps/api/NOTES.yaml')).toBe('note: keep me\n');
  expect(standIn.repo.show(BRANCH, 'apps/api/deployment.yaml')).toContain('ghcr.io/acme/api:1.2.0');
  expect(standIn.openPulls()).toHaveLength(1);
});

test('a human commit that changes a file the bump edits stops the bump, naming the commit', async () => {
  standIn = await startStandIn(MANIFESTS);
  expect((await bump({ tag: '1.1.0' })).code).toBe(0);
  const human = standIn.repo.commitFiles(
    BRANCH,
    {
      'apps/api/deployment.yaml': DEPLOYMENT.replace('api:1.0.0', 'api:1.1.0').replace(
        '# the api',
        '# hand-tuned',
      ),
    },
    { message: 'hand-tune the api', author: HUMAN },
  );
  const run = await bump({ tag: '1.2.0' });
  expect(run.code).toBe(1);
  expect(run.annotations[0]?.message).toContain(
    `commit ${human.slice(0, 7)} ("hand-tune the api" by ${HUMAN.name})`,
  );
  expect(standIn.repo.refSha(BRANCH)).toBe(human);
});

test('the base moving between read and write: the PR is built on the base it read, and the next bump rebuilds it on the new one', async () => {
  standIn = await startStandIn(MANIFESTS);
  const read = standIn.repo.refSha('main');
  let moved = '';
  standIn.inject({
    method: 'POST',
    path: /\/graphql$/,
    operation: 'SlipwayCreateCommitOnBranch',
    before: () => {
      moved = standIn.repo.commitFiles(
        'main',
        { 'apps/api/deployment.yaml': DEPLOYMENT.replace('# the api', '# moved') },
        { message: 'race' },
      );
    },
  });
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(0);
  // as any pull request whose base moves on: behind it, not wrong (no one's commit was overwritten)
  expect(git('rev-parse', `${BRANCH}^`)).toBe(read);
  expect(git('rev-parse', 'main')).toBe(moved);
  const again = await bump({ tag: '1.1.0' });
  expect(again.code).toBe(0);
  expect(git('rev-parse', `${BRANCH}^`)).toBe(moved);
  expect(standIn.repo.show(BRANCH, 'apps/api/deployment.yaml')).toBe(
    DEPLOYMENT.replace('# the api', '# moved').replace('api:1.0.0', 'api:1.1.0'),
  );
});

test('a push to the bot branch between read and write is never overwritten: the swap is refused, the bump reads again', async () => {
  standIn = await startStandIn(MANIFESTS);
  expect((await bump({ tag: '1.1.0' })).code).toBe(0);
  let theirs = '';
  standIn.inject({
    method: 'POST',
    path: /\/graphql$/,
    operation: 'SlipwayUpdateRefs',
    before: () => {
      theirs = standIn.repo.commitFiles(BRANCH, { 'apps/notes.yaml': 'n: 1\n' }, { message: 'a note' });
    },
  });
  const run = await bump({ tag: '1.2.0' });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`${BRANCH} changed while the commit was written; reading again`);
  expect(git('rev-parse', `${BRANCH}^`)).toBe(theirs);
  expect(standIn.repo.show(BRANCH, 'apps/notes.yaml')).toBe('n: 1\n');
  expect(standIn.repo.show(BRANCH, 'apps/api/deployment.yaml')).toContain('ghcr.io/acme/api:1.2.0');
});

test('a commit GitHub refuses on a new branch leaves no branch behind', async () => {
  standIn = await startStandIn(MANIFESTS);
  standIn.inject({
    method: 'POST',
    path: /\/graphql$/,
    operation: 'SlipwayCreateCommitOnBranch',
    status: 403,
  });
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(1);
  expect(run.annotations[0]?.message).toMatch(/403/);
  expect(standIn.repo.refSha(BRANCH)).toBeUndefined();
  expect(standIn.openPulls()).toHaveLength(0);
});

test('a 502 and a 429 are retried; the bump succeeds', async () => {
  standIn = await startStandIn(MANIFESTS);
  standIn.inject({ method: 'GET', path: /\/tarball\//, status: 502 });
  standIn.inject({
    method: 'POST',
    path: /\/pulls$/,
    status: 429,
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit',
  });
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(0);
  expect(standIn.requests.filter((r) => r.status === 502 || r.status === 429)).toHaveLength(2);
  expect(standIn.openPulls()).toHaveLength(1);
});

test('a token that may not write gets the permissions it needs named', async () => {
  standIn = await startStandIn(MANIFESTS);
  standIn.tokens.set('read-only', 'read');
  const run = await bump({ tag: '1.1.0' }, 'read-only');
  expect(run.code).toBe(1);
  expect(run.annotations[0]?.message).toMatch(/403 .*contents: write, pull-requests: write/);
  expect(run.stdout).toContain('::add-mask::read-only');
  expect(run.stdout.replace('::add-mask::read-only', '')).not.toContain('read-only');
});

test('dry-run plans and makes no write request', async () => {
  standIn = await startStandIn(MANIFESTS);
  const run = await bump({ tag: '1.1.0', 'dry-run': 'true' });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('apps/api/deployment.yaml:10  ghcr.io/acme/api  1.0.0 → 1.1.0');
  expect(run.outputs.updated).toBe('false');
  expect(standIn.writes()).toEqual([]);
});

test('two concurrent bumps of different images give two pull requests and lose no edit', async () => {
  standIn = await startStandIn(MANIFESTS);
  const [a, b] = await Promise.all([
    bump({ tag: '1.1.0' }),
    bump({ image: 'ghcr.io/acme/worker', tag: '2.0.0' }),
  ]);
  expect([a.code, b.code]).toEqual([0, 0]);
  expect(
    standIn
      .openPulls()
      .map((p) => p.head.ref)
      .sort(),
  ).toEqual([BRANCH, 'slipway/main/ghcr.io-acme-worker']);
  expect(standIn.repo.show(BRANCH, 'apps/api/deployment.yaml')).toContain('ghcr.io/acme/api:1.1.0');
  expect(standIn.repo.show('slipway/main/ghcr.io-acme-worker', 'apps/api/deployment.yaml')).toContain(
    'ghcr.io/acme/worker:2.0.0',
  );
});

test('the number of requests does not grow with the repository (10 and 2,000 files)', async () => {
  const counts: number[] = [];
  for (const size of [10, 2000]) {
    const files: Record<string, string> = { ...MANIFESTS };
    for (let i = Object.keys(files).length; i < size; i++)
      files[`apps/filler/f${i}.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: f${i}}\n`;
    standIn = await startStandIn(files);
    expect((await bump({ tag: '1.1.0' })).code).toBe(0);
    counts.push(standIn.apiRequests().length);
    await standIn.stop();
  }
  expect(counts[0]).toBe(counts[1]);
  expect(counts[0]).toBe(5);
  standIn = await startStandIn({}); // for afterEach
});

test('pull-request=false commits straight to the base, retrying when it moves', async () => {
  standIn = await startStandIn(MANIFESTS);
  standIn.inject({
    method: 'POST',
    path: /\/git\/commits$/,
    before: () => void standIn.repo.commitFiles('main', { 'x.yaml': 'x: 1\n' }),
  });
  const run = await bump({ tag: '1.1.0', 'pull-request': 'false' });
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ updated: 'true', branch: 'main' });
  expect(standIn.pulls).toHaveLength(0);
  expect(standIn.repo.show('main', 'x.yaml')).toBe('x: 1\n');
  expect(standIn.repo.show('main', 'apps/api/deployment.yaml')).toContain('ghcr.io/acme/api:1.1.0');
  expect(git('log', '-1', '--format=%s', 'main')).toBe('chore(deploy): bump ghcr.io/acme/api to 1.1.0');
});

test('environment names the branch and title; labels, reviewers and auto-merge are applied', async () => {
  standIn = await startStandIn(MANIFESTS);
  const run = await bump({
    tag: '1.1.0',
    environment: 'staging',
    labels: 'deploy, staging',
    reviewers: 'dana',
    'team-reviewers': 'sre',
    'auto-merge-method': 'squash',
  });
  expect(run.code).toBe(0);
  const pull = standIn.openPulls()[0];
  expect(pull?.head.ref).toBe('slipway/main/ghcr.io-acme-api-staging');
  expect(pull?.title).toBe('Deploy ghcr.io/acme/api 1.1.0 to staging');
  expect(pull?.labels.map((l) => l.name)).toEqual(['deploy', 'staging']);
  expect(pull?.requested_reviewers).toEqual([{ login: 'dana' }]);
  expect(pull?.requested_teams).toEqual([{ slug: 'sre' }]);
  expect(pull?.auto_merge).toEqual({ merge_method: 'squash' });
});

test('auto-merge not allowed by the repository is a warning, not a failure', async () => {
  standIn = await startStandIn(MANIFESTS);
  standIn.allowAutoMerge = false;
  const run = await bump({ tag: '1.1.0', 'auto-merge-method': 'merge' });
  expect(run.code).toBe(0);
  expect(run.annotations).toEqual([
    expect.objectContaining({
      level: 'warning',
      message: expect.stringContaining('Auto-merge was not enabled on #1'),
    }),
  ]);
});

test('an image referenced nowhere is a warning and writes nothing', async () => {
  standIn = await startStandIn(MANIFESTS);
  const run = await bump({ image: 'ghcr.io/acme/nope', tag: '1.0.0' });
  expect(run.code).toBe(0);
  expect(run.outputs.updated).toBe('false');
  expect(run.annotations[0]).toMatchObject({
    level: 'warning',
    message: expect.stringContaining('not referenced in any manifest'),
  });
  expect(standIn.writes()).toEqual([]);
});

test('the CLI bumps on GitHub with --repo and GITHUB_TOKEN', async () => {
  standIn = await startStandIn(MANIFESTS);
  const { runCli } = await import('../support/runAction.js');
  const run = await runCli(['bump', '--repo', 'acme/manifests', '--base', 'main', 'ghcr.io/acme/api:1.1.0'], {
    env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: standIn.url },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Opened pull request #1');
  expect(standIn.repo.show(BRANCH, 'apps/api/deployment.yaml')).toContain('ghcr.io/acme/api:1.1.0');
});

test('a run where every place is skipped writes nothing and says so in a warning annotation', async () => {
  standIn = await startStandIn({
    'values.yaml':
      'common: &tag 1.0.0\napi:\n  image: {repository: ghcr.io/acme/api, tag: *tag}\nweb:\n  image: {repository: ghcr.io/acme/web, tag: *tag}\n',
  });
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(0);
  expect(run.outputs.updated).toBe('false');
  expect(standIn.writes()).toEqual([]);
  expect(run.annotations).toContainEqual({
    level: 'warning',
    message: `Nothing to write to ${BRANCH}: every place was skipped (the reasons are above).`,
  });
  expect(run.stdout).toContain('which this run does not move; moving it would move that image too');
});

test('images sharing an anchor, all moved to the same tag, get the anchor edited once', async () => {
  standIn = await startStandIn({
    'values.yaml':
      'common: &tag 1.0.0\napi:\n  image: {repository: ghcr.io/acme/api, tag: *tag}\nweb:\n  image: {repository: ghcr.io/acme/web, tag: *tag}\n',
  });
  const run = await bump({ image: '', images: 'ghcr.io/acme/api:1.1.0\nghcr.io/acme/web:1.1.0' });
  expect(run.code).toBe(0);
  const pull = standIn.openPulls()[0];
  expect(standIn.repo.show(pull?.head.ref as string, 'values.yaml')).toBe(
    'common: &tag 1.1.0\napi:\n  image: {repository: ghcr.io/acme/api, tag: *tag}\nweb:\n  image: {repository: ghcr.io/acme/web, tag: *tag}\n',
  );
});

test('a GraphQL operation GitHub refuses is named in the error, with what GitHub said', async () => {
  standIn = await startStandIn(MANIFESTS);
  standIn.inject({
    method: 'POST',
    path: /\/graphql$/,
    operation: 'SlipwayCreateCommitOnBranch',
    graphqlErrors: [
      { type: 'UNPROCESSABLE', message: 'A path was requested for deletion which does not exist.' },
    ],
  });
  const run = await bump({ tag: '1.1.0' });
  expect(run.code).toBe(1);
  expect(run.annotations[0]?.message).toContain(
    'GitHub request GraphQL SlipwayCreateCommitOnBranch failed: A path was requested for deletion which does not exist. (UNPROCESSABLE)',
  );
});
