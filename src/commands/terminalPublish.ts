// The check's terminal publisher (checkPipeline.ts), for the CLI's `check` and `diff`: the predicted
// cluster diff on stdout as text, markdown (check: the pull request's comment), json or sarif; the
// findings, grouped as the action's annotations are, and the verdict on stderr; the JSON report where
// --report-file says.
import type { ClusterDiff } from '../core/diff/diffModel.js';
import { diffJsonText } from '../core/report/diffJson.js';
import { diffMarkdown } from '../core/report/diffMarkdown.js';
import { diffText } from '../core/report/diffText.js';
import { groupFindings, groupLine, toSarif } from '../core/report/findings.js';
import type { Edges } from '../ports.js';
import type { CheckSettings } from '../settings.js';
import { REPORT_SCHEMA_VERSION, VERSION } from '../version.js';
import type { CheckPublisher } from './checkPipeline.js';
import type { CommandResult } from './result.js';

/** Where a CLI command prints: results on `out`, progress and findings on `err`. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Whether `out` is a terminal (colours in the text diff). */
  color: boolean;
}

export const TERMINAL_FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type TerminalFormat = (typeof TERMINAL_FORMATS)[number];

/** Prints a diff (a merge of shards prints it the same way), with its context lines and Argo CD links. */
export function printDiff(
  diff: ClusterDiff,
  counts: { units: number; rendered: number },
  format: Exclude<TerminalFormat, 'sarif'>,
  terminal: Terminal,
  settings: Pick<CheckSettings, 'contextLines' | 'argocdUrl'> = { contextLines: 3 },
): void {
  const context = settings.contextLines;
  if (format === 'json')
    for (const text of diffJsonText(diff, { ...counts, schemaVersion: REPORT_SCHEMA_VERSION }, context))
      terminal.out(text);
  else if (format === 'markdown')
    terminal.out(
      `${diffMarkdown(diff, { commentId: 'cli', context, ...(settings.argocdUrl && { argocdUrl: settings.argocdUrl }) })}\n`,
    );
  else terminal.out(diffText(diff, terminal.color, context));
}

/**
 * `check` prints the pull request's comment for markdown and lists the findings; `diff` prints the diff
 * alone (its markdown without the comment's footer), and fails on errors only.
 */
export function terminalPublisher(
  settings: CheckSettings,
  format: TerminalFormat,
  command: 'check' | 'diff',
  terminal: Terminal,
  edges: Pick<Edges, 'clock'>,
): CheckPublisher {
  return {
    fullReport: (s) => (s.reportPath ? `${s.reportPath}` : '`slipway check --format json`'),
    partial: (path, run): CommandResult => {
      terminal.err(
        `shard ${settings.shard?.index}/${settings.shard?.count}: ${run.rendered} render(s); partial report ${path}\n`,
      );
      return { outputs: { report: path } };
    },
    publish: async (outcome) => {
      const { run } = outcome;
      const counts = { units: run.units, rendered: run.rendered };
      if (format === 'sarif')
        terminal.out(`${JSON.stringify(toSarif(outcome.findings, VERSION), null, 2)}\n`);
      else if (format === 'markdown' && command === 'check')
        terminal.out(`${(await outcome.markdown()).comment}\n`);
      else printDiff(run.diff, counts, format, terminal, settings);
      terminal.err(
        `${run.units} app(s), ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - outcome.started} ms${outcome.note ? `; ${outcome.note}` : ''}\n`,
      );
      if (command === 'check') {
        // the findings of the action's check, grouped as its annotations are
        for (const group of groupFindings(outcome.findings.filter((f) => f.severity !== 'notice')))
          terminal.err(`${groupLine(group)}\n`);
        if (outcome.verdict) terminal.err(`${outcome.verdict}\n`);
      }
      return {
        outputs: {},
        ...(outcome.verdict && { failure: outcome.verdict }),
      };
    },
  };
}
