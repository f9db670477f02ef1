// `slipway diff` and `slipway check` on a local checkout: the predicted cluster diff between two revisions
// (pipeline/preview.ts), printed; check adds the action's findings and its fail-on verdict.
import {
  coverageError,
  headContentId,
  mergePartials,
  partialReport,
  type PartialReport,
} from '../core/diff/shards.js';
import type { ClusterDiff } from '../core/diff/clusterDiff.js';
import { diffJsonText, diffMarkdown, diffText } from '../core/report/diffReport.js';
import { groupFindings, groupLine } from '../core/report/findings.js';
import { failingCount, pullRequestFindings } from '../core/report/pullRequestFindings.js';
import { changedPaths } from '../core/render/unitInputs.js';
import { InputError } from '../core/errors.js';
import { affectedSides, computeDiff } from '../pipeline/preview.js';
import { keptIndex } from './keptIndex.js';
import { REPORT_SCHEMA_VERSION } from '../version.js';
import type { Edges, TreeReader } from '../ports.js';
import type { DiffSettings } from '../settings.js';
import type { Tracking } from '../core/argo/trackedRevision.js';

/** Where a CLI command prints: results on `out`, progress and findings on `err`. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Whether `out` is a terminal (colours in the text diff). */
  color: boolean;
}

function printDiff(
  diff: ClusterDiff,
  counts: { units: number; rendered: number },
  format: DiffSettings['format'],
  terminal: Terminal,
  context = 3,
  argocdUrl?: string,
): void {
  if (format === 'json')
    for (const text of diffJsonText(diff, { ...counts, schemaVersion: REPORT_SCHEMA_VERSION }, context))
      terminal.out(text);
  else if (format === 'markdown')
    terminal.out(`${diffMarkdown(diff, { commentId: 'cli', context, ...(argocdUrl && { argocdUrl }) })}\n`);
  else terminal.out(diffText(diff, terminal.color, context));
}

const noted = (note: string | undefined) => (note ? `; ${note}` : '');

/**
 * The branch the change merges into (--base-branch, else the branch --base names, else the default
 * branch) and the default branch, from the checkout's git: apps deploying another revision are not
 * previewed with the change's files (docs/fleets.md). Without either, every revision counts as the
 * branch, and the terminal is told.
 */
function trackingOf(
  settings: Pick<DiffSettings, 'dir' | 'base' | 'baseBranch' | 'trackRevisions'>,
  trees: Pick<TreeReader, 'baseBranches'>,
  terminal: Terminal,
): Tracking | undefined {
  const found = trees.baseBranches?.(settings.dir, settings.base) ?? {};
  const branch = settings.baseBranch ?? found.branch;
  if (branch === undefined) {
    terminal.err(
      'note: the base branch is unknown (no --base-branch, no origin/HEAD, main or master): every targetRevision is previewed as if it were the base branch\n',
    );
    return undefined;
  }
  return {
    branch,
    ...(found.defaultBranch && { defaultBranch: found.defaultBranch }),
    also: settings.trackRevisions,
  };
}

const errorCount = (diff: ClusterDiff) =>
  diff.apps.flatMap((a) => a.findings).filter((f) => f.severity === 'error').length;

