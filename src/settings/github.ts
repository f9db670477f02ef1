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
}

export interface RunContext {
  /** owner/name of the repository whose workflow runs (the app repo, for bump). */
  repository?: string;
  sha?: string;
  runUrl?: string;
}

export function parseGitHub(get: InputGetter, env: Environment): GitHubSettings {
  const spacing = env.SLIPWAY_GITHUB_WRITE_SPACING_MS?.trim() || '1000';
  if (!/^\d{1,5}$/.test(spacing) || Number(spacing) > 60_000)
    throw new SettingsError(
      `SLIPWAY_GITHUB_WRITE_SPACING_MS must be milliseconds from 0 to 60000; got "${spacing}".`,
    );
  return {
    writeSpacingMs: Number(spacing),
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
