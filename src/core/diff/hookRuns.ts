// The hooks an app runs on sync, base against head: each new, changed, unchanged or removed, in the order
// Argo CD runs them, a changed one with its full diff.
import type { RenderedObject } from '../render/objects.js';
import { objectName } from '../render/objects.js';
import { objectKey } from '../validate/rules.js';
import { comparable, sameData } from './canonical.js';
import { maskSecret } from './secretMasking.js';
import type { ChangeType, HookRun, ObjectChange } from './diffModel.js';
import { PHASE_ORDER, splitHooks, type Hook } from './hooks.js';
import { objectFacts } from './objectFacts.js';

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
export function hookRuns(base: readonly RenderedObject[], head: readonly RenderedObject[]): HookRun[] {
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
