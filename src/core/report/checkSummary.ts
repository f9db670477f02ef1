// The check's job-summary pieces that are not the diff itself: the push validation's summary and the
// timing of each phase of a preview.
import type { Finding } from '../finding.js';
import { mdCode, mdText } from './markdownText.js';

export function validationSummary(findings: readonly Finding[], units: number, objects: number): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const rows = findings
    .filter((f) => f.severity !== 'notice')
    .map(
      (f) =>
        `| ${f.severity} | ${mdCode(`${f.file ?? ''}:${f.line ?? 1}`, 'table')} | ${mdText((f.unit ?? '').replace(/^app:/, ''))} | ${mdText(f.message)} |`,
    );
  const notices = findings.filter((f) => f.severity === 'notice').map((f) => `- ${mdText(f.message)}`);
  return [
    '### Slipway check',
    '',
    `${units} app(s), ${objects} object(s): **${count('error')} error(s)**, ${count('warning')} warning(s).`,
    '',
    ...(rows.length > 0
      ? ['| Severity | Where | App | Finding |', '| --- | --- | --- | --- |', ...rows, '']
      : []),
    ...(notices.length > 0 ? ['**Not previewed**', '', ...notices] : []),
  ].join('\n');
}

/** Milliseconds per phase as a Markdown table (the job summary's footnote). */
export function timingMarkdown(
  readGit: number,
  rendered: number,
  timings: { discover: number; render: number; validate: number; diff: number },
): string {
  const rows: Array<[string, number]> = [
    ['read git', readGit],
    ['discover', timings.discover],
    [`render (${rendered})`, timings.render],
    ['validate', timings.validate],
    ['diff', timings.diff],
  ];
  return [
    '',
    '| Phase | Time |',
    '| --- | ---: |',
    ...rows.map(([phase, ms]) => `| ${phase} | ${(ms / 1000).toFixed(2)} s |`),
  ].join('\n');
}
