// The real edges, built once by an entry and passed to the commands (see ports.ts): kustomize and helm on
// this machine, git checkouts, the wall clock, and GitHub through one Octokit made on first use.
import { createGitHub, type GitHub } from '../github/client.js';
import { gitHubRepository } from '../github/repository.js';
import type { Log } from '../log.js';
import type { Edges } from '../ports.js';
import type { GitHubSettings } from '../settings.js';
import { localRenderer } from './renderers.js';
import { localReportFiles } from './reportFiles.js';
import { localTrees } from './trees.js';

export function localEdges(github: GitHubSettings, log: Log): Edges {
  let client: GitHub | undefined;
  let reader: GitHub | undefined;
  return {
    renderer: localRenderer,
    trees: localTrees,
    reports: localReportFiles,
    clock: {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
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
