// How a bump plan reads: one line per edit for terminals and logs, a markdown table for PRs and job
// summaries, and plain JSON for outputs.
import { createTwoFilesPatch } from 'diff';
import { describeVersion } from '../image/imageRef.js';
import type { BumpEdit, BumpPlan, BumpSkip } from './plan.js';
import { mdCode, mdText, mdUrl } from '../report/markdownText.js';

export function editLine(edit: BumpEdit): string {
  return `${edit.file}:${edit.line}  ${edit.image}  ${describeVersion(edit.from.tag, edit.from.digest)} → ${describeVersion(edit.to.tag, edit.to.digest)}`;
}

export function skipLine(skip: BumpSkip): string {
  const where = skip.file ? `${skip.file}${skip.line ? `:${skip.line}` : ''}  ` : '';
  return `${where}${skip.image}  skipped: ${skip.reason}`;
}

export function planLines(plan: BumpPlan, verbose: boolean): string[] {
  const lines = [
    ...plan.edits.map(editLine),
    ...plan.skips.map(skipLine),
    ...plan.warnings.map((w) => `${w.file}:${w.line}  warning: ${w.message}`),
  ];
  if (verbose) {
    for (const file of plan.unreadable)
      lines.push(`${file.file}:${file.line}  not read: not valid YAML (${file.message})`);
  }
  return lines;
}

/** A markdown table of the edits (and skips), linking each file when a base URL for files is given. */
export function editTable(
  plan: Pick<BumpPlan, 'edits' | 'skips'>,
  fileUrl?: (file: string, line: number) => string,
): string {
  const rows = plan.edits.map((e) => {
    const where = `${e.file}:${e.line}`;
    const code = (text: string) => mdCode(text, 'table');
    const link = fileUrl ? `[${code(where)}](${mdUrl(fileUrl(e.file, e.line))})` : code(where);
    return `| ${link} | ${code(e.image)} | ${code(describeVersion(e.from.tag, e.from.digest))} → ${code(describeVersion(e.to.tag, e.to.digest))} |`;
  });
  const parts = [];
  if (rows.length > 0) parts.push(['| File | Image | Change |', '| --- | --- | --- |', ...rows].join('\n'));
  if (plan.skips.length > 0) {
    parts.push(['**Skipped**', '', ...plan.skips.map((s) => `- ${mdText(skipLine(s))}`)].join('\n'));
  }
  return parts.join('\n\n') || '_No edits._';
}

/** Plain data for the `edits` and `skipped` outputs and `--json`. */
export function planJson(plan: BumpPlan) {
  return {
    edits: plan.edits.map((e) => ({
      file: e.file,
      line: e.line,
      kind: e.kind,
      image: e.image,
      from: e.from,
      to: e.to,
    })),
    skipped: plan.skips,
    unreadable: plan.unreadable,
    warnings: plan.warnings,
  };
}

/** A unified diff of what the plan would write, for `--dry-run`. */
export function planDiff(plan: BumpPlan, before: ReadonlyMap<string, string>): string {
  return [...plan.changed]
    .map(([file, after]) =>
      createTwoFilesPatch(`a/${file}`, `b/${file}`, before.get(file) ?? '', after, undefined, undefined, {
        context: 2,
      }),
    )
    .map((patch) => patch.replace(/^=+\n/, ''))
    .join('');
}
