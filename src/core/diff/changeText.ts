// A change as text: each side printed once as canonical YAML, and the unified diff hunks between them.
import { structuredPatch } from 'diff';
import { canonicalYaml } from './canonical.js';
import type { ObjectChange } from './diffModel.js';

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

/** Each change's hunks by context size: the comment, the job summary and the JSON report ask alike. */
const diffed = new WeakMap<Pick<ObjectChange, 'before' | 'after'>, Map<number, string>>();

/** Unified diff hunks of a change, with `context` lines around each (worked out once per context). */
export function objectDiff(change: Pick<ObjectChange, 'before' | 'after'>, context: number): string {
  let byContext = diffed.get(change);
  if (!byContext) diffed.set(change, (byContext = new Map<number, string>()));
  let text = byContext.get(context);
  if (text === undefined) {
    const { before, after } = changeTexts(change);
    byContext.set(context, (text = hunks(before, after, context)));
  }
  return text;
}

function hunks(before: string, after: string, context: number): string {
  const patch = structuredPatch('base', 'head', before, after, '', '', { context });
  return patch.hunks
    .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
    .join('\n');
}
