// `ignore-resources`: objects whose changes are left out of the diff shown, as argocd-diff-preview's
// `--ignore-resources` takes them — `group:kind:name`, each part a glob (`*` any run of characters, `?` one,
// `[…]` a class; the core group is empty: `:ConfigMap:*-cache`). An ignored change is never dropped: each app
// counts its ignored changes, the report says how many, and the policy never approves one.
// Globs are matched by goPathMatch, whose work is at most the pattern's length times the name's.
import { BadPattern, goPathMatch } from '../argo/pathMatch.js';
import type { Obj } from '../render/objects.js';
import { finishDiff } from './clusterDiff.js';
import type { ClusterDiff, ObjectChange } from './diffModel.js';
import { objectOf } from '../fields.js';

export interface ResourcePattern {
  group: string;
  kind: string;
  name: string;
  /** As written, for messages. */
  text: string;
}

/** The longest pattern taken: with a 253-character name, a match costs at most this times 253 steps. */
export const MAX_RESOURCE_PATTERN = 1000;

/** One `group:kind:name` entry, or why it is not one. */
export function parseResourcePattern(text: string): ResourcePattern | { error: string } {
  const parts = text.split(':');
  if (parts.length !== 3)
    return {
      error: `"${text}" is not group:kind:name (three parts joined by ":", the core group empty, like :ConfigMap:*-cache)`,
    };
  if (text.length > MAX_RESOURCE_PATTERN)
    return { error: `"${text.slice(0, 40)}…" is longer than ${MAX_RESOURCE_PATTERN} characters` };
  const [group, kind, name] = parts as [string, string, string];
  if (kind === '' || name === '') return { error: `"${text}" names no kind or no name (use * for any)` };
  for (const part of parts) {
    try {
      goPathMatch(part, '');
    } catch (error) {
      if (error instanceof BadPattern) return { error: `"${text}" has a malformed glob "${part}"` };
      throw error;
    }
  }
  return { group, kind, name, text };
}

/** The API group of an object's apiVersion (`apps/v1` → apps, `v1` → the core group, ''). */
function groupOf(obj: Obj): string {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** Whether a change's object (its head side, or its base side when deleted) matches one of the patterns. */
export function ignoredBy(
  change: Pick<ObjectChange, 'before' | 'after'>,
  patterns: readonly ResourcePattern[],
): ResourcePattern | undefined {
  const obj = change.after ?? change.before;
  if (!obj) return undefined;
  const group = groupOf(obj);
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const metadata = objectOf(obj.metadata);
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  return patterns.find(
    (p) => goPathMatch(p.group, group) && goPathMatch(p.kind, kind) && goPathMatch(p.name, name),
  );
}

/**
 * The diff with the changes of ignored objects taken out of each app and counted in its `ignoredChanges`;
 * totals and images are worked out again from what is shown. An app whose every change is ignored stays
 * listed, as changed.
 */
export function ignoreResources(diff: ClusterDiff, patterns: readonly ResourcePattern[]): ClusterDiff {
  if (patterns.length === 0) return diff;
  const apps = diff.apps.map((app) => {
    const shown = app.changes.filter((c) => !ignoredBy(c, patterns));
    const ignored = app.changes.length - shown.length;
    if (ignored === 0) return app;
    return { ...app, changes: shown, ignoredChanges: (app.ignoredChanges ?? 0) + ignored };
  });
  return finishDiff(apps, diff.unchangedApps, diff.notPreviewed, diff.otherRevisions ?? []);
}
