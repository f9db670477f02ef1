// bump on GitHub: read the base in one tarball, plan with the core, write one commit through the Git
// Data API, and open or refresh one rolling pull request. Safe when the base or the branch moves.
import { planBump, type BumpPlan } from '../core/bumpPlan.js';
import { editTable, planJson, planLines } from '../core/bumpReport.js';
import {
  branchName,
  commitMessage,
  describeTarget,
  hasBumpTrailer,
  pullRequestBody,
  pullRequestTitle,
  type BumpTarget,
  type RunLinks,
} from '../core/bumpPullRequest.js';
import { describeVersion } from '../core/imageRef.js';
import { readBumpState, readHeads, defaultBranch, type BumpState } from '../github/bumpState.js';
import { createGitHub, type GitHub } from '../github/client.js';
import { explainGitHubError, SlipwayError } from '../github/errors.js';
import { createCommit, filesOfCommit, setBranch } from '../github/gitData.js';
import {
  closePullRequest,
  decoratePullRequest,
  enableAutoMerge,
  upsertPullRequest,
} from '../github/pullRequests.js';
import { readManifestsAt, type RepoRef } from '../github/tarball.js';
import type { Log } from '../log.js';
import type { Outputs } from '../outputs.js';
import type { BumpSettings, ManifestSource } from '../settings.js';
import type { CommandResult } from './result.js';

const MAX_ATTEMPTS = 5;

interface Job {
  gh: GitHub;
  repo: RepoRef;
  settings: BumpSettings;
  log: Log;
  base: string;
  branch: string;
  target: BumpTarget;
  links: RunLinks;
}

/** Someone else moved a ref between our read and our write: read again and redo. */
class Moved extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function bumpOnGitHub(
  settings: BumpSettings,
  source: Extract<ManifestSource, { kind: 'github' }>,
  log: Log,
): Promise<CommandResult> {
  const repo = { owner: source.owner, repo: source.repo };
  const repository = `${source.owner}/${source.repo}`;
  const gh = createGitHub(settings.github, log);
  try {
    const base = source.base ?? (await defaultBranch(gh, repo));
    const target: BumpTarget = {
      base,
      paths: settings.paths,
      ...(settings.environment && { environment: settings.environment }),
    };
    const branch = settings.pullRequest ? branchName(settings.branchPrefix, settings.updates, target) : base;
    const links: RunLinks = { serverUrl: settings.github.serverUrl, ...settings.context };
    const job: Job = { gh, repo, settings, log, base, branch, target, links };
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptBump(job);
      } catch (error) {
        if (!(error instanceof Moved) || attempt === MAX_ATTEMPTS) throw error;
        log.info(`${error.message}; reading again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        await sleep(200 * attempt + Math.random() * 300);
      }
    }
  } catch (error) {
    if (error instanceof Moved) {
      return {
        outputs: {},
        failure: `${error.message} on every one of ${MAX_ATTEMPTS} attempts; nothing was overwritten. Run the job again.`,
      };
    }
    return { outputs: {}, failure: explainGitHubError(error, repository) };
  }
}

async function attemptBump(job: Job): Promise<CommandResult> {
  const { gh, repo, settings, log, base, branch } = job;
  const state = await readBumpState(gh, repo, base, branch);
  if (!state.base)
    throw new SlipwayError(
      `Branch "${base}" was not found in ${repo.owner}/${repo.repo}; check the "base" input.`,
    );
  const files = await readManifestsAt(gh, repo, state.base.oid, settings.paths);
  const plan = planBump(files, settings.updates, { allowDowngrade: settings.allowDowngrade });
  for (const line of planLines(plan, false)) log.info(line);
  for (const file of plan.unreadable)
    log.debug(`${file.file}:${file.line} not read: not valid YAML (${file.message})`);
  for (const skip of plan.skips.filter((s) => !s.file)) log.warning(`${skip.image}: ${skip.reason}.`);

  if (settings.dryRun) {
    log.info(`Dry run: ${plan.edits.length} edit(s) planned for ${branch}; no write request made.`);
    return result(job, plan, { updated: 'false', branch });
  }
  if (plan.changed.size === 0) return nothingToWrite(job, state, plan);
  return settings.pullRequest ? writePullRequest(job, state, plan) : writeDirect(job, state, plan);
}

/** Everything is already on the base: close the bot's stale pull request, if it has one. */
async function nothingToWrite(job: Job, state: BumpState, plan: BumpPlan): Promise<CommandResult> {
  const { gh, repo, log, base } = job;
  const pull = state.pull;
  if (
    pull &&
    job.settings.pullRequest &&
    (state.branch?.commits ?? []).every((c) => hasBumpTrailer(c.message))
  ) {
    const versions = job.settings.updates
      .map((u) => `\`${u.name}\` ${describeVersion(u.tag, u.digest)}`)
      .join(', ');
    await closePullRequest(
      gh,
      repo,
      pull.number,
      `${versions} is already on \`${base}\`; closing this pull request. (Slipway)`,
    );
    log.info(`Closed #${pull.number}: the change is already on ${base}.`);
  }
  log.info(
    `Nothing to write: ${plan.edits.length === 0 && plan.skips.length > 0 ? 'every place was skipped' : 'already up to date'}.`,
  );
  return result(job, plan, { updated: 'false', branch: job.branch });
}

