// Only what GitHub answered gets GitHub's wording; Slipway's own errors keep their message; anything else
// is called a bug, never "GitHub request failed".
import { RequestError } from '@octokit/request-error';
import { YAMLParseError } from 'yaml';
import { InputError, SlipwayError } from '../../src/core/errors.js';
import { explainGitHubError } from '../../src/github/errors.js';

const request = {
  method: 'PATCH' as const,
  url: 'https://api.github.com/repos/acme/manifests/git/refs/heads/main',
  headers: {},
};
const github = (status: number) =>
  new RequestError(`HTTP ${status}`, status, {
    request,
    response: { status, url: request.url, headers: {}, data: {} },
  });

test.each([
  [
    github(401),
    /^GitHub answered 401 \(Bad credentials\) to PATCH \/repos\/acme\/manifests\/git\/refs\/heads\/main/,
  ],
  [github(403), /^GitHub answered 403 .*permissions: \{ contents: write, pull-requests: write \}/],
  [github(404), /^GitHub answered 404 .*does not exist or the token cannot see it/],
  [github(502), /^GitHub request PATCH \/repos\/acme\/manifests\/git\/refs\/heads\/main failed with 502/],
  [
    new SlipwayError('Branch slipway/api has a commit by someone else; nothing was overwritten.'),
    /^Branch slipway\/api has a commit/,
  ],
  [new InputError('Input "images" is empty.'), /^Input "images" is empty\.$/],
  [
    new YAMLParseError([0, 1], 'BAD_INDENT', 'bad indentation'),
    /^Slipway failed: bad indentation\. This is a bug in Slipway/,
  ],
  [
    new TypeError("Cannot read properties of undefined (reading 'x')"),
    /^Slipway failed: Cannot read properties/,
  ],
])('%s', (error, message) => {
  const text = explainGitHubError(error, 'acme/manifests');
  expect(text).toMatch(message);
  // only what GitHub answered speaks of GitHub
  expect(/GitHub/.test(text)).toBe(error instanceof RequestError);
});
