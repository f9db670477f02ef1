// The multi-repo setup: the Applications live in another Git repository (input `applications-repository`)
// and their sources point at this one. That repository is read at one revision for both sides of a pull
// request (the pull request cannot change it); the sources in this repository are rendered from the pull
// request's base and head. Pure: the fetch is edges/otherRepositories.ts, the walk pipeline/affectedApps.ts.
import type { FileTree } from '../fileTree.js';
import type { Finding } from '../finding.js';
import { mayDeclareApps } from '../manifestFiles.js';
import { mayDeclareArgoResource } from './discovery.js';
import { repoAtText } from './otherRepository.js';
import type { RenderUnit } from './unit.js';

/** The applications repository as the settings name it. */
export interface ApplicationsSetting {
  /** A repository URL, or `owner/name` on the GitHub server, as written. */
  repository: string;
  /** The revision to read (`HEAD`: its default branch). */
  revision: string;
  /** The folder to discover Applications in ('' for the whole repository). */
  path: string;
}

/** The applications repository fetched (its files), or why it could not be. */
export interface ApplicationsSource {
  url: string;
  revision: string;
  path: string;
  tree?: FileTree;
  error?: string;
}

/** A repository named as `owner/name`, on the GitHub server. */
const OWNER_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** `owner/name` → the GitHub server's URL of it; any other text is a URL, as written. */
export function applicationsRepositoryUrl(repository: string, serverUrl: string): string {
  const text = repository.trim();
  return OWNER_NAME.test(text) ? `${serverUrl.replace(/\/+$/, '')}/${text}` : text;
}

/** Why the text cannot name a repository, or undefined. */
export function applicationsRepositoryProblem(repository: string): string | undefined {
  const text = repository.trim();
  if (OWNER_NAME.test(text)) return undefined;
  if (/^(https?|ssh):\/\/\S+$/i.test(text) || /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\S+$/.test(text))
    return undefined;
  return 'name it as owner/name or as a URL, like https://github.com/acme/argocd-apps.git';
}

/**
 * How the report names a file of the applications repository: `<url>@<revision>:<path>`. Never a path of
 * this repository's tree (a change to this repository is never a change to it).
 */
export const applicationsFile = (url: string, revision: string, path: string): string =>
  `${repoAtText(url, revision)}:${path}`;

/** The files of the fetched repository (below its folder) that may hold Applications, with their texts. */
export function applicationFiles(
  source: ApplicationsSource,
): Array<{ path: string; label: string; text: string }> {
  const files: Array<{ path: string; label: string; text: string }> = [];
  if (!source.tree) return files;
  const prefix = source.path === '' ? '' : `${source.path}/`;
  for (const [path, entry] of source.tree) {
    if (!path.startsWith(prefix) || entry.text === undefined) continue;
    if (!mayDeclareApps(path) || !mayDeclareArgoResource(entry)) continue;
    files.push({ path, label: applicationsFile(source.url, source.revision, path), text: entry.text });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The stand-in for every app an unreachable applications repository would have given: not previewed, an
 * error (the preview cannot tell which of them the pull request changes, so it cannot pass for them).
 */
export function unreachableApplications(source: ApplicationsSource): RenderUnit {
  const where = repoAtText(source.url, source.revision);
  const id = `path:applications of ${where}`;
  const finding: Finding = {
    severity: 'error',
    rule: 'not-previewed',
    unit: id,
    file: where,
    line: 1,
    message: `could not fetch ${where} (${source.error ?? 'unknown'}): the Applications it holds (input applications-repository) are not previewed`,
  };
  return { id, file: where, line: 1, sources: [], findings: [finding] };
}
