// GitHub's rate-limit rules ("Handle rate limit errors appropriately"): retry-after whenever present,
// else x-ratelimit-reset when nothing remains, else at least a minute, doubled each time, for a
// secondary limit. Each shape goes through the Octokit client against the GitHub stand-in, on a clock
// the test holds: the waits are recorded, never slept.
import { createGitHub } from '../../src/github/client.js';
import { explainGitHubError } from '../../src/github/errors.js';
import { rateLimitWait } from '../../src/github/rateLimits.js';
import { memoryLog } from '../../src/log.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
let standIn: GitHubStandIn;
let slept: number[];
let log: ReturnType<typeof memoryLog>;
beforeEach(async () => {
  standIn = await startStandIn({ 'app/deploy.yaml': 'image: app:1.0\n' });
  slept = [];
  log = memoryLog();
});
afterEach(() => standIn.stop());

/** A client whose retries sleep on the test's clock: each wait is recorded in ms (1000 per second). */
const client = () =>
  createGitHub(
    {
      token: 'test-token',
      apiUrl: standIn.url,
      serverUrl: standIn.url,
      writeSpacingMs: 0,
      retrySecondMs: 1000,
    },
    log,
    'writes',
    {
      now: () => NOW,
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
    },
  );
const repo = { owner: 'acme', repo: 'manifests' };
const GET_REPO = { method: 'GET', path: /\/repos\/acme\/manifests$/ };
const statuses = () => standIn.requests.map((r) => r.status);

test('a 429 with retry-after is retried after retry-after, though its message does not say "secondary"', async () => {
  standIn.inject({ ...GET_REPO, status: 429, headers: { 'retry-after': '7' }, message: 'Too many requests' });
  const response = await client().rest.repos.get(repo);
  expect(response.status).toBe(200);
  expect(statuses()).toEqual([429, 200]);
  expect(slept).toEqual([7000]);
  expect(log.lines).toContain(
    'warning: GitHub rate limit on GET /repos/{owner}/{repo}; retrying in 7 s (as its retry-after header asks).',
  );
});

test('a 403 with retry-after is retried after retry-after, even when requests remain', async () => {
  standIn.inject({
    ...GET_REPO,
    status: 403,
    headers: { 'retry-after': '12', 'x-ratelimit-remaining': '4000' },
    message: 'You have triggered an abuse detection mechanism',
  });
  await client().rest.repos.get(repo);
  expect(statuses()).toEqual([403, 200]);
  expect(slept).toEqual([12000]);
});

test('retry-after wins over x-ratelimit-reset when both are given', async () => {
  const reset = String(NOW / 1000 + 600);
  standIn.inject({
    ...GET_REPO,
    status: 403,
    headers: { 'retry-after': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
  });
  await client().rest.repos.get(repo);
  expect(slept).toEqual([2000]);
});

test('a primary limit (remaining 0, no retry-after) waits until one second past x-ratelimit-reset', async () => {
  standIn.inject({
    ...GET_REPO,
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) },
    message: 'API rate limit exceeded for installation',
  });
  await client().rest.repos.get(repo);
  expect(statuses()).toEqual([403, 200]);
  expect(slept).toEqual([31000]);
  expect(log.lines.at(-1)).toMatch(/retrying in 31 s \(until its x-ratelimit-reset\)/);
});

test('a secondary limit without headers waits a minute, then two, then four', async () => {
  standIn.inject({
    ...GET_REPO,
    status: 403,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    times: 3,
  });
  const response = await client().rest.repos.get(repo);
  expect(response.status).toBe(200);
  expect(statuses()).toEqual([403, 403, 403, 200]);
  expect(slept).toEqual([60000, 120000, 240000]);
});

test('a 429 without any header is a secondary limit: at least a minute', async () => {
  standIn.inject({ ...GET_REPO, status: 429, message: 'Too many requests' });
  await client().rest.repos.get(repo);
  expect(slept).toEqual([60000]);
});

