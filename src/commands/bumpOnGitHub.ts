// bump on GitHub: read the base in one tarball, plan with the core, and per environment of the policy
// write one commit through the Git Data API and open or refresh one rolling pull request. Safe when the
// base or a branch moves; never resets a branch that holds someone else's commit.
import { everyPlaceSkipped, planBump, type BumpPlan } from '../core/bump/plan.js';
import { editTable, planJson, planLines } from '../core/bump/report.js';
import {
  branchName,
  commitMessage,
  describeTarget,
  pullRequestBody,
  pullRequestTitle,
  type BumpTarget,
  type RunLinks,
} from '../core/bump/pullRequestText.js';
import { describeVersion } from '../core/image/imageRef.js';
import { decideMerge, groupByEnvironment, type BumpGroup, type MergeDecision } from '../core/bump/groups.js';
import { parsePolicy, POLICY_FILES, type Policy } from '../core/policy/policy.js';
import {
  clashingFile,
  foreignCommits,
  mayCloseStalePullRequest,
  narrowToLane,
  splitByPolicy,
} from '../core/bump/decisions.js';
import { ManifestError } from '../core/errors.js';
import { explainGitHubError, SlipwayError } from '../github/errors.js';
import { autoMergeRefusal } from '../github/pullRequests.js';
import type { BumpState, Clock, CreatedCommit, Edges, BumpRepository, RepoRef } from '../ports.js';
import type { ManifestEncoding } from '../core/yaml/manifestText.js';
import { urlPath } from '../core/report/markdownText.js';
import type { Log } from '../log.js';
import type { Outputs } from '../outputs.js';
import type { BumpSettings, ManifestSource } from '../settings.js';
import type { CommandResult } from './result.js';

const MAX_ATTEMPTS = 5;

interface Job {
  gh: BumpRepository;
  repo: RepoRef;
  settings: BumpSettings;
  log: Log;
  base: string;
  /** The base is a guess at the default branch (`main`), to be checked against the state's answer. */
  baseGuessed: boolean;
  links: RunLinks;
}

/** One environment's share of the bump: its branch, target and plan. */
interface Lane {
  branch: string;
  target: BumpTarget;
  plan: BumpPlan;
  decision: MergeDecision;
  /** How each file was read (UTF-8, or byte for byte): written back the same way. */
  encodings: ReadonlyMap<string, ManifestEncoding>;
}

type AutoMergeOutcome = 'enabled' | 'not-allowed' | 'unavailable';

interface LaneResult {
  lane: Lane;
  outputs: Outputs;
  autoMerge?: AutoMergeOutcome;
}

/** Most repositories' default branch: read first, so the state query usually answers for the right one. */
const GUESSED_DEFAULT_BRANCH = 'main';

/** Someone else moved a ref between our read and our write: read again and redo. */
class Moved extends Error {}

