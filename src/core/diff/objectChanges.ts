// The objects one app deploys, base against head: created, changed and deleted, compared as Argo CD
// compares them (ignoreDifferences, cluster-owned fields gone), Secret values masked.
import { objectOf } from '../fields.js';
import type { AppInfo } from '../argo/unit.js';
import { objectName, type Obj, type RenderedObject } from '../render/objects.js';
import { objectKey } from '../validate/rules.js';
import { comparable, sameData, type IgnoreRule } from './canonical.js';
import { maskSecret } from './secretMasking.js';
import type { ChangeType, ObjectChange } from './diffModel.js';
import { splitHooks } from './hooks.js';
import { objectFacts } from './objectFacts.js';
import { consequence } from './syncConsequences.js';

/**
 * The ignoreDifferences rules both sides are compared under: the app's, when base and head have the same
 * rules; none when the rules change, so a rule a pull request adds never hides what the same pull request
 * changes (the affected objects are shown in full).
 */
export function sharedIgnoreRules(before: AppInfo | undefined, after: AppInfo | undefined): IgnoreRule[] {
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

export function diffObjects(
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