async function writeDirect(job: Job, state: BumpState, plan: BumpPlan): Promise<CommandResult> {
  const { gh, repo, settings, base, target, links } = job;
  const commit = await createCommit(
    gh,
    repo,
    state.base as { oid: string; treeOid: string },
    plan.changed,
    commitMessage(settings.commitMessage, settings.updates, target, links),
  );
  if ((await setBranch(gh, repo, base, commit.sha, { exists: true, force: false })) === 'moved')
    throw new Moved(`${base} moved while the commit was written`);
  job.log.info(`Committed ${commit.sha.slice(0, 7)} to ${base}.`);
  return result(job, plan, { updated: 'true', branch: base, 'commit-sha': commit.sha });
}

async function writePullRequest(job: Job, state: BumpState, plan: BumpPlan): Promise<CommandResult> {
  const { gh, repo, settings, log, base, branch, target, links } = job;
  const message = commitMessage(settings.commitMessage, settings.updates, target, links);
  const baseHead = state.base as { oid: string; treeOid: string };
  let commit = await createCommit(gh, repo, baseHead, plan.changed, message);
  // a commit is the bot's when it carries the trailer and the author this token writes as
  const foreign = (state.branch?.commits ?? []).filter(
    (c) => !hasBumpTrailer(c.message) || c.author.email !== commit.author.email,
  );
  let finalPlan = plan;
  if (state.branch && foreign.length > 0) {
    ({ commit, plan: finalPlan } = await commitOnTop(job, state.branch, foreign, message));
    if ((await setBranch(gh, repo, branch, commit.sha, { exists: true, force: false })) === 'moved') {
      throw new Moved(`${branch} moved while the commit was written`);
    }
    log.info(
      `Added ${commit.sha.slice(0, 7)} on top of ${branch}, keeping ${foreign.length} commit(s) the bot did not make.`,
    );
  } else {
    const heads = await readHeads(gh, repo, base, branch);
    if (heads.base !== baseHead.oid) throw new Moved(`${base} moved while the commit was written`);
    if (heads.branch !== state.branch?.oid) throw new Moved(`${branch} changed while the commit was written`);
    if (
      (await setBranch(gh, repo, branch, commit.sha, { exists: state.branch !== undefined, force: true })) ===
      'moved'
    ) {
      throw new Moved(`${branch} changed while the commit was written`);
    }
    log.info(`${state.branch ? 'Rebuilt' : 'Created'} ${branch} from ${base} at ${commit.sha.slice(0, 7)}.`);
  }
  const fileUrl = (file: string, line: number) =>
    `${links.serverUrl}/${repo.owner}/${repo.repo}/blob/${branch}/${file}#L${line}`;
  const pull = await upsertPullRequest(gh, repo, state.pull?.number, {
    head: branch,
    base,
    title: pullRequestTitle(settings.updates, target),
    body: pullRequestBody(finalPlan, settings.updates, target, links, fileUrl),
    draft: settings.draft,
  });
  if (pull.created) await decoratePullRequest(gh, repo, pull.number, settings);
  log.info(`${pull.created ? 'Opened' : 'Refreshed'} pull request #${pull.number}: ${pull.url}`);
  if (settings.autoMerge !== 'off') {
    const refused = state.autoMergeAllowed
      ? await enableAutoMerge(gh, pull.nodeId, settings.autoMerge)
      : 'auto-merge is not allowed in this repository (Settings → General → Allow auto-merge)';
    if (refused) log.warning(`Auto-merge was not enabled on #${pull.number}: ${refused}.`);
  }
  return result(job, finalPlan, {
    updated: 'true',
    branch,
    'commit-sha': commit.sha,
    'pull-request-number': String(pull.number),
    'pull-request-url': pull.url,
  });
}

/**
 * The bot branch holds commits someone else made: never reset it. Plan again on its head and add the
 * new commit on top, unless one of those commits changed a file this bump edits.
 */
async function commitOnTop(
  job: Job,
  branch: NonNullable<BumpState['branch']>,
  foreign: Array<{ oid: string; message: string; author: { name: string } }>,
  message: string,
) {
  const { gh, repo, settings } = job;
  const files = await readManifestsAt(gh, repo, branch.oid, settings.paths);
  const plan = planBump(files, settings.updates, { allowDowngrade: settings.allowDowngrade });
  for (const commit of foreign) {
    const touched = new Set(await filesOfCommit(gh, repo, commit.oid));
    const clash = [...plan.changed.keys()].find((file) => touched.has(file));
    if (clash) {
      throw new SlipwayError(
        `Branch ${job.branch} has commit ${commit.oid.slice(0, 7)} ("${commit.message.split('\n')[0]}" by ${commit.author.name}) that the bot did not make, ` +
          `and it changes ${clash}, which this bump edits. Nothing was written: merge or close the pull request, or delete the branch, then run again.`,
      );
    }
  }
  if (plan.changed.size === 0)
    throw new SlipwayError(`Branch ${job.branch} already has this change; nothing was written.`);
  const commit = await createCommit(
    gh,
    repo,
    { oid: branch.oid, treeOid: branch.treeOid },
    plan.changed,
    message,
  );
  return { commit, plan };
}

function result(job: Job, plan: BumpPlan, outputs: Outputs): CommandResult {
  const json = planJson(plan);
  const heading = `### Slipway bump: ${job.settings.updates.map((u) => `${u.name} ${describeVersion(u.tag, u.digest)}`).join(', ')} → ${describeTarget(job.target)}`;
  const status = job.settings.dryRun
    ? '_Dry run: nothing was written._'
    : outputs['pull-request-url']
      ? `Pull request: ${outputs['pull-request-url']}`
      : '';
  return {
    outputs: { ...outputs, edits: JSON.stringify(json.edits), skipped: JSON.stringify(json.skipped) },
    summary: [heading, '', editTable(plan), '', status].join('\n'),
    json: { ...json, ...outputs },
  };
}
