// The local edges with GitHub: one Octokit for writes (GitHub's spacing) and one for GraphQL reads, made
// on first use, shared by every repository the command reaches.
import { createGitHub, type GitHub } from '../github/client.js';
import { gitHubRepository } from '../github/repository.js';
import type { Log } from '../log.js';
import type { Edges } from '../ports.js';
import type { GitHubSettings } from '../settings.js';
import { localEdges } from './localEdges.js';

export function gitHubEdges(github: GitHubSettings, log: Log): Edges {
  let client: GitHub | undefined;
  let reader: GitHub | undefined;
  const local = localEdges();
  return {
    ...local,
    // waits between attempts at GitHub follow the retry clock (SLIPWAY_GITHUB_RETRY_SECOND_MS)
    clock: { ...local.clock, sleep: (ms) => local.clock.sleep((ms * github.retrySecondMs) / 1000) },
    github: (repo) =>
      gitHubRepository(
        {
          writes: (client ??= createGitHub(github, log)),
          reads: (reader ??= createGitHub(github, log, 'reads')),
        },
        repo,
      ),
  };
}
