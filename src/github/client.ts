// The one place that builds an Octokit: REST + retries for 5xx + GitHub's rate-limit rules.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubSettings } from '../settings.js';
import type { Log } from '../log.js';
import { retryRateLimits, type RetryClock } from './rateLimits.js';

const SlipwayOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof SlipwayOctokit>;

/**
 * plugin-throttling's queues for writes and for writes that notify people, spaced by `spacingMs` (and
 * three times that). One pair per spacing for the whole process: GitHub counts per token, not per client.
 */
interface SpacedGroup {
  key: () => {
    schedule: <T>(
      options: unknown,
      job: (...args: unknown[]) => Promise<T>,
      ...args: unknown[]
    ) => Promise<T>;
  };
}
const spacedGroups = new Map<number, SpacedGroup>();
function spacedGroup(spacingMs: number): SpacedGroup {
  let group = spacedGroups.get(spacingMs);
  if (!group) {
    let nextStart = 0;
    const limiter = {
      schedule: async <T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]) => {
        const now = Date.now();
        const start = Math.max(now, nextStart);
        nextStart = start + spacingMs;
        if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
        return job(...args);
      },
    };
    group = { key: () => limiter };
    spacedGroups.set(spacingMs, group);
  }
  return group;
}

/** Real time: each of GitHub's seconds is `secondMs` milliseconds (1000 but in tests). */
const realClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * An Octokit for one purpose. plugin-throttling queues every GraphQL request with the writes, queries
 * too; the client made for `reads` (GraphQL queries only) has no spacing, so a read never waits behind a
 * write. Writes keep GitHub's spacing. Rate limits are retried by rateLimits.ts, on `clock`.
 */
export function createGitHub(
  settings: GitHubSettings,
  log: Log,
  purpose: 'writes' | 'reads' = 'writes',
  clock: RetryClock = realClock,
): GitHub {
  const spacing = purpose === 'reads' ? 0 : settings.writeSpacingMs;
  const octokit = new SlipwayOctokit({
    auth: settings.token,
    baseUrl: settings.apiUrl,
    userAgent: 'slipway',
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => log.debug(m),
      error: (m: string) => log.debug(m),
    },
    // plugin-retry tries a 5xx again after 1, 4 and 9 s (`retryAfterBaseValue` ms per second); rate
    // limits (403 and 429) are not its: rateLimits.ts follows GitHub's rules for them
    retry: {
      retries: 3,
      retryAfterBaseValue: settings.retrySecondMs,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    // plugin-throttling spaces the writes; its own rate-limit retries (which ignore retry-after unless
    // the message says "secondary rate" or nothing remains) are turned off
    throttle: {
      retryAfterBaseValue: settings.retrySecondMs,
      // the plugin uses only key().schedule() of its Bottleneck groups (dist-bundle/index.js, doRequest)
      write: spacedGroup(spacing) as never,
      notifications: spacedGroup(spacing * 3) as never,
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false,
    },
  });
  // wrapped last, so it is outermost: a retry goes through the spacing and plugin-retry again
  retryRateLimits(octokit as never, clock, settings.retrySecondMs, (m) => log.warning(m));
  return octokit;
}
