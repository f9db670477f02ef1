// The one place that builds an Octokit: REST + retries for 5xx + GitHub's rate-limit rules.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubSettings } from '../settings.js';
import type { Log } from '../log.js';

const SlipwayOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof SlipwayOctokit>;

const MAX_RATE_LIMIT_RETRIES = 2;

export function createGitHub(settings: GitHubSettings, log: Log): GitHub {
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
    retry: { retries: 3 },
    throttle: {
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
