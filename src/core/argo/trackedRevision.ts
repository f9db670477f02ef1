// Which revision an Argo CD source of this repository tracks, and whether a pull request into a branch
// changes what it deploys: only a source whose targetRevision resolves to the pull request's base branch
// deploys the files the pull request changes. Argo CD reads `HEAD` (and an empty targetRevision) as the
// repository's default branch, and `refs/heads/<name>` as the branch <name>; a tag, a commit (full or
// short) or another branch deploys what that revision holds, which merging does not change.

import type { RenderUnit } from './unit.js';

/** The branch a pull request merges into, the repository's default branch, and revisions that follow it. */
export interface Tracking {
  /** The pull request's base branch (a branch name, without `refs/heads/`). */
  branch: string;
  /** The repository's default branch, which `HEAD` and an empty targetRevision mean; unknown: `branch`. */
  defaultBranch?: string;
  /** Further revisions to treat as the base branch (a branch kept in step with it), as written. */
  also: readonly string[];
}

/** How a revision is named in reports: as written, `HEAD` for an empty one. */
export function revisionName(targetRevision: unknown): string {
  const text = typeof targetRevision === 'string' ? targetRevision.trim() : '';
  return text === '' ? 'HEAD' : text;
}

const branchOf = (revision: string) => revision.replace(/^refs\/heads\//, '');

/**
 * Whether a source with this targetRevision deploys the pull request's base branch (without a Tracking,
 * every revision does: nothing is known of the branches). A revision listed in `also` counts, as written
 * or as the branch it names.
 */
export function tracksBranch(targetRevision: unknown, tracking: Tracking | undefined): boolean {
  if (!tracking) return true;
  const written = revisionName(targetRevision);
  if (tracking.also.some((rev) => rev === written || branchOf(rev) === branchOf(written))) return true;
  if (written === 'HEAD') return (tracking.defaultBranch ?? tracking.branch) === tracking.branch;
  return branchOf(written) === tracking.branch;
}

/**
 * The revision(s) an app deploys when no source of it reads the pull request's files — every source of
 * this repository tracks another revision (chart sources without this repository's value files read
 * none) — else undefined.
 */
export function otherRevisionOf(unit: RenderUnit): string | undefined {
  const revisions = new Set<string>();
  for (const source of unit.sources) {
    if (source.otherRevision !== undefined) revisions.add(source.otherRevision);
    else if (!source.chart || (source.helm?.valueFiles ?? []).some((f) => f.startsWith('$')))
      return undefined;
  }
  return revisions.size > 0 ? [...revisions].join(', ') : undefined;
}