test('a fourth refusal in a row fails the request', async () => {
  standIn.inject({ ...GET_REPO, status: 429, headers: { 'retry-after': '1' }, times: 4 });
  await expect(client().rest.repos.get(repo)).rejects.toMatchObject({ status: 429 });
  expect(statuses()).toEqual([429, 429, 429, 429]);
  expect(slept).toEqual([1000, 1000, 1000]);
});

test('a 403 that is no rate limit (a token that may not write) is an answer, never retried', async () => {
  standIn.inject({ ...GET_REPO, status: 403, message: 'Resource not accessible by integration' });
  await expect(client().rest.repos.get(repo)).rejects.toMatchObject({ status: 403 });
  expect(statuses()).toEqual([403]);
  expect(slept).toEqual([]);
});

test('a reset most of an hour away fails at once, saying when the limit lifts', async () => {
  standIn.inject({
    ...GET_REPO,
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3000) },
  });
  await expect(client().rest.repos.get(repo)).rejects.toMatchObject({ status: 403 });
  expect(slept).toEqual([]);
  expect(log.lines.at(-1)).toMatch(/it lifts in 3001 s, longer than Slipway waits; run again later/);
});

test('GraphQL RATE_LIMITED (HTTP 200) waits until x-ratelimit-reset, then the query runs', async () => {
  standIn.inject({
    method: 'POST',
    path: /\/graphql$/,
    graphqlErrors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }],
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 5) },
  });
  const data = await client().graphql<{ repository: { base: { name: string } } }>(
    'query SlipwayRefs($base: String!) { repository { base: ref(qualifiedName: $base) { name } } }',
    { base: 'main' },
  );
  expect(data.repository.base.name).toBe('main');
  expect(slept).toEqual([6000]);
});

test('a GraphQL failure names the operation and what GitHub said', async () => {
  standIn.inject({
    method: 'POST',
    path: /\/graphql$/,
    graphqlErrors: [{ type: 'UNPROCESSABLE', message: 'Head sha was modified since the query started.' }],
  });
  const error = await client()
    .graphql('query SlipwayRefs { viewer { login } }')
    .catch((e: unknown) => e);
  const message = explainGitHubError(error, 'acme/manifests');
  expect(message).toBe(
    'GitHub request GraphQL SlipwayRefs failed: Head sha was modified since the query started. (UNPROCESSABLE)',
  );
  expect(slept).toEqual([]);
});

test('an HTTP failure of a GraphQL request names its operation beside the path', async () => {
  standIn.inject({ method: 'POST', path: /\/graphql$/, status: 400, message: 'Problems parsing JSON' });
  const error = await client()
    .graphql('mutation SlipwayUpdateRefs { x }')
    .catch((e: unknown) => e);
  expect(explainGitHubError(error, 'acme/manifests')).toMatch(
    /^GitHub request POST \/graphql \(SlipwayUpdateRefs\) failed with 400: Problems parsing JSON$/,
  );
});

test.each([
  // [status, headers, message, retries so far, expected wait]
  [429, { 'retry-after': '3' }, '', 0, { seconds: 3, rule: 'retry-after' }],
  [403, { 'retry-after': 'Thu, 01 Jan 2026 12:00:10 GMT' }, '', 0, { seconds: 10, rule: 'retry-after' }],
  [
    403,
    { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 5) },
    '',
    0,
    { seconds: 1, rule: 'reset' },
  ],
  [403, {}, 'You have exceeded a secondary rate limit', 2, { seconds: 240, rule: 'secondary' }],
  [403, {}, 'Resource not accessible by integration', 0, undefined],
  [404, { 'retry-after': '3' }, 'Not Found', 0, undefined],
])('rateLimitWait(%i, %j, %j, %i)', (status, headers, message, retries, expected) => {
  const error = { status, message, response: { headers } };
  expect(rateLimitWait(error, retries, NOW)).toEqual(expected);
});
