// Base vs head of what each app deploys → the predicted cluster diff (diffModel.ts): each app compared as
// soon as both its renders are done (diffPair), new, renamed and removed apps (removedApps.ts), and the
// totals. The parts: objectChanges.ts (objects), syncConsequences.ts (what Argo CD does), hookRuns.ts,
// appSettings.ts (the Application itself).
import type { AppSetPolicy, NotPreviewed, OtherRevision, RenderUnit } from '../argo/unit.js';
import { allowsUpdate } from '../argo/applicationSets/syncPolicy.js';
import { otherRevisionOf } from '../argo/trackedRevision.js';
import type { RenderedObject } from '../render/objects.js';
import { comparable, sameKey } from './canonical.js';
import { appSettingChanges } from './appSettings.js';
import {
  appName,
  withoutDefinition,
  type AppDiff,
  type ChangeType,
  type ClusterDiff,
  type UnitSide,
} from './diffModel.js';
import { hookRuns } from './hookRuns.js';
import { diffObjects, sharedIgnoreRules } from './objectChanges.js';
import { removedApp } from './removedApps.js';
import { createdNamespace } from './syncConsequences.js';
import { applyOrder } from './syncOrder.js';

function orderOf(objects: readonly RenderedObject[]): { applyOrder?: string[] } {
  const order = applyOrder(objects.map((o) => o.obj));
  return order ? { applyOrder: order } : {};
}

const sameOutput = (a: RenderedObject[], b: RenderedObject[]) =>
  a.length === b.length &&
  JSON.stringify(a.map((o) => sameKey(comparable(o.obj, []))).sort()) ===
    JSON.stringify(b.map((o) => sameKey(comparable(o.obj, []))).sort());

/**
 * An app whose head (or base) was not rendered: never compared, so a failed render is never "N objects
 * will be deleted" and a base that could not be rendered never makes everything "created".
 */
function unrenderedApp(side: UnitSide, was: UnitSide | undefined): AppDiff | undefined {
  const headState = side.state ?? 'rendered';
  const baseState = was?.state ?? 'rendered';
  if (headState === 'rendered' && baseState === 'rendered') return undefined;
  const isNew = was === undefined ? 'new app; ' : '';
  const note =
    headState === 'failed'
      ? `${isNew}Argo CD would report a ComparisonError for this app (${side.reason ?? 'render failed'}); nothing it deploys is compared, and nothing is shown as deleted`
      : headState === 'not-previewed'
        ? `${isNew}not previewed: ${side.reason ?? 'Slipway does not render what this app needs'}`
        : `the base could not be rendered (${was?.reason ?? baseState}), so nothing is compared; at the head it deploys ${side.objects.length} object(s)`;
  const app = side.unit.app;
  return {
    id: side.unit.id,
    name: appName(side.unit),
    status:
      headState === 'failed' || (headState === 'rendered' && baseState === 'failed')
        ? 'render-failed'
        : 'not-previewed',
    ...(app && { app: withoutDefinition(app) }),
    file: side.unit.file,
    ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
    line: side.unit.line,
    note,
    changes: [],
    settingChanges: was ? appSettingChanges(was.unit.app, app) : [],
    hooks: [],
    findings: side.findings,
  };
}

/**
 * An app rendered at both revisions, compared as soon as both renders are done; `quiet` when nothing
 * changed. `app.findings` is the head side's findings array, so findings added to it later (checks that
 * need every app) are part of the app; it counts as unchanged only if it is quiet and has none.
 */
export interface SettledApp {
  app: AppDiff;
  quiet: boolean;
  /** Set when the app deploys another revision on both sides, defined alike: merging does not change it. */
  otherRevision?: OtherRevision;
}

/** The same Application at both sides, wherever it is defined. */
const sameUnit = (a: RenderUnit, b: RenderUnit) =>
  a === b || JSON.stringify({ ...a, file: '', line: 0 }) === JSON.stringify({ ...b, file: '', line: 0 });

export function diffPair(was: UnitSide, side: UnitSide): SettledApp {
  const revision = otherRevisionOf(side.unit);
  if (revision !== undefined && sameUnit(was.unit, side.unit)) {
    const { file, line } = side.unit;
    const name = appName(side.unit);
    return {
      quiet: true,
      otherRevision: { name, file, line, revision },
      app: {
        id: side.unit.id,
        name,
        status: 'unchanged',
        file,
        line,
        changes: [],
        settingChanges: [],
        hooks: [],
        findings: [],
      },
    };
  }
  const unrendered = unrenderedApp(side, was);
  if (unrendered) return { app: unrendered, quiet: false };
  const app = side.unit.app;
  const changes = [
    ...createdNamespace(was.unit.app, app, side.objects),
    ...diffObjects(was.objects, side.objects, app, sharedIgnoreRules(was.unit.app, app)),
  ];
  const settingChanges = appSettingChanges(was.unit.app, app);
  const hooks = hookRuns(was.objects, side.objects);
  const hooksChanged = hooks.some((h) => h.change !== 'unchanged');
  const quiet = changes.length === 0 && settingChanges.length === 0 && !hooksChanged;
  // applicationsSync create-only / create-delete: Argo CD does not update a generated Application
  const policy = app?.generatedBy;
  const note =
    !quiet && policy && !allowsUpdate(policy)
      ? `not updated (applicationsSync: ${policy.applicationsSync}): Argo CD leaves the Application as ApplicationSet ${policy.appSet} first generated it, so these changes reach the cluster only if it is updated some other way`
      : undefined;
  return {
    quiet,
    app: {
      id: side.unit.id,
      name: appName(side.unit),
      status: quiet ? 'unchanged' : 'changed',
      ...(app && { app: withoutDefinition(app) }),
      file: side.unit.file,
      ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
      line: side.unit.line,
      ...(note && { note }),
      changes,
      settingChanges,
      hooks,
      ...(changes.length > 0 || hooksChanged ? orderOf(side.objects) : {}),
      findings: side.findings,
    },
  };
}

