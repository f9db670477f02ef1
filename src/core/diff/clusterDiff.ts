// Base vs head of what each app deploys → the predicted cluster diff: objects created, changed and
// deleted per app, what Argo CD will do about each (from the app's sync policy), and app-level events.
import { structuredPatch } from 'diff';
import type { AppInfo, NotPreviewed, OtherRevision, RenderUnit } from '../argo/unit.js';
import { allowsDelete, allowsUpdate, type AppSetPolicy } from '../argo/applicationSets.js';
import { otherRevisionOf } from '../argo/trackedRevision.js';
import type { Finding } from '../finding.js';
import { objectName, type Obj, type RenderedObject } from '../render/objects.js';
import { objectKey } from '../validate/rules.js';
import { canonicalYaml, comparable, maskSecret, sameData, sameKey, type IgnoreRule } from './canonical.js';
import { hookOf, keptOnDelete, PHASE_ORDER, type Hook } from './hooks.js';
import { applyOptionNote, applyOrder, syncOptionsOf } from './syncOrder.js';
import { objectFacts } from './objectFacts.js';
import type { RenderState } from '../render/renderState.js';
import { describeDifferences, differences, versionless } from './imageVersions.js';
import { objectOf } from '../fields.js';

export type ChangeType = 'created' | 'changed' | 'deleted';

export interface ObjectChange {
  change: ChangeType;
  object: string;
  /** One-line facts reviewers scan for: images, replicas, resources, env. */
  summary: string[];
  /** What Argo CD will do about it. */
  consequence: string;
  /**
   * The object before and after (absent when created or deleted) as it is compared: cluster-owned fields
   * and ignored paths gone, Secret values masked. Printed once, as canonical YAML, by objectDiff.
   */
  before?: Obj;
  after?: Obj;
  file?: string;
  line?: number;
  /** Every changed line matches an `ignore-lines` pattern: shown without its diff, never approved. */
  ignoredLines?: true;
}

/**
 * `render-failed`: Argo CD would report a ComparisonError (at head), or the base could not be rendered;
 * `not-previewed`: Slipway does not render what the app needs. Neither is ever shown as deletions.
 */
export type AppStatus =
  'new' | 'removed' | 'renamed' | 'changed' | 'unchanged' | 'render-failed' | 'not-previewed';

export interface AppDiff {
  id: string;
  name: string;
  status: AppStatus;
  renamedFrom?: string;
  app?: AppInfo;
  /** The folder the app deploys from (its first source), for matching it to a policy environment. */
  sourcePath?: string;
  /** Where the app is defined at head (or at base, when it was removed). */
  file: string;
  line: number;
  /** An app-level consequence: orphaned objects, cascade deletion, a new app. */
  note?: string;
  /** What changed in the Application itself: destination, project, sources, sync policy. */
  settingChanges: string[];
  /** Hooks at head: they run on sync and are never created or pruned as part of the synced set. */
  hooks: HookRun[];
  /** The order the sync applies the head's objects in, when waves or hooks make it matter. */
  applyOrder?: string[];
  changes: ObjectChange[];
  /** Changes of objects `ignore-resources` matches: left out of `changes`, counted here, never approved. */
  ignoredChanges?: number;
  findings: Finding[];
}

export interface ClusterDiff {
  apps: AppDiff[];
  /** Apps whose inputs did not change: counted, not listed (not even rendered). */
  unchangedApps: number;
  totals: Record<ChangeType, number>;
  images: string[];
  /** Apps (or their sources) Slipway could not preview, at base or head, with the reason. */
  notPreviewed: NotPreviewed[];
  /**
   * Apps of this repository that deploy another revision than the pull request's branch (a tag, a
   * commit, another branch), unchanged by the pull request: merging does not change what they deploy.
   */
  otherRevisions?: OtherRevision[];
}

