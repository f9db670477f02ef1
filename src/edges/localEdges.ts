// The real edges, built once by an entry and passed to the commands (see ports.ts): kustomize and helm on
// this machine, git checkouts, report files and the wall clock. GitHub is added by gitHubEdges.ts, so a
// command that never talks to GitHub (diff, validate) never loads Octokit.
import type { Edges } from '../ports.js';
import { readManifests, writeManifests } from './fileTree.js';
import { localRenderCache } from './renderCache.js';
import { localRendererFor } from './renderers.js';
import { localReportFiles } from './reportFiles.js';
import { localTreeIndexes } from './treeIndexStore.js';
import { folderTree } from './folderTree.js';
import { localTrees } from './trees.js';
import { otherRepositories } from './otherRepositories.js';

export type LocalEdges = Omit<Edges, 'github'>;

/**
 * `footer`: whether the run writes a footer naming the renderers' versions (the action does; the CLI only
 * for `check --format markdown`), so they are asked while the renders run (renderers.ts).
 */
export function localEdges({ footer = true }: { footer?: boolean } = {}): LocalEdges {
  return {
    renderer: localRendererFor({ footer }),
    // a folder validated whole is read one file at a time (folderTree.ts), not held in memory
    trees: { ...localTrees, folder: folderTree },
    folders: { read: readManifests, write: writeManifests },
    reports: localReportFiles,
    treeIndexes: localTreeIndexes,
    repositories: (github) => otherRepositories({ ...github, env: process.env }),
    renderCache: localRenderCache,
    clock: {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
  };
}
