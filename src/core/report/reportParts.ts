// The pieces every rendering of the predicted cluster diff shares (comment, terminal, JSON): the headline,
// what changes in one line, an app's counts and sync policy, the changes it shows, each change's diff text.
import { objectDiff } from '../diff/changeText.js';
import type { AppDiff, ClusterDiff, HookRun, ObjectChange } from '../diff/diffModel.js';
import { headlineFacts } from './changeGroups.js';
import { mdCode } from './markdownText.js';

export const SIGN: Record<ObjectChange['change'], string> = { created: '+', changed: '~', deleted: '−' };

export function counts(app: AppDiff): string {
  const n = (c: ObjectChange['change']) => app.changes.filter((x) => x.change === c).length;
  const ignored = app.ignoredChanges ? ` · ${app.ignoredChanges} ignored change(s)` : '';
  return `+${n('created')} ~${n('changed')} −${n('deleted')}${ignored}`;
}

export function syncPolicy(app: AppDiff): string {
  const p = app.app?.syncPolicy;
  if (!p) return '—';
  if (!p.automated) return 'manual';
  return ['auto', p.prune && 'prune', p.selfHeal && 'self-heal'].filter(Boolean).join(', ');
}

export function destination(app: AppDiff): string {
  const d = app.app?.destination;
  if (!d) return '—';
  const cluster = d.name ?? (d.server === 'https://kubernetes.default.svc' ? 'in-cluster' : (d.server ?? ''));
  return [cluster, d.namespace].filter(Boolean).join(' / ') || '—';
}

const UNPREVIEWED = new Set(['render-failed', 'not-previewed']);

/** Apps whose preview shows a change: object changes, a new/removed/renamed app, its settings, its hooks. */
export function changingApps(diff: ClusterDiff): number {
  return diff.apps.filter(
    (a) =>
      !UNPREVIEWED.has(a.status) &&
      (a.changes.length > 0 ||
        (a.ignoredChanges ?? 0) > 0 ||
        ['new', 'removed', 'renamed'].includes(a.status) ||
        a.settingChanges.length > 0 ||
        a.hooks.some((h) => h.change !== 'unchanged')),
  ).length;
}

/** Apps the PR affects that could not be previewed, and apps not previewed at all (other repositories…). */
export function unpreviewedApps(diff: ClusterDiff): number {
  const names = new Set(diff.apps.filter((a) => UNPREVIEWED.has(a.status)).map((a) => a.name));
  for (const entry of diff.notPreviewed) names.add(entry.name);
  return names.size;
}

/**
 * The first line. When anything could not be previewed it leads with "Preview incomplete" and how much —
 * never "No change", which would read as a clean result although part of the PR was not seen.
 */
export function header(diff: ClusterDiff, imageLimit = Infinity): string {
  const unpreviewed = unpreviewedApps(diff);
  const changing = changingApps(diff);
  const total = unpreviewed + changing + diff.unchangedApps;
  const incomplete = `**Preview incomplete** — ⚠️ ${unpreviewed} app(s) could not be previewed (${unpreviewed} of ${total})`;
  if (changing === 0)
    return unpreviewed > 0
      ? `${incomplete}; no change in the ${diff.unchangedApps} app(s) checked.`
      : `**No change** to what the apps deploy (${diff.unchangedApps} app(s) checked).`;
  const warning = unpreviewed > 0 ? `${incomplete} · ` : '';
  const t = diff.totals;
  const shown = diff.images.slice(0, imageLimit);
  const more = diff.images.length - shown.length;
  const images =
    shown.length > 0
      ? ` · images: ${shown.map((i) => mdCode(i)).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
      : '';
  return `${warning}**${changing} app(s) change** — +${t.created} created, ~${t.changed} changed, −${t.deleted} deleted${images} · ${diff.unchangedApps} app(s) unchanged`;
}

/** `where` in words: one app by name, several counted. */
const inApps = (apps: readonly string[]) => (apps.length === 1 ? `in ${apps[0]}` : `in ${apps.length} apps`);

/**
 * The PR in one line: its three most widespread facts, each as `fact` writes it with where it holds
 * (`imagePullPolicy of web: Always → IfNotPresent in 11 apps`); undefined when nothing has a fact.
 */
export function factsLine(
  diff: ClusterDiff,
  fact: (text: string, where: string) => string,
): string | undefined {
  const facts = headlineFacts(diff);
  if (facts.length === 0) return undefined;
  const shown = facts.slice(0, 3).map((f) => fact(f.fact, inApps(f.apps)));
  const more = facts.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** An app's object changes, then its new, changed and removed hooks: each shown in full. */
export function shownChanges(app: AppDiff): ObjectChange[] {
  const hooks = app.hooks.flatMap((h) => (h.diff ? [h.diff] : []));
  return hooks.length > 0 ? [...app.changes, ...hooks] : app.changes;
}

/** `PreSync · Job/migrate (new) — wave 0, deleted: BeforeHookCreation`. */
export function hookLine(h: HookRun, text: (s: string) => string = (s) => s): string {
  const phases =
    h.phases.length > 0 ? text(h.phases.join(', ')) : 'never runs (a Helm hook Argo CD does not run)';
  return `- ${phases} · ${text(h.object)} (${h.change}) — wave ${h.wave}, delete policy: ${text(h.deletePolicies.join(', '))}`;
}

/** Each change's diff, worked out once per context size for the whole layout search. */
export type DiffOf = (change: ObjectChange, context: number) => string;

export function diffCache(): DiffOf {
  const cache = new Map<number, Map<ObjectChange, string>>();
  return (change, context) => {
    const byChange = cache.get(context) ?? new Map<ObjectChange, string>();
    cache.set(context, byChange);
    let text = byChange.get(change);
    if (text === undefined) byChange.set(change, (text = objectDiff(change, context)));
    return text;
  };
}

/** A change's added and removed lines: what groups changes across apps. */
export const changedLines = (diffOf: DiffOf) => (change: ObjectChange) =>
  diffOf(change, 0)
    .split('\n')
    .filter((l) => !l.startsWith('@@'))
    .join('\n');
