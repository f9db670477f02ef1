// The predicted cluster diff as plain data: per app, the objects created, changed and deleted, with what
// Argo CD will do about each, the hooks it runs and what changed in the Application itself.
import type { AppInfo, NotPreviewed, OtherRevision, RenderUnit } from '../argo/unit.js';
import type { Finding } from '../finding.js';
import type { Obj, RenderedObject } from '../render/objects.js';
import type { RenderState } from '../render/renderState.js';
import type { Hook } from './hooks.js';

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

/** An app's name as the diff shows it: `namespace/name`, or the folder of an app without an Application. */
export function appName(unit: RenderUnit): string {
  if (!unit.app) return unit.id.replace(/^path:/, '');
  return unit.app.namespace ? `${unit.app.namespace}/${unit.app.name}` : unit.app.name;
}

/** An app's settings as a diff keeps them: its definition (Helm values and all) is compared, never carried. */
export function withoutDefinition(app: AppInfo): AppInfo {
  const rest = { ...app };
  delete rest.definition;
  return rest;
}