export interface HookRun extends Hook {
  object: string;
  change: 'new' | 'changed' | 'unchanged' | 'removed';
  file?: string;
  line?: number;
  /** A new, changed or removed hook in full, as an object change is (Secret values masked). */
  diff?: ObjectChange;
}

export interface UnitSide {
  unit: RenderUnit;
  objects: RenderedObject[];
  findings: Finding[];
  /** Rendered (the default), failed, or not previewed: only rendered sides are compared. */
  state?: RenderState;
  /** Why the side is not rendered, from its render's findings. */
  reason?: string;
}

/** What Argo CD will do about a change, from the app's sync policy and the object's sync options. */
export function consequence(change: ChangeType, app: AppInfo | undefined, obj: Obj): string {
  const policy = app?.syncPolicy;
  if (!policy) return change === 'deleted' ? 'no longer in the manifests' : 'in the manifests';
  const options = syncOptionsOf(obj, policy.options);
  if (change === 'deleted') {
    if (keptOnDelete(obj)) return 'will be left running (helm.sh/resource-policy: keep)';
    if (options.has('Prune=false')) return 'will be left running (Prune=false); the app shows OutOfSync';
    const last = options.has('PruneLast=true')
      ? ', last, after every other object is synced (PruneLast=true)'
      : '';
    if (!policy.automated) return `deleted when someone syncs with prune${last}`;
    return policy.prune
      ? `will be deleted${last}`
      : 'will be left running (automated sync without prune); the app shows OutOfSync';
  }
  const how = applyOptionNote(options, change);
  const when = !policy.automated
    ? 'applies when someone syncs'
    : policy.selfHeal
      ? 'applied automatically; self-heal reverts manual changes'
      : 'applied automatically';
  return how ? `${when}; ${how}` : when;
}

/**
 * CreateNamespace=true: Argo CD creates the destination namespace before syncing when it is missing — shown
 * as a created Namespace when the app is new, moves to another namespace, or gains the option, and its
 * manifests do not hold that Namespace themselves.
 */
function createdNamespace(
  before: AppInfo | undefined,
  after: AppInfo | undefined,
  head: readonly RenderedObject[],
): ObjectChange[] {
  const ns = after?.destination.namespace;
  if (!after || !ns || !after.syncPolicy.options.includes('CreateNamespace=true')) return [];
  const had =
    before?.syncPolicy.options.includes('CreateNamespace=true') && before.destination.namespace === ns;
  if (had || head.some((o) => o.obj.kind === 'Namespace' && objectOf(o.obj.metadata).name === ns)) return [];
  return [
    {
      change: 'created',
      object: `Namespace/${ns}`,
      summary: [],
      consequence: `created by Argo CD before the sync if it does not exist yet (CreateNamespace=true)`,
      after: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
    },
  ];
}

/** The canonical YAML of a change's two sides ('' for an absent one), printed once per change. */
const printed = new WeakMap<Pick<ObjectChange, 'before' | 'after'>, { before: string; after: string }>();

export function changeTexts(change: Pick<ObjectChange, 'before' | 'after'>): {
  before: string;
  after: string;
} {
  let texts = printed.get(change);
  if (!texts) {
    texts = {
      before: change.before ? canonicalYaml(change.before) : '',
      after: change.after ? canonicalYaml(change.after) : '',
    };
    printed.set(change, texts);
  }
  return texts;
}

/** Unified diff hunks of a change, with `context` lines around each. */
export function objectDiff(change: Pick<ObjectChange, 'before' | 'after'>, context: number): string {
  const { before, after } = changeTexts(change);
  return hunks(before, after, context);
}

function hunks(before: string, after: string, context: number): string {
  const patch = structuredPatch('base', 'head', before, after, '', '', { context });
  return patch.hunks
    .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
    .join('\n');
}

