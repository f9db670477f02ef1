// How long to wait before trying a request GitHub refused for its rate limits, as GitHub documents it
// ("Rate limits for the REST API" → "Handle rate limit errors appropriately", and the GraphQL API's
// "Rate limits and query limits"):
//   1. a `retry-after` header, whenever present: wait that many seconds;
//   2. else, with `x-ratelimit-remaining: 0`: wait until `x-ratelimit-reset` (epoch seconds);
//   3. else a secondary rate limit: wait at least a minute, longer (exponentially) each time it repeats.
// A 403 that is none of these (a token that may not write) is an answer, never retried.

import { readHttpError, type HttpLikeError } from './errors.js';

/** What the waits are measured against: the real clock, or a test's. */
export interface RetryClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface RateLimitWait {
  seconds: number;
  /** Which of GitHub's rules set the wait (for the log line). */
  rule: 'retry-after' | 'reset' | 'secondary';
}

/** Retries after a rate-limit refusal, per request. */
export const MAX_RATE_LIMIT_RETRIES = 3;
/** A wait longer than this (a primary limit resetting in most of an hour) fails the run with the reset time instead. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 15 * 60;
/** GitHub: "wait for at least one minute before retrying" a secondary rate limit. */
const SECONDARY_FIRST_WAIT_SECONDS = 60;

function header(error: HttpLikeError, name: string): string | undefined {
  const value = error.response.headers[name] ?? error.headers[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}

/** GraphQL says RATE_LIMITED in its errors (HTTP 200): the throttling plugin's error or Octokit's own. */
function graphqlRateLimited(error: HttpLikeError): boolean {
  return [...(error.errors ?? []), ...error.response.errors].some((e) => e.type === 'RATE_LIMITED');
}

/** `retry-after` in seconds: a number of seconds, or an HTTP date. */
function retryAfterSeconds(value: string, nowMs: number): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/**
 * The wait before retry number `retries + 1` of a request GitHub refused, or undefined when the
 * refusal is not a rate limit (and must not be retried).
 */
export function rateLimitWait(error: unknown, retries: number, nowMs: number): RateLimitWait | undefined {
  const e = readHttpError(error);
  const limited = e.status === 403 || e.status === 429 || graphqlRateLimited(e);
  if (!limited) return undefined;
  const retryAfter = header(e, 'retry-after');
  const afterSeconds = retryAfter === undefined ? undefined : retryAfterSeconds(retryAfter, nowMs);
  if (afterSeconds !== undefined) return { seconds: afterSeconds, rule: 'retry-after' };
  if (header(e, 'x-ratelimit-remaining') === '0' || graphqlRateLimited(e)) {
    const reset = Number(header(e, 'x-ratelimit-reset'));
    // one second past the reset, so the retry comes after it
    if (Number.isFinite(reset) && reset > 0)
      return { seconds: Math.max(0, Math.ceil(reset - nowMs / 1000)) + 1, rule: 'reset' };
    return { seconds: SECONDARY_FIRST_WAIT_SECONDS * 2 ** retries, rule: 'secondary' };
  }
  if (e.status === 429 || /secondary rate limit/i.test(e.message ?? ''))
    return { seconds: SECONDARY_FIRST_WAIT_SECONDS * 2 ** retries, rule: 'secondary' };
  return undefined;
}

const WHY: Record<RateLimitWait['rule'], string> = {
  'retry-after': 'as its retry-after header asks',
  reset: 'until its x-ratelimit-reset',
  secondary: 'a secondary rate limit: at least a minute, doubled each time',
};

interface Hookable {
  hook: {
    wrap(
      name: 'request',
      wrapper: (
        request: (options: { method: string; url: string }) => Promise<unknown>,
        options: { method: string; url: string },
      ) => Promise<unknown>,
    ): void;
  };
}

/**
 * Retries, on an Octokit, every request GitHub refuses for a rate limit, after the wait its rules give
 * (`secondMs` milliseconds for each of GitHub's seconds: the tests' clock runs faster). Each wait is a
 * warning in the log; a wait past MAX_RATE_LIMIT_WAIT_SECONDS, or a fourth refusal, fails the request.
 */
export function retryRateLimits(
  octokit: Hookable,
  clock: RetryClock,
  secondMs: number,
  warn: (message: string) => void,
): void {
  octokit.hook.wrap('request', async (request, options) => {
    for (let retries = 0; ; retries++) {
      try {
        return await request(options);
      } catch (error) {
        const wait = rateLimitWait(error, retries, clock.now());
        if (!wait || retries >= MAX_RATE_LIMIT_RETRIES) throw error;
        const what = `GitHub rate limit on ${options.method} ${options.url}`;
        if (wait.seconds > MAX_RATE_LIMIT_WAIT_SECONDS) {
          warn(`${what}: it lifts in ${wait.seconds} s, longer than Slipway waits; run again later.`);
          throw error;
        }
        warn(`${what}; retrying in ${wait.seconds} s (${WHY[wait.rule]}).`);
        await clock.sleep(wait.seconds * secondMs);
      }
    }
  });
}
