// check (on manifests pull requests): the predicted cluster diff of the pull request — render what each
// Argo CD app deploys at the base and at the head (only the apps the change can affect), validate the
// head, and publish it (checkPublish.ts). Without a pull request (a push), it validates the head.
// check-plan sizes a job matrix; a shard writes a partial report; check-merge publishes their sum.
import { relative, resolve, sep } from 'node:path';
import type { FileTree } from '../core/fileTree.js';
import {
  coverageError,
  headContentId,
  mergePartials,
  partialReport,
  suggestShards,
  type PartialReport,
} from '../core/diff/shards.js';
import type { Shard } from '../core/diff/shard.js';
import { validationSummary } from '../core/report/checkSummary.js';
import { SlipwayError } from '../github/errors.js';
import { inGroup, type Log } from '../log.js';
import { affectedSides, computeDiff, planDiff, type DiffRun } from '../pipeline/preview.js';
import type { Edges } from '../ports.js';
import { SettingsError, type CheckSettings } from '../settings.js';
import { annotate, publish, verdict } from './checkPublish.js';
import { keepCommitIndex, keptIndex, type KeptIndex } from './keptIndex.js';
import type { CommandResult } from './result.js';
import { validateFolder } from './validate.js';

export { AUTO_MERGE_LABEL } from './checkPublish.js';

interface BaseTree {
  tree: FileTree;
  /** The commit, when it was read from the checkout's git (the head can then be read as what changed). */
  sha?: string;
  /** Its root tree's id, when a kept index was looked for (`tree-index`). */
  treeId?: string;
}

/** The base tree: from git when the checkout has (or can fetch) the revision, else one tarball request. */
async function baseTree(
  settings: CheckSettings,
  sha: string,
  log: Log,
  edges: Edges,
  index?: KeptIndex,
): Promise<BaseTree> {
  const commit = edges.trees.commit(settings.workspace, sha, settings.maxFileBytes, {
    fetch: true,
    ...(index?.scanned && { scanned: index.scanned }),
    ...(index?.refused && { refused: index.refused }),
  });
  if (commit) return commit;
  if (!settings.repository)
    throw new SlipwayError(`the base commit ${sha} is not in the checkout and the repository is unknown`);
  log.info(`Base ${sha.slice(0, 7)} is not in the checkout; reading it as one tarball.`);
  return { tree: await edges.github(settings.repository).readTreeAt(sha, settings.maxFileBytes) };
}

/**
 * The base, then the head: the checkout's HEAD from git when the workspace holds exactly its files — only
 * what changed since the base is read — else the workspace as it is on disk (a step before the check
 * changed it).
 */
async function baseAndHead(
  settings: CheckSettings,
  baseSha: string,
  log: Log,
  edges: Edges,
  index?: KeptIndex,
): Promise<[FileTree, FileTree, string?]> {
  const base = await baseTree(settings, baseSha, log, edges, index);
  const from = base.sha === undefined ? undefined : { sha: base.sha, tree: base.tree };
  const head = edges.trees.checkout(settings.workspace, settings.maxFileBytes, from);
  log.info(
    head.commit
      ? `Head ${head.commit.slice(0, 7)} read from git: the workspace holds exactly its files.`
      : 'Head read from the workspace on disk: its files are not exactly those of a git commit.',
  );
  return [base.tree, head.tree, base.treeId];
}

export async function check(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  const pull = settings.pullRequest;
  if (!pull) {
    log.info('No pull request in this event: validating what the apps deploy at this commit.');
    const result = await validateFolder(settings.workspace, settings, edges);
    // the pushed commit's index, for the pull requests that will be based on it
    if (settings.treeIndex) keepPushedIndex(settings, log, edges);
    annotate(result.findings, log);
    const failure = verdict(result.findings, settings);
    return {
      outputs: {},
      summary: validationSummary(result.findings, result.units, result.objects),
      ...(failure && { failure }),
    };
  }
  const started = Date.now();
  const timed = async <T>(name: string, phase: () => Promise<T>): Promise<[T, number]> => {
    const begin = Date.now();
    const result = await inGroup(log, name, async () => {
      const value = await phase();
      log.info(`${name}: ${Date.now() - begin} ms`);
      return value;
    });
    return [result, Date.now() - begin];
  };
  const index = keptIndex(settings.workspace, settings, edges);
  const [[base, head, baseTreeId], readGit] = await timed('Read the base and the head', () =>
    baseAndHead(settings, pull.baseSha, log, edges, index),
  );
  const [run] = await timed('Discover, render, validate and diff the apps', async () => {
    const result = await computeDiff(base, head, settings, edges.renderer, index.preview());
    index.keep(baseTreeId, result);
    const t = result.timings;
    const note = index.note(result);
    const refusal = index.refusal();
    if (refusal)
      log.warning(
        `The base's tree index was not used: ${refusal}. The base was read whole; an index is rebuilt for it.`,
      );
    log.info(
      `discover ${t.discover} ms, render ${t.render} ms (${result.rendered} render(s)), validate ${t.validate} ms, diff ${t.diff} ms${note ? `; ${note}` : ''}`,
    );
    return result;
  });
  if (settings.shard) return writePartial(settings, settings.shard, pull, head, run, log, edges);
  return publish(settings, pull, base, head, run, readGit, started, log, edges);
}