/** The synced set (hooks and `Skip` objects taken out) and the hooks, as Argo CD splits an app's objects. */
function splitHooks(objects: readonly RenderedObject[]): {
  synced: RenderedObject[];
  hooks: Array<RenderedObject & { hook: Hook }>;
} {
  const synced: RenderedObject[] = [];
  const hooks: Array<RenderedObject & { hook: Hook }> = [];
  for (const o of objects) {
    const hook = hookOf(o.obj);
    if (hook === undefined) synced.push(o);
    else if (hook !== 'skip') hooks.push({ ...o, hook });
  }
  return { synced, hooks };
}

/** What running a hook means, for its diff block. */
function hookConsequence(hook: Hook, removed: boolean): string {
  if (removed) return 'a hook no longer run on sync';
  const phases = hook.phases.length > 0 ? hook.phases.join(', ') : 'no phase (never runs)';
  return `a hook (${phases}, wave ${hook.wave}): runs on every sync, never part of the synced set`;
}

/**
 * The hooks in the order Argo CD runs them (phase, wave, name): the head's, each marked new, changed or
 * unchanged, then the base's that the head no longer has. A new, changed or removed hook carries its
 * full diff: what it runs is shown, never only its name.
 */
function hookRuns(base: readonly RenderedObject[], head: readonly RenderedObject[]): HookRun[] {
  const before = new Map(splitHooks(base).hooks.map((h) => [objectKey(h.obj), h]));
  const phaseRank = (h: Hook) =>
    Math.min(...h.phases.map((p) => PHASE_ORDER.indexOf(p)).filter((i) => i >= 0), 99);
  const seen = new Set<string>();
  const diffOf = (was: RenderedObject | undefined, now: RenderedObject | undefined, hook: Hook) => {
    const headObj = now && comparable(now.obj, []);
    const baseObj = was && comparable(was.obj, []);
    if (headObj && baseObj && sameData(headObj, baseObj)) return undefined;
    if (headObj) maskSecret(headObj, baseObj);
    if (baseObj) maskSecret(baseObj);
    const change: ChangeType = !baseObj ? 'created' : !headObj ? 'deleted' : 'changed';
    const where = (now ?? was) as RenderedObject;
    const diff: ObjectChange = {
      change,
      object: objectName(where.obj),
      summary: was && now ? objectFacts(was.obj, now.obj) : [],
      consequence: hookConsequence(hook, !now),
      ...(baseObj && { before: baseObj }),
      ...(headObj && { after: headObj }),
      file: where.file,
      line: where.line,
    };
    return diff;
  };
  const runs: HookRun[] = splitHooks(head).hooks.map((h) => {
    const key = objectKey(h.obj);
    seen.add(key);
    const was = before.get(key);
    const diff = diffOf(was, h, h.hook);
    const change: HookRun['change'] = was === undefined ? 'new' : diff ? 'changed' : 'unchanged';
    return {
      ...h.hook,
      object: objectName(h.obj),
      change,
      file: h.file,
      line: h.line,
      ...(diff && { diff }),
    };
  });
  for (const [key, was] of before) {
    if (seen.has(key)) continue;
    const diff = diffOf(was, undefined, was.hook) as ObjectChange;
    runs.push({
      ...was.hook,
      object: objectName(was.obj),
      change: 'removed',
      file: was.file,
      line: was.line,
      diff,
    });
  }
  return runs.sort(
    (x, y) => phaseRank(x) - phaseRank(y) || x.wave - y.wave || x.object.localeCompare(y.object),
  );
}

/**
 * The ignoreDifferences rules both sides are compared under: the app's, when base and head have the same
 * rules; none when the rules change, so a rule a pull request adds never hides what the same pull request
 * changes (the affected objects are shown in full).
 */
function sharedIgnoreRules(before: AppInfo | undefined, after: AppInfo | undefined): IgnoreRule[] {
  const rules = after?.ignoreDifferences ?? [];
  if (rules.length === 0) return [];
  return JSON.stringify(before?.ignoreDifferences ?? []) === JSON.stringify(rules) ? rules : [];
}

