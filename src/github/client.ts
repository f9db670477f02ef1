// The one place that builds an Octokit: REST + retries for 5xx + GitHub's rate-limit rules.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubSettings } from '../settings.js';
import type { Log } from '../log.js';

const SlipwayOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof SlipwayOctokit>;

const MAX_RATE_LIMIT_RETRIES = 2;

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

/**
 * An Octokit for one purpose. plugin-throttling queues every GraphQL request with the writes, queries
 * too; the client made for `reads` (GraphQL queries only) has no spacing, so a read never waits behind a
 * write. Writes keep GitHub's spacing.
 */
export function createGitHub(
  settings: GitHubSettings,
  log: Log,
  purpose: 'writes' | 'reads' = 'writes',
): GitHub {
  const spacing = purpose === 'reads' ? 0 : settings.writeSpacingMs;
  return new SlipwayOctokit({
    auth: settings.token,
    baseUrl: settings.apiUrl,
    userAgent: 'slipway',
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => log.debug(m),
      error: (m: string) => log.debug(m),
    },
    // both plugins wait `retryAfterBaseValue` ms per second they mean to wait. A 429 is GitHub's rate
    // limit (primary or secondary): plugin-throttling waits what its headers ask, where plugin-retry
    // would try again after 1, 4 and 9 s whatever retry-after said
    retry: {
      retries: 3,
      retryAfterBaseValue: settings.retrySecondMs,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: settings.retrySecondMs,
      // the plugin uses only key().schedule() of its Bottleneck groups (dist-bundle/index.js, doRequest)
      write: spacedGroup(spacing) as never,
      notifications: spacedGroup(spacing * 3) as never,
      onRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        log.warning(
          `GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter} s.`,
        );
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        log.warning(
          `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s.`,
        );
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
    },
  });
}
