// bump on GitHub: read the base in one tarball, plan with the core, split the plan into lanes (one per
// environment of the policy) and write each lane (bumpWrites.ts): one commit through the Git Data API and one
// rolling pull request (bumpPullRequest.ts). Safe when the base or a branch moves: the whole attempt is
// redone from a fresh read, and a branch holding someone else's commit is never reset.
import { planBump } from '../core/bump/plan.js';
import { planLines } from '../core/bump/report.js';
import { branchName, type BumpTarget } from '../core/bump/pullRequestText.js';
import { decideMerge, lanesByEnvironment } from '../core/bump/lanes.js';
import { parsePolicy } from '../core/policy/parsePolicy.js';
import { POLICY_FILES, type Policy } from '../core/policy/policy.js';
import { splitByPolicy } from '../core/bump/decisions.js';
import { ManifestError, SlipwayError } from '../core/errors.js';
import type { Clock, Edges } from '../ports.js';
import type { Log } from '../log.js';
import type { BumpSettings, ManifestSource } from '../settings.js';
import { Moved, type Job, type LaneOnGitHub, type LaneResult } from './bumpJob.js';
import { bumpResult } from './bumpSummary.js';
import { writeLane } from './bumpWrites.js';
import type { CommandResult } from './result.js';

const MAX_ATTEMPTS = 5;

/** Most repositories' default branch: read first, so the state query usually answers for the right one. */
const GUESSED_DEFAULT_BRANCH = 'main';

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
    return { outputs: {}, failure: gh.explainFailure(error).text };
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
  const [first] = parsed.errors;
  if (first) {
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

  const lanes: LaneOnGitHub[] = (settings.pullRequest ? lanesByEnvironment(plan, policy) : [{ plan }]).map(
    (lane) => {
      const target = targetOf(job, lane.environment?.name);
      const branch = settings.pullRequest
        ? branchName(settings.branchPrefix, settings.updates, target)
        : base;
      const decision = decideMerge(lane, policy, settings.autoMerge);
      return { ...lane, branch, target, decision, encodings: read.encodings };
    },
  );
  if (settings.dryRun) {
    for (const lane of lanes)
      log.info(
        `Dry run: ${lane.plan.edits.length} edit(s) for ${lane.branch} (auto-merge: ${lane.decision.autoMerge ? 'yes' : 'no'}, ${lane.decision.reason}); no write request made.`,
      );
    return bumpResult(
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
  return bumpResult(job, plan, results);
}