/**
 * An object's identity among an app's objects, as Argo CD's NormalizeTargetObjects keys them: an object
 * with generateName and no name is told apart by its place (two such objects are two objects); objects
 * with one identity are one, the last kept.
 */
function targetKey(obj: Obj, index: number): string {
  const metadata = objectOf(obj.metadata);
  const unnamed = typeof metadata.name !== 'string' || metadata.name === '';
  const generated = typeof metadata.generateName === 'string' && metadata.generateName !== '';
  return unnamed && generated
    ? `${objectKey(obj)}|${metadata.generateName as string}${index}`
    : objectKey(obj);
}

function diffObjects(
  allBase: RenderedObject[],
  allHead: RenderedObject[],
  app: AppInfo | undefined,
  ignore: readonly IgnoreRule[] = [],
): ObjectChange[] {
  const base = splitHooks(allBase).synced;
  const head = splitHooks(allHead).synced;
  const before = new Map(base.map((o, i) => [targetKey(o.obj, i), o]));
  const after = new Map(head.map((o, i) => [targetKey(o.obj, i), o]));
  const changes: ObjectChange[] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    // a created object is applied whole: ignore rules hide differences, never what is created
    const headObj = comparable(now.obj, was ? ignore : []);
    const baseObj = was ? comparable(was.obj, ignore) : undefined;
    // compare before masking: a Secret whose only change is a value still shows as changed
    if (baseObj && sameData(headObj, baseObj)) continue;
    maskSecret(headObj, baseObj);
    if (baseObj) maskSecret(baseObj);
    const change: ChangeType = baseObj ? 'changed' : 'created';
    changes.push({
      change,
      object: objectName(now.obj),
      summary: was ? objectFacts(was.obj, now.obj) : [],
      consequence: consequence(change, app, now.obj),
      ...(baseObj && { before: baseObj }),
      after: headObj,
      file: now.file,
      line: now.line,
    });
  }
  for (const [key, was] of before) {
    if (after.has(key)) continue;
    const baseObj = comparable(was.obj, []);
    maskSecret(baseObj);
    changes.push({
      change: 'deleted',
      object: objectName(was.obj),
      summary: [],
      consequence: consequence('deleted', app, was.obj),
      before: baseObj,
      file: was.file,
      line: was.line,
    });
  }
  const order: Record<ChangeType, number> = { deleted: 0, created: 1, changed: 2 };
  return changes.sort((x, y) => order[x.change] - order[y.change] || x.object.localeCompare(y.object));
}

function orderOf(objects: readonly RenderedObject[]): { applyOrder?: string[] } {
  const order = applyOrder(objects.map((o) => o.obj));
  return order ? { applyOrder: order } : {};
}

/** An app's settings as a diff keeps them: its definition (Helm values and all) is compared, never carried. */
function withoutDefinition(app: AppInfo): AppInfo {
  const rest = { ...app };
  delete rest.definition;
  return rest;
}

