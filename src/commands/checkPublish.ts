// The check's GitHub publisher (checkPipeline.ts): what a check leaves on the pull request — annotations,
// the sticky comment, the job summary, the report file, and the policy's label, status and auto-merge;
// and the verdict that fails the job per fail-on.
import type { Finding } from '../core/finding.js';
import type { Eligibility } from '../core/policy/eligibility.js';
import { commentMarker } from '../core/report/commentSections.js';
import { groupFindings, groupLine, groupText } from '../core/report/findings.js';
import type { Log } from '../log.js';
import type { Edges, PullRequestPort } from '../ports.js';
import type { CheckSettings } from '../settings.js';
import type { CheckPublisher } from './checkPipeline.js';

/** One annotation per distinct finding on a line, naming every app it was found in. */
export function annotate(findings: readonly Finding[], log: Log): void {
  for (const group of groupFindings(findings)) {
    const finding = group.finding;
    const where = finding.file
      ? { file: finding.file, line: finding.line ?? 1, title: `slipway: ${finding.rule}` }
      : undefined;
    const text = groupText(group);
    if (finding.severity === 'error') log.error(text, where);
    else if (finding.severity === 'warning') log.warning(text, where);
    else log.info(groupLine(group));
  }
}

/** The verdict, as the action says it: the findings are its annotations. */
export const annotated = (verdict: string | undefined) => verdict && `${verdict}; see the annotations.`;

export const AUTO_MERGE_LABEL = 'slipway:auto-merge';
const STATUS_CONTEXT = 'slipway/policy';

/**
 * Label, auto-merge and the slipway/policy status from the policy's verdict. An eligible pull request gets
 * the label and, with auto-merge on, GitHub's auto-merge for the head the check judged (a later push
 * does not inherit the verdict); a refusal is a warning naming the permission. A pull request that is not
 * eligible loses the label and GitHub's auto-merge, whoever enabled them (an earlier push may have been
 * eligible): a refusal there is returned, and fails the check, as the pull request could still merge.
 */
async function applyPolicy(
  settings: CheckSettings,
  gh: PullRequestPort,
  pull: NonNullable<CheckSettings['pullRequest']>,
  verdict: Eligibility,
  method: 'merge' | 'squash' | 'rebase',
  log: Log,
): Promise<string | undefined> {
  log.info(
    `Auto-merge: ${verdict.eligible ? 'eligible' : `not eligible because ${verdict.reasons.join('; ')}`}.`,
  );
  const why = (error: unknown, permission: string) => {
    const { status, text } = gh.explainFailure(error);
    return status === 401 || status === 403 || status === 404
      ? `the token may not: give the job \`permissions: { ${permission} }\``
      : text;
  };
  const step = async (what: string, permission: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      log.warning(`Could not ${what} on #${pull.number} (${why(error, permission)}).`);
    }
  };
  const headSha = pull.headSha;
  if (headSha) {
    const description = verdict.eligible
      ? 'eligible to merge on its own'
      : `not eligible: ${verdict.reasons[0] ?? ''}`;
    await step(`set the ${STATUS_CONTEXT} status`, 'statuses: write', () =>
      gh.setStatus(headSha, STATUS_CONTEXT, verdict.eligible, description),
    );
  }
  if (!verdict.eligible) return withdraw(gh, pull.number, why, log);
  await step(`add the ${AUTO_MERGE_LABEL} label`, 'pull-requests: write', () =>
    gh.setLabel(pull.number, AUTO_MERGE_LABEL, true),
  );
  if (settings.autoMerge) {
    await step('enable auto-merge', 'contents: write, pull-requests: write', async () => {
      const { nodeId } = await gh.pullState(pull.number);
      const refused = await gh.enableAutoMerge(nodeId, method, headSha);
      if (!refused)
        log.info(
          `Auto-merge (${method}) enabled on #${pull.number} for ${(headSha ?? 'its head').slice(0, 7)}.`,
        );
      else log.warning(`Auto-merge was not enabled on #${pull.number}: ${refused}.`);
    });
  }
  return undefined;
}

