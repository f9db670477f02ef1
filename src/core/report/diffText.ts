// The predicted cluster diff as terminal text: what changes, the changes made in several apps once, then
// one block per app, diffs coloured on a terminal.
import type { ClusterDiff, ObjectChange } from '../diff/diffModel.js';
import { groupChanges } from './changeGroups.js';
import {
  SIGN,
  counts,
  syncPolicy,
  header,
  factsLine,
  shownChanges,
  hookLine,
  diffCache,
  changedLines,
} from './reportParts.js';

const paint = (color: boolean, code: number, text: string) =>
  color ? `\u001b[${code}m${text}\u001b[0m` : text;

/** Repository text for a terminal: control characters (escape sequences) shown as U+FFFD. */
// eslint-disable-next-line no-control-regex
const terminalSafe = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');

/** For terminals: what changes, the changes made in several apps once, then one block per app; diffs
 * coloured when `color`. */
export function diffText(diff: ClusterDiff, color: boolean, context = 3): string {
  const diffOf = diffCache();
  const grouping = groupChanges(diff, changedLines(diffOf));
  const out: string[] = [header(diff).replace(/\*\*/g, '').replace(/`/g, '')];
  const facts = factsLine(diff, (text, where) => `${text} ${where}`);
  if (facts !== undefined) out.push(terminalSafe(`What changes: ${facts}`));
  // every app that could not be previewed, with its reason (the header only counts them)
  if (diff.notPreviewed.length > 0) {
    out.push('', `Not previewed (${diff.notPreviewed.length}):`);
    for (const n of diff.notPreviewed)
      out.push(`  ${terminalSafe(`${n.name} — ${n.reason} (${n.file}:${n.line})`)}`);
  }
  const others = diff.otherRevisions ?? [];
  if (others.length > 0) {
    out.push('', `Unaffected: ${others.length} app(s) track another revision:`);
    for (const n of others)
      out.push(`  ${terminalSafe(`${n.name} — tracks ${n.revision} (${n.file}:${n.line})`)}`);
  }
  const diffLines = (change: ObjectChange) => {
    if (change.ignoredLines) {
      out.push('    changed only in ignored lines (ignore-lines)');
      return;
    }
    for (const line of diffOf(change, context).split('\n')) {
      const code = line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
      out.push(`    ${code ? paint(color, code, line) : line}`);
    }
  };
  if (grouping.groups.length > 0) out.push('', paint(color, 1, 'Changes made in several apps'));
  for (const group of grouping.groups) {
    const { change } = group.shown;
    const names = [...new Set(group.members.map((m) => m.app.name))];
    out.push(
      terminalSafe(
        `  ${SIGN[change.change]} ${group.kind} ${group.name}  in ${names.length} apps  ${change.consequence}`,
      ),
      terminalSafe(`      apps: ${names.join(', ')}`),
    );
    for (const fact of change.summary) out.push(terminalSafe(`      ${fact}`));
    out.push(terminalSafe(`      the diff in ${names[0]}:`));
    diffLines(change);
  }
  for (const app of diff.apps) {
    out.push(
      '',
      `${paint(color, 1, app.name)} (${syncPolicy(app)}) ${app.status !== 'changed' ? `[${app.status}] ` : ''}${counts(app)}`,
    );
    if (app.note) out.push(`  ${app.note}`);
    for (const setting of app.settingChanges) out.push(`  Application ${setting}`);
    for (const hook of app.hooks) out.push(`  hook ${hookLine(hook).slice(2)}`);
    for (const step of app.applyOrder ?? []) out.push(`  sync order: ${step}`);
    for (const f of app.findings.filter((x) => x.severity !== 'notice'))
      out.push(`  ${f.severity}: ${f.file ?? ''}:${f.line ?? 1}: ${f.message}`);
    const grouped = app.changes.filter((c) => grouping.groupOf.has(c)).length;
    if (grouped > 0) out.push(`  ${grouped} change(s) shown above with the other apps they are made in`);
    for (const change of shownChanges(app)) {
      if (grouping.groupOf.has(change)) continue;
      out.push(`  ${SIGN[change.change]} ${change.object}  ${change.consequence}`);
      for (const fact of change.summary) out.push(`      ${fact}`);
      diffLines(change);
    }
  }
  return `${out.join('\n')}\n`;
}
