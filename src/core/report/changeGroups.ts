// One change shown once, however many apps it reaches: object changes of several apps whose diffs are the
// same once the app-specific parts are set aside (the object's name and namespace and the app's
// destination namespace where they stand as whole values; the name prefix or suffix an overlay adds,
// from words of the app's own name) form a group. For people only: JSON keeps each app's change.
import type { AppDiff, ClusterDiff, ObjectChange } from '../diff/diffModel.js';
import { escapeRegExp } from '../regExpText.js';

export interface GroupMember {
  app: AppDiff;
  change: ObjectChange;
}

export interface ChangeGroup {
  kind: string;
  /** The object's name without the app-specific words (`staging-api` → `api`). */
  name: string;
  /** The first app's change, whose diff stands for all. */
  shown: GroupMember;
  members: GroupMember[];
}

export interface ChangeGrouping {
  /** Changes made the same way in two apps or more, largest group first. */
  groups: ChangeGroup[];
  /** The group each grouped change belongs to. */
  groupOf: ReadonlyMap<ObjectChange, ChangeGroup>;
}

const WORD_SPLIT = /[-_.]/;

/** Words of the app's name and destination namespace that not every app of the diff shares. */
function appWords(apps: readonly AppDiff[]): Map<AppDiff, string[]> {
  // numbers are left out: `app-1` and `app-2` are two apps, not one app in two environments
  const wordsOf = (app: AppDiff) =>
    new Set(
      [app.name, app.app?.destination.namespace ?? '']
        .flatMap((s) => s.split(WORD_SPLIT))
        .filter((w) => w.length > 1 && !/^\d+$/.test(w)),
    );
  const sets = apps.map(wordsOf);
  const shared = new Set([...(sets[0] ?? [])].filter((w) => sets.every((s) => s.has(w))));
  return new Map(apps.map((app, i) => [app, [...(sets[i] as Set<string>)].filter((w) => !shared.has(w))]));
}

/** The object's name with the app's own words taken off its start and end (`staging-api` → `api`). */
function stemOf(name: string, words: readonly string[]): string {
  const parts = name.split('-');
  while (parts.length > 1 && words.includes(parts[0] as string)) parts.shift();
  while (parts.length > 1 && words.includes(parts[parts.length - 1] as string)) parts.pop();
  return parts.join('-');
}

/** Kind, namespace and name of `Kind/namespace/name` or `Kind/name`. */
function partsOf(object: string): { kind: string; namespace?: string; name: string } {
  const parts = object.split('/');
  const kind = parts[0] ?? '';
  if (parts.length >= 3) return { kind, namespace: parts[1], name: parts.slice(2).join('/') };
  return { kind, name: parts.slice(1).join('/') };
}

/**
 * A matcher for the app-specific strings where they stand as a whole value (`namespace: qa`, `name:
 * qa-web`), never inside another (`qa` in `ghcr.io/acme/qa-tools:1.0` is not set aside): longest first.
 */
function specificMatcher(strings: readonly string[]): RegExp | undefined {
  const unique = [...new Set(strings.filter((s) => s.length > 0 && !/^\d+$/.test(s)))].sort(
    (a, b) => b.length - a.length,
  );
  if (unique.length === 0) return undefined;
  const inValue = '[A-Za-z0-9._/:@-]';
  return new RegExp(`(?<!${inValue})(?:${unique.map(escapeRegExp).join('|')})(?!${inValue})`, 'g');
}

/**
 * Groups the object changes of a diff. `changedLines(change)` gives a change's added and removed lines
 * (its diff without context): two changes group when their kind, stem name, consequence and changed lines
 * are equal once the app-specific strings are replaced by one placeholder.
 */
export function groupChanges(
  diff: ClusterDiff,
  changedLines: (change: ObjectChange) => string,
): ChangeGrouping {
  const apps = diff.apps.filter((a) => a.changes.length > 0);
  const words = appWords(apps);
  const byKey = new Map<string, ChangeGroup>();
  for (const app of apps) {
    const own = words.get(app) ?? [];
    for (const change of app.changes) {
      const { kind, namespace, name } = partsOf(change.object);
      const stem = stemOf(name, own);
      const matcher = specificMatcher([name, namespace ?? '', app.app?.destination.namespace ?? '']);
      const lines = matcher ? changedLines(change).replace(matcher, '\u0000') : changedLines(change);
      const key = [change.change, kind, stem, change.consequence, lines].join('\u0001');
      const member = { app, change };
      const group = byKey.get(key);
      if (group) group.members.push(member);
      else byKey.set(key, { kind, name: stem, shown: member, members: [member] });
    }
  }
  const groups = [...byKey.values()]
    .filter((g) => new Set(g.members.map((m) => m.app)).size >= 2)
    .sort(
      (a, b) =>
        b.members.length - a.members.length || `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`),
    );
  const groupOf = new Map<ObjectChange, ChangeGroup>();
  for (const group of groups) for (const m of group.members) groupOf.set(m.change, group);
  return { groups, groupOf };
}

export interface HeadlineFact {
  fact: string;
  apps: string[];
}

/** The facts of the PR's changes, each with the apps it is true in, most widespread first. */
export function headlineFacts(diff: ClusterDiff): HeadlineFact[] {
  const appsOf = new Map<string, Set<string>>();
  for (const app of diff.apps)
    for (const change of app.changes)
      for (const fact of change.summary) {
        const set = appsOf.get(fact) ?? new Set<string>();
        set.add(app.name);
        appsOf.set(fact, set);
      }
  return [...appsOf.entries()]
    .map(([fact, apps]) => ({ fact, apps: [...apps].sort() }))
    .sort((a, b) => b.apps.length - a.apps.length || a.fact.localeCompare(b.fact));
}
