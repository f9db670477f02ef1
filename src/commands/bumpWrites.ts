// Writing one lane of a bump on GitHub: nothing to write (close the bot's stale pull request), a commit on
// the base, or a commit on the lane's branch — rebuilt from the base when every commit on it is the bot's,
// else added on top, never overwriting a commit the bot did not make.
import { everyPlaceSkipped, planBump } from '../core/bump/plan.js';
import {
  clashingFile,
  foreignCommits,
  mayCloseStalePullRequest,
  narrowToLane,
} from '../core/bump/decisions.js';
import { commitMessage } from '../core/bump/pullRequestText.js';
import { SlipwayError } from '../core/errors.js';
import { describeVersion } from '../core/image/imageRef.js';
import type { BumpState, CreatedCommit } from '../ports.js';
import { Moved, type Job, type LaneOnGitHub, type LaneResult } from './bumpJob.js';
import { openPullRequest } from './bumpPullRequest.js';

export async function writeLane(job: Job, lane: LaneOnGitHub, state: BumpState): Promise<LaneResult> {
  if (lane.plan.changed.size === 0) return nothingToWrite(job, lane, state);
  return job.settings.pullRequest ? writePullRequest(job, lane, state) : writeDirect(job, lane, state);
}

/** Everything is already on the base: close the bot's stale pull request, if it has one. */
async function nothingToWrite(job: Job, lane: LaneOnGitHub, state: BumpState): Promise<LaneResult> {
  const { gh, log, base } = job;
  const pull = state.pull;
  if (pull && job.settings.pullRequest && mayCloseStalePullRequest(state.branch?.commits ?? [])) {
    const versions = job.settings.updates
      .map((u) => `\`${u.name}\` ${describeVersion(u.tag, u.digest)}`)
      .join(', ');
    await gh.closePullRequest(
      pull.number,
      `${versions} is already on \`${base}\`; closing this pull request. (Slipway)`,
    );
    log.info(`Closed #${pull.number}: the change is already on ${base}.`);
  }
  // every place skipped is something to fix (a shared anchor, a downgrade…): a warning, not a log line
  if (everyPlaceSkipped(lane.plan))
    log.warning(`Nothing to write to ${lane.branch}: every place was skipped (the reasons are above).`);
  else log.info(`Nothing to write to ${lane.branch}: already up to date.`);
  return { lane, outputs: { updated: 'false', branch: lane.branch } };
}

async function writeDirect(job: Job, lane: LaneOnGitHub, state: BumpState): Promise<LaneResult> {
  const { gh, settings, base, links } = job;
  const message = commitMessage(settings.commitMessage, settings.updates, lane.target, links);
  const commit = await gh.createCommit(baseOf(job, state), lane.plan.changed, message, lane.encodings);
  if ((await gh.setBranch(base, commit.sha, { exists: true, force: false })) === 'moved')
    throw new Moved(`${base} moved while the commit was written`);
  job.log.info(`Committed ${commit.sha.slice(0, 7)} to ${base}.`);
  return { lane, outputs: { updated: 'true', branch: base, 'commit-sha': commit.sha } };
}

async function writePullRequest(job: Job, lane: LaneOnGitHub, state: BumpState): Promise<LaneResult> {
  const { gh, settings, log, base, links } = job;
  const { branch, target } = lane;
  const message = commitMessage(settings.commitMessage, settings.updates, target, links);
  const baseHead = baseOf(job, state);
  let plan = lane.plan;
  let commit: CreatedCommit;
  if (!state.branch) {
    // a new branch: its ref at the base, then the commit on it — two requests
    const created = await gh.commitOnNewBranch(
      branch,
      baseHead.oid,
      lane.plan.changed,
      message,
      lane.encodings,
    );
    if (created === 'moved') throw new Moved(`${branch} was created while the commit was written`);
    commit = created;
    log.info(`Created ${branch} from ${base} at ${commit.sha.slice(0, 7)}.`);
    return openPullRequest(job, lane, state, plan, commit);
  }
  commit = await gh.createCommit(baseHead, lane.plan.changed, message, lane.encodings);
  const foreign = foreignCommits(state.branch.commits, commit.author.email);
  if (foreign.length > 0) {
    ({ commit, plan } = await commitOnTop(job, lane, state.branch, foreign, message));
    if ((await gh.setBranch(branch, commit.sha, { exists: true, force: false })) === 'moved')
      throw new Moved(`${branch} moved while the commit was written`);
    log.info(
      `Added ${commit.sha.slice(0, 7)} on top of ${branch}, keeping ${foreign.length} commit(s) the bot did not make.`,
    );
  } else {
    // one atomic swap, only from where the branch was read: a push by someone else in between is never
    // overwritten. A base that moved meanwhile leaves the PR behind it, as any PR; the next bump rebuilds.
    if ((await gh.swapBranch(state.repositoryId, branch, commit.sha, state.branch.oid)) === 'moved')
      throw new Moved(`${branch} changed while the commit was written`);
    log.info(`Rebuilt ${branch} from ${base} at ${commit.sha.slice(0, 7)}.`);
  }
  return openPullRequest(job, lane, state, plan, commit);
}

/**
 * The bot branch holds commits someone else made: never reset it. Plan again on its head and add the
 * new commit on top, unless one of those commits changed a file this bump edits.
 */
async function commitOnTop(
  job: Job,
  lane: LaneOnGitHub,
  branch: NonNullable<BumpState['branch']>,
  foreign: Array<{ oid: string; message: string; author: { name: string } }>,
  message: string,
) {
  const { gh, settings } = job;
  const { texts: files, encodings } = await gh.readManifestsAt(branch.oid, settings.paths);
  const updates = settings.updates.filter((u) => lane.plan.edits.some((e) => e.image === u.name));
  const whole = planBump(files, updates, {
    allowDowngrade: settings.allowDowngrade,
    forceDowngrade: settings.forceDowngrade,
  });
  const plan = narrowToLane(whole, lane.plan.changed);
  for (const commit of foreign) {
    const clash = clashingFile(plan.changed.keys(), new Set(await gh.filesOfCommit(commit.oid)));
    if (clash) {
      throw new SlipwayError(
        `Branch ${lane.branch} has commit ${commit.oid.slice(0, 7)} ("${commit.message.split('\n')[0]}" by ${commit.author.name}) that the bot did not make, ` +
          `and it changes ${clash}, which this bump edits. Nothing was written: merge or close the pull request, or delete the branch, then run again.`,
      );
    }
  }
  if (plan.changed.size === 0)
    throw new SlipwayError(`Branch ${lane.branch} already has this change; nothing was written.`);
  const commit = await gh.createCommit(
    { oid: branch.oid, treeOid: branch.treeOid },
    plan.changed,
    message,
    encodings,
  );
  return { commit, plan };
}

/** The base's head, which attemptBump checked before any lane is written. */
function baseOf(job: Job, state: BumpState): { oid: string; treeOid: string } {
  if (!state.base) throw new SlipwayError(`Branch "${job.base}" was not found; check the "base" input.`);
  return state.base;
}