function appName(unit: RenderUnit): string {
  if (!unit.app) return unit.id.replace(/^path:/, '');
  return unit.app.namespace ? `${unit.app.namespace}/${unit.app.name}` : unit.app.name;
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

function syncPolicyText(app: AppInfo): string {
  const p = app.syncPolicy;
  const mode = p.automated ? ['automated', p.prune && 'prune', p.selfHeal && 'self-heal'] : ['manual'];
  return [...mode, ...p.options].filter(Boolean).join(', ');
}

/** What an Application's own settings change: where it deploys, from where, under which project and policy. */
export function appSettingChanges(before: AppInfo | undefined, after: AppInfo | undefined): string[] {
  if (!before || !after) return [];
  const out: string[] = [];
  const dest = (a: AppInfo) =>
    [a.destination.server ?? a.destination.name ?? '', a.destination.namespace ?? ''].join(' / ');
  const compare = (what: string, x: string, y: string) => {
    if (x !== y) out.push(`${what}: ${x || '(none)'} → ${y || '(none)'}`);
  };
  compare('destination', dest(before), dest(after));
  compare('project', before.project ?? 'default', after.project ?? 'default');
  compare('sources', before.origins.join('; '), after.origins.join('; '));
  compare('sync policy', syncPolicyText(before), syncPolicyText(after));
  if (before.cascadeDelete !== after.cascadeDelete)
    out.push(`resources finalizer ${after.cascadeDelete ? 'added' : 'removed'}`);
  // every other field: only the image versions of its overrides may change unseen here (the render shows them)
  const was =
    before.definition &&
    versionless({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...before.definition }).rest;
  const now =
    after.definition &&
    versionless({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...after.definition }).rest;
  const found = differences(was, now);
  if (found.paths.length > 0) out.push(`definition: ${describeDifferences(found)} changed`);
  return out;
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
  for (const side of removed) {
    const app = side.unit.app;
    const byName = new Map(side.objects.map((o) => [objectName(o.obj), o.obj]));
    const count = side.objects.length;
    const rendered = (side.state ?? 'rendered') === 'rendered';
    const policy = app?.generatedBy && (policies.get(app.generatedBy.appSet) ?? app.generatedBy);
    // its ApplicationSet fails at the head: Argo CD then creates, updates and deletes none of its apps
    const setFails =
      policy &&
      notPreviewed.some(
        (n) =>
          n.name === policy.appSet && n.file === side.unit.file && n.reason.startsWith('ApplicationSet:'),
      );
    // the entry of a removed app, with what it says and the changes it shows
    const entry = (status: 'removed' | 'not-previewed', note: string, changes: AppDiff['changes'] = []) => ({
      id: side.unit.id,
      name: appName(side.unit),
      status,
      ...(app && { app: withoutDefinition(app) }),
      file: side.unit.file,
      ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
      line: side.unit.line,
      note,
      changes,
      settingChanges: [],
      hooks: [],
      findings: [],
    });
    if (setFails) {
      apps.push(
        entry(
          'not-previewed',
          `not previewed: ApplicationSet ${policy.appSet} fails at the head, and while it fails Argo CD creates, updates and deletes none of its Applications`,
        ),
      );
      continue;
    }
    if (policy && !allowsDelete(policy)) {
      // applicationsSync create-only / create-update: the Application stays, and so does what it deploys
      apps.push(
        entry(
          'removed',
          `no longer generated by ApplicationSet ${policy.appSet}, but not deleted (applicationsSync: ${policy.applicationsSync}): the Application and its ${rendered ? `${count} ` : ''}object(s) stay as they are`,
        ),
      );
      continue;
    }
    const from = policy ? ` from ApplicationSet ${policy.appSet}` : '';
    const note = !rendered
      ? `app removed${from}; its base could not be rendered (${side.reason ?? side.state}), so what it leaves running or deletes is unknown`
      : app?.cascadeDelete
        ? policy
          ? `app removed${from}: deleted with its ${count} object(s) (resources finalizer)`
          : `app removed: Argo CD deletes its ${count} object(s) (resources finalizer)`
        : policy?.preserveResourcesOnDeletion
          ? `app removed${from}: the Application is deleted, its ${count} object(s) left running (preserveResourcesOnDeletion), no longer managed`
          : `app removed without the resources finalizer: its ${count} object(s) are left running, orphaned`;
    apps.push(
      entry(
        'removed',
        note,
        (rendered ? diffObjects(side.objects, [], undefined) : []).map((c) => {
          const obj = byName.get(c.object) ?? {};
          const kept = syncOptionsOf(obj, app?.syncPolicy.options).has('Delete=false');
          return {
            ...c,
            consequence: !app?.cascadeDelete
              ? 'left running, no longer managed'
              : kept
                ? 'left running when the app is deleted (Delete=false)'
                : 'will be deleted with the app',
          };
        }),
      ),
    );
  }
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