/**
 * The pushed commit's tree index (keptIndex.ts). It only saves the next previews time, so a failure to
 * build it is a warning: the push's validation stands, and the previews read their base whole.
 */
function keepPushedIndex(settings: CheckSettings, log: Log, edges: Edges): void {
  try {
    log.info(`Tree index: ${keepCommitIndex(settings.workspace, 'HEAD', settings, edges)}.`);
  } catch (error) {
    log.warning(
      `No tree index kept for this commit (pull requests based on it are read whole): ${(error as Error).message}`,
    );
  }
}

/** A shard's work goes to a partial report for check-merge; it comments and annotates nothing itself. */
function writePartial(
  settings: CheckSettings,
  shard: Shard,
  pull: NonNullable<CheckSettings['pullRequest']>,
  head: FileTree,
  run: DiffRun,
  log: Log,
  edges: Edges,
): CommandResult {
  const partial = partialReport(run, shard, pull.baseSha, pull.headSha ?? 'HEAD', headContentId(head));
  edges.reports.write(settings.reportPath, `${JSON.stringify(partial)}\n`);
  log.info(
    `Shard ${shard.index}/${shard.count}: ${run.rendered} render(s) of ${run.affected} affected app(s); partial report ${settings.reportPath}.`,
  );
  return { outputs: { report: settings.reportPath } };
}

/** check-merge: the partial reports of every shard → the comment, annotations, summary, outputs and policy of one check. */
export async function checkMerge(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  const pull = settings.pullRequest;
  if (!pull)
    throw new SettingsError(
      'check-merge runs on the pull request the shards checked (a pull_request event).',
    );
  const files = edges.reports.expand(settings.reports);
  const partials = files.map((file) => {
    try {
      return JSON.parse(edges.reports.read(file)) as PartialReport;
    } catch (error) {
      throw new SettingsError(
        `${file} is not a partial report of a check shard: ${(error as Error).message}`,
      );
    }
  });
  const result = mergePartials(partials);
  if ('error' in result) throw new SettingsError(`Cannot merge the check shards: ${result.error}.`);
  const { merged } = result;
  if (merged.base !== pull.baseSha || (pull.headSha && merged.head !== pull.headSha))
    throw new SettingsError(
      `The partial reports are of ${merged.base.slice(0, 7)}..${merged.head.slice(0, 7)}, but this pull request is at ${pull.baseSha.slice(0, 7)}..${(pull.headSha ?? '').slice(0, 7)}: re-run the shards.`,
    );
  const started = Date.now();
  const [base, head] = await baseAndHead(settings, pull.baseSha, log, edges);
  // which apps the shards had to account for, worked out again here (without the reports themselves,
  // when they were downloaded into the checkout): a report set that leaves an app out, or shows one
  // twice, is refused
  const shardsHead = new Map(head);
  for (const file of files)
    shardsHead.delete(relative(settings.workspace, resolve(file)).split(sep).join('/'));
  const expected = affectedSides(base, shardsHead, settings);
  const uncovered = coverageError(partials, expected.affected, expected.units);
  if (uncovered) throw new SettingsError(`Cannot merge the check shards: ${uncovered}.`);
  const run: DiffRun = {
    diff: merged.diff,
    uncovered: merged.uncovered,
    units: merged.units,
    rendered: merged.rendered,
    changedFiles: merged.changedFiles,
    renderers: merged.renderers,
    timings: merged.timings as unknown as DiffRun['timings'],
    affected: merged.affected,
    unaffected: merged.unaffected,
    shardApps: partials.flatMap((p) => p.apps),
  };
  log.info(`Merged ${merged.shards} shard report(s): ${merged.rendered} render(s) in all.`);
  return publish(settings, pull, base, head, run, Date.now() - started, started, log, edges);
}

/** check-plan: how many apps a pull request affects (no render), and a shard count for the matrix. */
export async function checkPlan(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  const pull = settings.pullRequest;
  if (!pull) throw new SettingsError('check-plan runs on a pull request (a pull_request event).');
  const [base, head] = await baseAndHead(settings, pull.baseSha, log, edges);
  const plan = planDiff(base, head, settings);
  const shards = suggestShards(plan.affected, settings.maxShards);
  const matrix = Array.from({ length: shards }, (_, i) => `${i + 1}/${shards}`);
  log.info(`${plan.affected} of ${plan.units} app(s) affected: ${shards} shard(s).`);
  return {
    outputs: {
      'affected-apps': String(plan.affected),
      shards: String(shards),
      matrix: JSON.stringify(matrix),
    },
  };
}
