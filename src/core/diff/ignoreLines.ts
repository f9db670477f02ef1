// `ignore-lines`: a changed object whose every changed line matches one of these RE2 patterns is shown as
// "changed only in ignored lines", its diff body left out, as argocd-diff-preview's `--diff-ignore` hides
// such lines. The change is still listed and counted, and the policy never approves it.
// RE2 through re2js: matching takes time linear in each line, whatever the pattern.
import { structuredPatch } from 'diff';
import type { RE2JS } from 're2js';
import { compileGoRegexp } from '../argo/goRegexp.js';
import { changeTexts } from './changeText.js';
import type { ClusterDiff, ObjectChange } from './diffModel.js';

/** The longest pattern taken. */
export const MAX_LINE_PATTERN = 1000;

/** Why a pattern is not one, or undefined. */
export function linePatternError(pattern: string): string | undefined {
  if (pattern.length > MAX_LINE_PATTERN)
    return `"${pattern.slice(0, 40)}…" is longer than ${MAX_LINE_PATTERN} characters`;
  try {
    compileGoRegexp(pattern);
    return undefined;
  } catch (error) {
    return `"${pattern}" is not a regular expression (RE2): ${(error as Error).message}`;
  }
}

/** The added and removed lines of a changed object, without their signs. */
function changedLines(change: ObjectChange): string[] {
  const { before, after } = changeTexts(change);
  return structuredPatch('base', 'head', before, after, '', '', { context: 0 }).hunks.flatMap((h) =>
    h.lines.filter((l) => l.startsWith('+') || l.startsWith('-')).map((l) => l.slice(1)),
  );
}

/** Whether every changed line of a changed object matches a pattern (somewhere in the line). */
export function onlyIgnoredLines(change: ObjectChange, patterns: readonly RE2JS[]): boolean {
  if (change.change !== 'changed' || patterns.length === 0) return false;
  const lines = changedLines(change);
  return lines.length > 0 && lines.every((line) => patterns.some((re) => re.matcher(line).find()));
}

/** The diff with each changed object whose every changed line matches marked `ignoredLines`. */
export function ignoreLines(diff: ClusterDiff, patterns: readonly string[]): ClusterDiff {
  if (patterns.length === 0) return diff;
  const compiled = patterns.map((p) => compileGoRegexp(p));
  return {
    ...diff,
    apps: diff.apps.map((app) => ({
      ...app,
      changes: app.changes.map((c) => (onlyIgnoredLines(c, compiled) ? { ...c, ignoredLines: true } : c)),
    })),
  };
}