/**
 * The predicted cluster diff of the units that were rendered at base and/or head; `settled` are apps
 * already compared with diffPair (their renders let go).
 */
export function diffUnits(
  base: readonly UnitSide[],
  head: readonly UnitSide[],
  unchangedApps: number,
  notPreviewed: readonly NotPreviewed[] = [],
  settled: readonly SettledApp[] = [],
  /** The head's ApplicationSet policies by name (a removed app follows its set's policy at head). */
  policies: ReadonlyMap<string, AppSetPolicy> = new Map(),
  otherRevisions: readonly OtherRevision[] = [],
): ClusterDiff {
  const others = [...otherRevisions];
  const byIdBase = new Map(base.map((s) => [s.unit.id, s]));
  const byIdHead = new Map(head.map((s) => [s.unit.id, s]));
  const removed = base.filter((s) => !byIdHead.has(s.unit.id));
  const apps: AppDiff[] = [];
  let unchanged = unchangedApps;
  const settle = ({ app, quiet, otherRevision }: SettledApp) => {
    if (otherRevision) others.push(otherRevision);
    else if (quiet && app.findings.length === 0) unchanged++;
    else apps.push(app);
  };
  settled.forEach(settle);
  for (const side of head) {
    const was = byIdBase.get(side.unit.id);
    if (was) {
      settle(diffPair(was, side));
      continue;
    }
    const app = side.unit.app;
    const unrendered = unrenderedApp(side, was);
    if (unrendered) {
      apps.push(unrendered);
      continue;
    }
    const renamed = removed.find(
      (r) => (r.state ?? 'rendered') === 'rendered' && sameOutput(r.objects, side.objects),
    );
    if (renamed) removed.splice(removed.indexOf(renamed), 1);
    apps.push({
      id: side.unit.id,
      name: appName(side.unit),
      status: renamed ? 'renamed' : 'new',
      ...(renamed && { renamedFrom: appName(renamed.unit) }),
      ...(app && { app: withoutDefinition(app) }),
      file: side.unit.file,
      ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
      line: side.unit.line,
      ...(!renamed && {
        note: `new app: ${side.objects.length} object(s) ${app?.syncPolicy.automated ? 'created automatically' : 'created when someone syncs'}`,
      }),
      changes: renamed
        ? []
        : [...createdNamespace(undefined, app, side.objects), ...diffObjects([], side.objects, app)],
      settingChanges: [],
      hooks: hookRuns([], side.objects),
      ...orderOf(side.objects),
      findings: side.findings,
    });
  }
  for (const side of removed) apps.push(removedApp(side, policies, notPreviewed));
  return finishDiff(apps, unchanged, notPreviewed, others);
}

/** The diff of these apps: sorted, with totals and images worked out (also for merging shards). */
export function finishDiff(
  apps: AppDiff[],
  unchanged: number,
  notPreviewed: readonly NotPreviewed[],
  otherRevisions: readonly OtherRevision[] = [],
): ClusterDiff {
  const totals: Record<ChangeType, number> = { created: 0, changed: 0, deleted: 0 };
  const images = new Set<string>();
  for (const app of apps) {
    for (const change of app.changes) {
      totals[change.change]++;
      for (const line of change.summary)
        if (line.startsWith('image ')) images.add(line.replace(/^image [^:]+: /, ''));
    }
  }
  return {
    apps: apps.sort((a, b) => a.name.localeCompare(b.name)),
    unchangedApps: unchanged,
    totals,
    images: [...images].sort(),
    notPreviewed: uniqueNotPreviewed(notPreviewed),
    ...(otherRevisions.length > 0 && { otherRevisions: uniqueOtherRevisions(otherRevisions) }),
  };
}

/** Each app once (base and head, and every shard, list the same ones), sorted by name. */
function uniqueOtherRevisions(list: readonly OtherRevision[]): OtherRevision[] {
  const seen = new Map<string, OtherRevision>();
  for (const entry of list) seen.set(`${entry.name}\0${entry.file}\0${entry.revision}`, entry);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.file.localeCompare(b.file));
}

function uniqueNotPreviewed(list: readonly NotPreviewed[]): NotPreviewed[] {
  const seen = new Map<string, NotPreviewed>();
  for (const entry of list) seen.set(`${entry.name}\0${entry.reason}`, entry);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.reason.localeCompare(b.reason));
}
