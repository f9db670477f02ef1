// check (on manifests pull requests): render what each Argo CD application deploys from the checked-out
// head, validate it, annotate the offending lines, and fail on errors (input fail-on).
import type { Finding } from '../core/finding.js';
import { findingLine } from '../core/report/findings.js';
import type { Log } from '../log.js';
import type { CheckSettings } from '../settings.js';
import type { CommandResult } from './result.js';
import { validateFolder } from './validate.js';

function summary(findings: readonly Finding[], units: number, objects: number): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const rows = findings
    .filter((f) => f.severity !== 'notice')
    .map(
      (f) =>
        `| ${f.severity} | \`${f.file ?? ''}:${f.line ?? 1}\` | ${(f.unit ?? '').replace(/^app:/, '')} | ${f.message.replace(/\|/g, '\\|')} |`,
    );
  const notices = findings.filter((f) => f.severity === 'notice').map((f) => `- ${f.message}`);
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

export async function check(settings: CheckSettings, log: Log): Promise<CommandResult> {
  const result = await validateFolder(settings.workspace, settings);
  for (const finding of result.findings) {
    const where = finding.file
      ? { file: finding.file, line: finding.line ?? 1, title: `slipway: ${finding.rule}` }
      : undefined;
    const text = `${finding.message}${finding.object ? ` (${finding.object})` : ''}`;
    if (finding.severity === 'error') log.error(text, where);
    else if (finding.severity === 'warning') log.warning(text, where);
    else log.info(findingLine(finding));
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  log.info(
    `${result.units} app(s), ${result.objects} object(s): ${errors} error(s), ${warnings} warning(s).`,
  );
  const failing =
    settings.failOn === 'error' ? errors : settings.failOn === 'warning' ? errors + warnings : 0;
  return {
    outputs: {},
    summary: summary(result.findings, result.units, result.objects),
    ...(failing > 0 && {
      failure: `${failing} finding(s) at or above "${settings.failOn}" in what the apps would deploy; see the annotations.`,
    }),
  };
}
