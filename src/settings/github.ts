// Where GitHub is and how to reach it, and the workflow run a command runs in.
import { SettingsError, type Environment, type InputGetter } from './inputs.js';

export interface GitHubSettings {
  token: string;
  apiUrl: string;
  serverUrl: string;
  /**
   * Milliseconds between two writes (GitHub asks for one second; content-creating writes get three times
   * as long). SLIPWAY_GITHUB_WRITE_SPACING_MS changes it: a GitHub Enterprise Server with other limits, or
   * the test suite against its stand-in.
   */
  writeSpacingMs: number;
  /**
   * Milliseconds waited for each second a retry waits: GitHub's `retry-after`, the 1, 4, 9 s backoff
   * after a 5xx, and bump's pause before reading again when a branch moved. 1000 unless
   * SLIPWAY_GITHUB_RETRY_SECOND_MS says otherwise — the test suite's clock against its stand-in, so no
   * test sleeps for real.
   */
  retrySecondMs: number;
}

export interface RunContext {
  /** owner/name of the repository whose workflow runs (the app repo, for bump). */
  repository?: string;
  sha?: string;
  runUrl?: string;
}

/** A whole number of milliseconds from 0 to `max` in an environment variable, else its default. */
function milliseconds(env: Environment, name: string, fallback: number, max: number): number {
  const value = env[name]?.trim() || String(fallback);
  if (!/^\d{1,5}$/.test(value) || Number(value) > max)
    throw new SettingsError(`${name} must be milliseconds from 0 to ${max}; got "${value}".`);
  return Number(value);
}

export function parseGitHub(get: InputGetter, env: Environment): GitHubSettings {
  return {
    writeSpacingMs: milliseconds(env, 'SLIPWAY_GITHUB_WRITE_SPACING_MS', 1000, 60_000),
    retrySecondMs: milliseconds(env, 'SLIPWAY_GITHUB_RETRY_SECOND_MS', 1000, 1000),
    token: get('token').trim(),
    apiUrl: (get('github-api-url').trim() || env.GITHUB_API_URL || 'https://api.github.com').replace(
      /\/+$/,
      '',
    ),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
  };
}

export function runContext(env: Environment): RunContext {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    ...(env.GITHUB_REPOSITORY && { repository: env.GITHUB_REPOSITORY }),
    ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
    ...(runUrl && { runUrl }),
  };
}
