// The rolling pull request of a lane: opened or refreshed, labels and reviewers on a new one, and
// auto-merge when the lane's merge decision allows it.
import type { BumpPlan } from '../core/bump/plan.js';
import { pullRequestBody, pullRequestTitle } from '../core/bump/pullRequestText.js';
import { urlPath } from '../core/report/markdownText.js';
import type { BumpState, CreatedCommit } from '../ports.js';
import type { AutoMergeOutcome, Job, LaneOnGitHub, LaneResult } from './bumpJob.js';

/** The rolling pull request of a lane whose branch now holds `commit`: opened, or refreshed. */
export async function openPullRequest(
  job: Job,
  lane: LaneOnGitHub,
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
    if (refused) log.warning(`Auto-merge was not enabled on #${pull.number}: ${refused}.`);
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