/**
 * Takes the auto-merge label and GitHub's auto-merge off a pull request that is not eligible (only what is
 * on: a read-only token passes where there is nothing to take off); why it could not, if it could not.
 */
async function withdraw(
  gh: PullRequestPort,
  number: number,
  why: (error: unknown, permission: string) => string,
  log: Log,
): Promise<string | undefined> {
  const failed = (what: string, reason: string) =>
    `Could not ${what} on #${number}, which is not eligible to merge on its own (${reason}); it may still merge unreviewed.`;
  let state;
  try {
    state = await gh.pullState(number);
  } catch (error) {
    return failed('read the auto-merge state', why(error, 'pull-requests: read'));
  }
  const problems: string[] = [];
  if (state.autoMerge) {
    const refused = await gh.disableAutoMerge(state.nodeId);
    if (refused) problems.push(failed('disable auto-merge', refused));
    else log.info(`Auto-merge disabled on #${number}: it is not eligible.`);
  }
  if (state.labels.includes(AUTO_MERGE_LABEL)) {
    try {
      await gh.setLabel(number, AUTO_MERGE_LABEL, false);
    } catch (error) {
      problems.push(failed(`remove the ${AUTO_MERGE_LABEL} label`, why(error, 'pull-requests: write')));
    }
  }
  return problems.join(' ') || undefined;
}

/**
 * The action's publisher: annotations, the report file, the sticky comment, the job summary, the outputs,
 * and the policy's label, status and auto-merge on the pull request.
 */
export function gitHubPublisher(
  settings: CheckSettings,
  pull: NonNullable<CheckSettings['pullRequest']>,
  log: Log,
  edges: Pick<Edges, 'github' | 'clock'>,
): CheckPublisher {
  return {
    fullReport: (s) => `the job summary, and ${s.reportPath ?? 'the report file'} (output \`report\`)`,
    partial: (path) => ({ outputs: { report: path } }),
    publish: async (outcome) => {
      const { run } = outcome;
      const { comment, summary } = await outcome.markdown();
      annotate(outcome.findings, log);
      log.info(
        `${run.units} app(s); ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - outcome.started} ms.`,
      );
      const gitHub = settings.repository && edges.github(settings.repository);
      let commentFailure: string | undefined;
      if (gitHub) {
        try {
          const posted = await gitHub.upsertComment(pull.number, commentMarker(settings.commentId), comment);
          log.info(`${posted.created ? 'Posted' : 'Updated'} the predicted cluster diff: ${posted.url}`);
        } catch (error) {
          // fork pull requests and read-only tokens cannot comment: the job summary still has the report
          const { status, text } = gitHub.explainFailure(error);
          if (status === 401 || status === 403 || status === 404) {
            log.warning(
              `Could not write the pull request comment: the token may not comment (fork pull requests and read-only tokens cannot); give the job \`permissions: { pull-requests: write }\`. The report is in the job summary.`,
            );
          } else {
            // a comment GitHub refused for another reason (422: too large, …) must not pass unnoticed
            commentFailure = `Could not write the pull request comment (${text}); the report is in the job summary.`;
          }
        }
      }
      const policyFailure =
        outcome.eligibility && gitHub
          ? await applyPolicy(
              settings,
              gitHub,
              pull,
              outcome.eligibility,
              outcome.policy?.mergeMethod ?? 'squash',
              log,
            )
          : undefined;
      const failure =
        [annotated(outcome.verdict), commentFailure, policyFailure].filter(Boolean).join(' ') || undefined;
      const t = run.diff.totals;
      return {
        outputs: {
          'has-changes': String(run.diff.apps.some((a) => a.changes.length > 0 || a.status === 'renamed')),
          ...(settings.reportPath && { report: settings.reportPath }),
          created: String(t.created),
          changed: String(t.changed),
          deleted: String(t.deleted),
        },
        summary,
        ...(failure && { failure }),
      };
    },
  };
}
