// What a pull request's check reports and judges, the same in the action and in `slipway check`: every
// app's findings, plus a warning for each app the PR touches that Slipway cannot preview (so `fail-on:
// warning` can stop the merge), and how many of them reach `fail-on`.
import type { NotPreviewed } from '../argo/unit.js';
import type { ClusterDiff } from '../diff/diffModel.js';
import type { Finding } from '../finding.js';

/** The lowest severity that fails a check. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** An app whose Application file the PR changes, but that Slipway cannot preview: a warning. */
export function touchedNotPreviewed(
  notPreviewed: readonly NotPreviewed[],
  changed: ReadonlySet<string>,
): Finding[] {
  return notPreviewed
    .filter((n) => changed.has(n.file))
    .map((n) => ({
      severity: 'warning',
      rule: 'not-previewed',
      unit: `app:${n.name}`,
      file: n.file,
      line: n.line,
      message: `app ${n.name} is not previewed (${n.reason}), and this pull request changes its Application`,
    }));
}

export function pullRequestFindings(diff: ClusterDiff, changed: ReadonlySet<string>): Finding[] {
  return [...diff.apps.flatMap((a) => a.findings), ...touchedNotPreviewed(diff.notPreviewed, changed)];
}

/** How many findings reach `fail-on` (errors; errors and warnings; none). */
export function failingCount(findings: readonly Finding[], failOn: FailOn): number {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return failOn === 'error' ? errors : failOn === 'warning' ? errors + warnings : 0;
}