/** Exit code: 0, or 1 on errors (diff) / findings at or above fail-on (check). Bad revisions: InputError. */
export async function diff(
  settings: DiffSettings,
  edges: Pick<Edges, 'renderer' | 'trees' | 'reports' | 'clock' | 'treeIndexes'>,
  terminal: Terminal,
): Promise<number> {
  const tracking = trackingOf(settings, edges.trees, terminal);
  settings = { ...settings, ...(tracking && { tracking }) };
  const { dir } = settings;
  const max = settings.maxFileBytes;
  const index = keptIndex(dir, settings, edges);
  const baseRevision = settings.base ?? edges.trees.defaultBase(dir);
  const base =
    baseRevision === undefined
      ? undefined
      : edges.trees.commit(dir, baseRevision, max, {
          ...(index.scanned && { scanned: index.scanned }),
          ...(index.refused && { refused: index.refused }),
        });
  if (!base)
    throw new InputError(
      settings.base
        ? `"${settings.base}" is not a commit in ${dir}`
        : `cannot find where HEAD left the default branch in ${dir}; pass --base REV`,
    );
  // the head is the base plus what changed between them: only the changed files are read
  const head = settings.head ? edges.trees.commit(dir, settings.head, max, { from: base }) : undefined;
  if (settings.head && !head) throw new InputError(`"${settings.head}" is not a commit in ${dir}`);
  const started = edges.clock.now();
  // no --head: the working tree (read from git when it holds exactly HEAD's files)
  const headTree = head ? head.tree : edges.trees.checkout(dir, max, base).tree;
  const run = await computeDiff(base.tree, headTree, settings, edges.renderer, index.preview());
  index.keep(base.treeId, run);
  settings.progress?.end?.();
  if (settings.shard) {
    const partial = partialReport(
      run,
      settings.shard,
      base.sha,
      head?.sha ?? 'working tree',
      headContentId(headTree),
    );
    edges.reports.write(settings.reportPath, `${JSON.stringify(partial)}\n`);
    terminal.err(
      `shard ${settings.shard.index}/${settings.shard.count}: ${run.rendered} render(s); partial report ${settings.reportPath}\n`,
    );
    return 0;
  }
  printDiff(
    run.diff,
    { units: run.units, rendered: run.rendered },
    settings.format,
    terminal,
    settings.contextLines,
    settings.argocdUrl,
  );
  terminal.err(
    `${run.units} app(s), ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - started} ms${noted(index.note(run))}\n`,
  );
  if (settings.failOn === undefined) return errorCount(run.diff) > 0 ? 1 : 0;
  // check: the findings and the verdict of the action's check, grouped as its annotations are
  const findings = pullRequestFindings(run.diff, changedPaths(base.tree, headTree));
  for (const group of groupFindings(findings.filter((f) => f.severity !== 'notice')))
    terminal.err(`${groupLine(group)}\n`);
  const failing = failingCount(findings, settings.failOn);
  if (failing > 0)
    terminal.err(`${failing} finding(s) at or above "${settings.failOn}" in what the apps would deploy\n`);
  return failing > 0 ? 1 : 0;
}

/**
 * `slipway check merge FILES…`: the shards' partial reports → the one diff, as `slipway check` prints it.
 * The reports' base and head are read again from the checkout at `settings.dir` (the working tree, for
 * shards of it: its files must be the ones the shards read), and the apps the change affects are worked
 * out again: a report set that leaves any of them out, or shows one twice, is refused.
 */
export function mergeShards(
  paths: string[],
  settings: Omit<DiffSettings, 'base' | 'head' | 'shard'>,
  edges: Pick<Edges, 'reports' | 'trees'>,
  terminal: Terminal,
): number {
  let partials: PartialReport[];
  try {
    partials = edges.reports
      .expand(paths)
      .map((file) => JSON.parse(edges.reports.read(file)) as PartialReport);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const result = mergePartials(partials);
  if ('error' in result) throw new InputError(`cannot merge the check shards: ${result.error}`);
  const { dir } = settings;
  const { diff: merged, units, rendered } = result.merged;
  const max = settings.maxFileBytes;
  const base = edges.trees.commit(dir, result.merged.base, max);
  if (!base)
    throw new InputError(
      `cannot merge the check shards: their base ${result.merged.base.slice(0, 7)} is not a commit in ${dir} (run the merge in the checkout the shards ran in, or pass --dir)`,
    );
  const named = result.merged.head === 'working tree' ? undefined : result.merged.head;
  const head = named
    ? edges.trees.commit(dir, named, max, { from: base })?.tree
    : edges.trees.checkout(dir, max, base).tree;
  if (!head)
    throw new InputError(
      `cannot merge the check shards: their head ${named?.slice(0, 7)} is not a commit in ${dir}`,
    );
  const content = headContentId(head);
  if (content !== result.merged.headContent)
    throw new InputError(
      `cannot merge the check shards: they read a head of other files (${result.merged.headContent}) than ${named ? named.slice(0, 7) : `the working tree of ${dir}`} holds (${content}): run the shards and the merge on the same files`,
    );
  const tracking = trackingOf(settings, edges.trees, terminal);
  const expected = affectedSides(base.tree, head, { ...settings, ...(tracking && { tracking }) });
  const uncovered = coverageError(partials, expected.affected, expected.units);
  if (uncovered) throw new InputError(`cannot merge the check shards: ${uncovered}`);
  printDiff(
    merged,
    { units, rendered },
    settings.format,
    terminal,
    settings.contextLines,
    settings.argocdUrl,
  );
  return errorCount(merged) > 0 ? 1 : 0;
}
