// check (on manifests pull requests), as the action runs it: the one check (checkPipeline.ts) published on
// the pull request (checkPublish.ts). Without a pull request (a push), it validates the head.
// check-plan sizes a job matrix; a shard writes a partial report; check-merge publishes their sum.
import { validationSummary } from '../core/report/checkSummary.js';
import type { Log } from '../log.js';
import type { Edges } from '../ports.js';
import { SettingsError, type CheckSettings } from '../settings.js';
import { mergeCheck, planCheck, runCheck, verdict } from './checkPipeline.js';
import { annotate, annotated, gitHubPublisher } from './checkPublish.js';
import { keepCommitIndex } from './keptIndex.js';
import type { CommandResult } from './result.js';
import { validateFolder } from './validate.js';

export { AUTO_MERGE_LABEL } from './checkPublish.js';

export async function check(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  const pull = settings.pullRequest;
  if (!pull) {
    log.info('No pull request in this event: validating what the apps deploy at this commit.');
    const result = await validateFolder(settings.workspace, settings, edges, (note) =>
      log.info(`Render cache: ${note}.`),
    );
    // the pushed commit's index, for the pull requests that will be based on it
    if (settings.treeIndex) await keepPushedIndex(settings, log, edges);
    annotate(result.findings, log);
    const failure = annotated(verdict(result.findings, settings));
    return {
      outputs: {},
      summary: validationSummary(result.findings, result.units, result.objects),
      ...(failure && { failure }),
    };
  }
  return runCheck(settings, log, edges, gitHubPublisher(settings, pull, log, edges));
}

/**
 * The pushed commit's tree index (keptIndex.ts). It only saves the next previews time, so a failure to
 * build it is a warning: the push's validation stands, and the previews read their base whole.
 */
async function keepPushedIndex(settings: CheckSettings, log: Log, edges: Edges): Promise<void> {
  try {
    log.info(`Tree index: ${await keepCommitIndex(settings.workspace, 'HEAD', settings, edges)}.`);
  } catch (error) {
    log.warning(
      `No tree index kept for this commit (pull requests based on it are read whole): ${(error as Error).message}`,
    );
  }
}

/** check-merge: the partial reports of every shard → the comment, annotations, summary, outputs and policy of one check. */
export async function checkMerge(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  const pull = settings.pullRequest;
  if (!pull)
    throw new SettingsError(
      'check-merge runs on the pull request the shards checked (a pull_request event).',
    );
  return mergeCheck(settings, log, edges, gitHubPublisher(settings, pull, log, edges));
}

/** check-plan: how many apps a pull request affects (no render), and a shard count for the matrix. */
export async function checkPlan(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  if (!settings.pullRequest)
    throw new SettingsError('check-plan runs on a pull request (a pull_request event).');
  const plan = await planCheck(settings, log, edges);
  return {
    outputs: {
      'affected-apps': String(plan.affected),
      shards: String(plan.shards),
      matrix: JSON.stringify(plan.matrix),
    },
  };
}