export async function bumpOnGitHub(
  settings: BumpSettings,
  source: Extract<ManifestSource, { kind: 'github' }>,
  log: Log,
  edges: Pick<Edges, 'github' | 'clock'>,
): Promise<CommandResult> {
  const repo = { owner: source.owner, repo: source.repo };
  const gh = edges.github(repo);
  const clock: Clock = edges.clock;
  try {
    // without a base, the state is read for `main` and once more only if the default branch is another
    const base = source.base ?? source.defaultBranch;
    const job: Job = {
      gh,
      repo,
      settings,
      log,
      base: base ?? GUESSED_DEFAULT_BRANCH,
      baseGuessed: base === undefined,
      links: { serverUrl: settings.github.serverUrl, ...settings.context },
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptBump(job);
      } catch (error) {
        if (!(error instanceof Moved) || attempt === MAX_ATTEMPTS) throw error;
        log.info(`${error.message}; reading again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        await clock.sleep(200 * attempt + Math.random() * 300);
      }
    }
  } catch (error) {
    if (error instanceof Moved) {
      return {
        outputs: {},
        failure: `${error.message} on every one of ${MAX_ATTEMPTS} attempts; nothing was overwritten. Run the job again.`,
      };
    }
    return { outputs: {}, failure: explainGitHubError(error, `${source.owner}/${source.repo}`) };
  }
}

function targetOf(job: Job, environment: string | undefined): BumpTarget {
  const env = environment ?? job.settings.environment;
  return { base: job.base, paths: job.settings.paths, ...(env && { environment: env }) };
}

/** The policy of the base branch; an invalid policy stops the bump with the key and line to fix. */
function readPolicy(found: { file: string; text: string } | undefined): Policy | undefined {
  if (!found) return undefined;
  const parsed = parsePolicy(found.file, found.text);
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0] as { file: string; line: number; message: string };
    throw new ManifestError(
      first.file,
      first.line,
      `${first.message}. Fix the policy file on the base branch; nothing was written.`,
    );
  }
  return parsed.policy;
}

async function attemptBump(job: Job): Promise<CommandResult> {
  const { gh, repo, settings, log, base } = job;
  const firstTarget = targetOf(job, undefined);
  const firstBranch = settings.pullRequest
    ? branchName(settings.branchPrefix, settings.updates, firstTarget)
    : base;
  const state = await gh.readBumpState(base, firstBranch);
  if (job.baseGuessed) {
    job.baseGuessed = false;
    if (!state.defaultBranch)
      throw new SlipwayError(
        `${repo.owner}/${repo.repo} has no default branch (is it empty?); set the "base" input.`,
      );
    if (state.defaultBranch !== base) {
      job.base = state.defaultBranch;
      return attemptBump(job);
    }
  }
  if (!state.base)
    throw new SlipwayError(
      `Branch "${base}" was not found in ${repo.owner}/${repo.repo}; check the "base" input.`,
    );
  const read = await gh.readBaseAt(state.base.oid, settings.paths, POLICY_FILES);
  const policy = readPolicy(read.policy);
  const { allowed, refused } = splitByPolicy(settings.updates, policy);
  const plan = planBump(
    read.texts,
    allowed,
    { allowDowngrade: settings.allowDowngrade, forceDowngrade: settings.forceDowngrade },
    read.others,
  );
  plan.skips.push(...refused);
  for (const line of planLines(plan, false)) log.info(line);
  for (const skip of plan.skips.filter((s) => !s.file)) log.warning(`${skip.image}: ${skip.reason}.`);

  const groups: BumpGroup[] = settings.pullRequest ? groupByEnvironment(plan, policy) : [{ plan }];
  const lanes: Lane[] = groups.map((group) => {
    const target = targetOf(job, group.environment?.name);
    const branch = settings.pullRequest ? branchName(settings.branchPrefix, settings.updates, target) : base;
    return {
      branch,
      target,
      plan: group.plan,
      decision: decideMerge(group, policy, settings.autoMerge),
      encodings: read.encodings,
    };
  });
  if (settings.dryRun) {
    for (const lane of lanes)
      log.info(
        `Dry run: ${lane.plan.edits.length} edit(s) for ${lane.branch} (auto-merge: ${lane.decision.autoMerge ? 'yes' : 'no'}, ${lane.decision.reason}); no write request made.`,
      );
    return result(
      job,
      plan,
      lanes.map((lane) => ({ lane, outputs: { updated: 'false', branch: lane.branch } })),
    );
  }
  const results: LaneResult[] = [];
  for (const lane of lanes) {
    // the first lane's state came with the base; other environments' branches are read now
    const laneState = lane.branch === firstBranch ? state : await gh.readBumpState(base, lane.branch);
    if (laneState.base?.oid !== state.base.oid) throw new Moved(`${base} moved while the bump was planned`);
    results.push(await writeLane(job, lane, laneState));
  }
  return result(job, plan, results);
}

async function writeLane(job: Job, lane: Lane, state: BumpState): Promise<LaneResult> {
  if (lane.plan.changed.size === 0) return nothingToWrite(job, lane, state);
  return job.settings.pullRequest ? writePullRequest(job, lane, state) : writeDirect(job, lane, state);
}

/** Everything is already on the base: close the bot's stale pull request, if it has one. */
async function nothingToWrite(job: Job, lane: Lane, state: BumpState): Promise<LaneResult> {
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

async function writeDirect(job: Job, lane: Lane, state: BumpState): Promise<LaneResult> {
  const { gh, settings, base, links } = job;
  const message = commitMessage(settings.commitMessage, settings.updates, lane.target, links);
  const commit = await gh.createCommit(
    state.base as { oid: string; treeOid: string },
    lane.plan.changed,
    message,
    lane.encodings,
  );
  if ((await gh.setBranch(base, commit.sha, { exists: true, force: false })) === 'moved')
    throw new Moved(`${base} moved while the commit was written`);
  job.log.info(`Committed ${commit.sha.slice(0, 7)} to ${base}.`);
  return { lane, outputs: { updated: 'true', branch: base, 'commit-sha': commit.sha } };
}

async function writePullRequest(job: Job, lane: Lane, state: BumpState): Promise<LaneResult> {
  const { gh, settings, log, base, links } = job;
  const { branch, target } = lane;
  const message = commitMessage(settings.commitMessage, settings.updates, target, links);
  const baseHead = state.base as { oid: string; treeOid: string };
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

/** The rolling pull request of a lane whose branch now holds `commit`: opened, or refreshed. */
async function openPullRequest(
  job: Job,
  lane: Lane,
  state: BumpState,
  plan: BumpPlan,
  commit: CreatedCommit,
): Promise<LaneResult> {
  const { gh, repo, settings, log, base, links } = job;
  const { branch, target, decision } = lane;
  const fileUrl = (file: string, line: number) =>
    `${links.serverUrl}/${repo.owner}/${repo.repo}/blob/${urlPath(branch)}/${urlPath(file)}#L${line}`;
  const pull = await gh.upsertPullRequest(state.pull?.number, {
    head: branch,
    base,
    title: pullRequestTitle(settings.updates, target),
    body: pullRequestBody(plan, settings.updates, target, links, fileUrl, decision),
    draft: settings.draft,
  });
  if (pull.created) {
    await gh.decoratePullRequest(pull.number, {
      labels: [...settings.labels, ...decision.labels],
      reviewers: [...settings.reviewers, ...decision.reviewers],
      teamReviewers: [...settings.teamReviewers, ...decision.teamReviewers],
      assignees: settings.assignees,
    });
  }
  log.info(`${pull.created ? 'Opened' : 'Refreshed'} pull request #${pull.number}: ${pull.url}`);
  let autoMerge: AutoMergeOutcome = 'not-allowed';
  if (decision.autoMerge) {
    const refused = state.autoMergeAllowed
      ? await gh.enableAutoMerge(pull.nodeId, decision.autoMerge)
      : 'auto-merge is not allowed in this repository (Settings → General → Allow auto-merge)';
    if (refused) log.warning(`Auto-merge was not enabled on #${pull.number}: ${autoMergeRefusal(refused)}.`);
    autoMerge = refused ? 'unavailable' : 'enabled';
  }
  log.info(`Auto-merge of #${pull.number}: ${autoMerge} (${decision.reason}).`);
  return {
    lane: { ...lane, plan },
    autoMerge,
    outputs: {
      updated: 'true',
      branch,
      'commit-sha': commit.sha,
      'pull-request-number': String(pull.number),
      'pull-request-url': pull.url,
    },
  };
}

/**
 * The bot branch holds commits someone else made: never reset it. Plan again on its head and add the
 * new commit on top, unless one of those commits changed a file this bump edits.
 */
async function commitOnTop(
  job: Job,
  lane: Lane,
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

function result(job: Job, plan: BumpPlan, lanes: LaneResult[]): CommandResult {
  const json = planJson(plan);
  const first = lanes.find((l) => l.outputs.updated === 'true') ?? lanes[0];
  const pulls = lanes
    .filter((l) => l.outputs['pull-request-number'])
    .map((l) => ({
      environment: l.lane.target.environment ?? null,
      branch: l.lane.branch,
      number: Number(l.outputs['pull-request-number']),
      url: l.outputs['pull-request-url'],
      autoMerge: l.autoMerge,
      reason: l.lane.decision.reason,
    }));
  const heading = `### Slipway bump: ${job.settings.updates.map((u) => `${u.name} ${describeVersion(u.tag, u.digest)}`).join(', ')}`;
  const sections = lanes.map((l) => {
    const link = l.outputs['pull-request-url'] ? ` — ${l.outputs['pull-request-url']}` : '';
    return [
      `#### ${describeTarget(l.lane.target)}${link}`,
      '',
      editTable(l.lane.plan),
      '',
      `Auto-merge: ${l.autoMerge ?? 'not-allowed'} (${l.lane.decision.reason})`,
    ].join('\n');
  });
  return {
    outputs: {
      ...(first?.outputs ?? {}),
      updated: String(lanes.some((l) => l.outputs.updated === 'true')),
      edits: JSON.stringify(json.edits),
      skipped: JSON.stringify(json.skipped),
      'auto-merge':
        lanes
          .filter((l) => l.outputs.updated === 'true')
          .map((l) => l.autoMerge ?? 'not-allowed')
          .join(',') || 'not-allowed',
      'pull-requests': JSON.stringify(pulls),
    },
    summary: [
      heading,
      '',
      ...(job.settings.dryRun ? ['_Dry run: nothing was written._', ''] : []),
      ...sections,
    ].join('\n'),
    json: { ...json, pullRequests: pulls },
  };
}
