// check (on manifests pull requests): the predicted cluster diff of the pull request — render what each
// Argo CD app deploys at the base and at the head (only the apps the change can affect), validate the
// head, post the diff as one sticky comment, annotate offending lines, and fail per fail-on.
// Without a pull request (a push), it validates the head.
import { failingCount, pullRequestFindings } from '../core/report/pullRequestFindings.js';
import type { Finding } from '../core/finding.js';
import { commentMarker, diffJson, diffMarkdown } from '../core/report/diffReport.js';
import { groupFindings, groupLine, groupText } from '../core/report/findings.js';
import type { FileTree } from '../core/fileTree.js';
import { VERSION } from '../version.js';
import { explainGitHubError, SlipwayError } from '../github/errors.js';
import { inGroup, type Log } from '../log.js';
import type { CheckSettings } from '../settings.js';
import { computeDiff, planDiff, type DiffRun } from '../pipeline/preview.js';
import {
  mergePartials,
  partialReport,
  suggestShards,
  type PartialReport,
  type Shard,
} from '../core/diff/shards.js';
import { SettingsError } from '../settings.js';
import { eligibility, type Eligibility } from '../core/policy/eligibility.js';
import { parsePolicy, policyFileIn } from '../core/policy/policy.js';
import { changedPaths } from '../core/render/unitInputs.js';
import { autoMergeRefusal } from '../github/pullRequests.js';
import type { Edges, GitHubRepository } from '../ports.js';
import type { CommandResult } from './result.js';
import { validateFolder } from './validate.js';

/** One annotation per distinct finding on a line, naming every app it was found in. */
function annotate(findings: readonly Finding[], log: Log): void {
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

function verdict(findings: readonly Finding[], settings: CheckSettings): string | undefined {
  const failing = failingCount(findings, settings.failOn);
  return failing > 0
    ? `${failing} finding(s) at or above "${settings.failOn}" in what the apps would deploy; see the annotations.`
    : undefined;
}

function validationSummary(findings: readonly Finding[], units: number, objects: number): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const rows = findings
    .filter((f) => f.severity !== 'notice')
    .map(
      (f) =>
        `| ${f.severity} | \`${f.file ?? ''}:${f.line ?? 1}\` | ${(f.unit ?? '').replace(/^app:/, '')} | ${f.message.replace(/\|/g, '\\|')} |`,
    );
  const notices = findings.filter((f) => f.severity === 'notice').map((f) => `- ${f.message}`);
  return [
    '### Slipway check',
    '',
    `${units} app(s), ${objects} object(s): **${count('error')} error(s)**, ${count('warning')} warning(s).`,
    '',
    ...(rows.length > 0
      ? ['| Severity | Where | App | Finding |', '| --- | --- | --- | --- |', ...rows, '']
      : []),
    ...(notices.length > 0 ? ['**Not previewed**', '', ...notices] : []),
  ].join('\n');
}

/** The base tree: from git when the checkout has (or can fetch) the revision, else one tarball request. */
async function baseTree(settings: CheckSettings, sha: string, log: Log, edges: Edges): Promise<FileTree> {
  const commit = edges.trees.commit(settings.workspace, sha, settings.maxFileBytes, { fetch: true });
  if (commit) return commit.tree;
  if (!settings.repository)
    throw new SlipwayError(`the base commit ${sha} is not in the checkout and the repository is unknown`);
  log.info(`Base ${sha.slice(0, 7)} is not in the checkout; reading it as one tarball.`);
  return edges.github(settings.repository).readTreeAt(sha, settings.maxFileBytes);
}

export const AUTO_MERGE_LABEL = 'slipway:auto-merge';
const STATUS_CONTEXT = 'slipway/policy';

/** Label, auto-merge and the slipway/policy status from the policy's verdict; each refusal is a warning naming the permission. */
async function applyPolicy(
  settings: CheckSettings,
  gh: GitHubRepository,
  pull: NonNullable<CheckSettings['pullRequest']>,
  verdict: Eligibility,
  method: 'merge' | 'squash' | 'rebase',
  log: Log,
): Promise<void> {
  const repo = gh.repo;
  log.info(
    `Auto-merge: ${verdict.eligible ? 'eligible' : `not eligible because ${verdict.reasons.join('; ')}`}.`,
  );
  const step = async (what: string, permission: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      const status = (error as { status?: number }).status;
      const why =
        status === 401 || status === 403 || status === 404
          ? `the token may not: give the job \`permissions: { ${permission} }\``
          : explainGitHubError(error, `${repo.owner}/${repo.repo}`);
      log.warning(`Could not ${what} on #${pull.number} (${why}).`);
    }
  };
  await step(
    `${verdict.eligible ? 'add' : 'remove'} the ${AUTO_MERGE_LABEL} label`,
    'pull-requests: write',
    () => gh.setLabel(pull.number, AUTO_MERGE_LABEL, verdict.eligible),
  );
  const headSha = pull.headSha;
  if (headSha) {
    const description = verdict.eligible
      ? 'eligible to merge on its own'
      : `not eligible: ${verdict.reasons[0] ?? ''}`;
    await step(`set the ${STATUS_CONTEXT} status`, 'statuses: write', () =>
      gh.setStatus(headSha, STATUS_CONTEXT, verdict.eligible, description),
    );
  }
  if (verdict.eligible && settings.autoMerge) {
    await step('enable auto-merge', 'contents: write, pull-requests: write', async () => {
      const refused = await gh.enableAutoMerge(await gh.pullNodeId(pull.number), method);
      if (!refused) log.info(`Auto-merge (${method}) enabled on #${pull.number}.`);
      else log.warning(`Auto-merge was not enabled on #${pull.number}: ${autoMergeRefusal(refused)}.`);
    });
  }
}

export async function check(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  const pull = settings.pullRequest;
  if (!pull) {
    log.info('No pull request in this event: validating what the apps deploy at this commit.');
    const result = await validateFolder(settings.workspace, settings, edges);
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
  const [[base, head], readGit] = await timed('Read the base and the head', async () => [
    await baseTree(settings, pull.baseSha, log, edges),
    edges.trees.folder(settings.workspace, settings.maxFileBytes),
  ]);
  const [run] = await timed('Discover, render, validate and diff the apps', async () => {
    const result = await computeDiff(base, head, settings, edges.renderer);
    const t = result.timings;
    log.info(
      `discover ${t.discover} ms, render ${t.render} ms (${result.rendered} render(s)), validate ${t.validate} ms, diff ${t.diff} ms`,
    );
    return result;
  });
  if (settings.shard) return writePartial(settings, settings.shard, pull, run, log, edges);
  return publish(settings, pull, base, head, run, readGit, started, log, edges);
}

/** A shard's work goes to a partial report for check-merge; it comments and annotates nothing itself. */
function writePartial(
  settings: CheckSettings,
  shard: Shard,
  pull: NonNullable<CheckSettings['pullRequest']>,
  run: DiffRun,
  log: Log,
  edges: Edges,
): CommandResult {
  const partial = partialReport(run, shard, pull.baseSha, pull.headSha ?? 'HEAD');
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
  const partials = edges.reports.expand(settings.reports).map((file) => {
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
  const base = await baseTree(settings, pull.baseSha, log, edges);
  const head = edges.trees.folder(settings.workspace, settings.maxFileBytes);
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
  };
  log.info(`Merged ${merged.shards} shard report(s): ${merged.rendered} render(s) in all.`);
  return publish(settings, pull, base, head, run, Date.now() - started, started, log, edges);
}

/** check-plan: how many apps a pull request affects (no render), and a shard count for the matrix. */
export async function checkPlan(settings: CheckSettings, log: Log, edges: Edges): Promise<CommandResult> {
  const pull = settings.pullRequest;
  if (!pull) throw new SettingsError('check-plan runs on a pull request (a pull_request event).');
  const base = await baseTree(settings, pull.baseSha, log, edges);
  const head = edges.trees.folder(settings.workspace, settings.maxFileBytes);
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

async function publish(
  settings: CheckSettings,
  pull: NonNullable<CheckSettings['pullRequest']>,
  base: FileTree,
  head: FileTree,
  run: DiffRun,
  readGit: number,
  started: number,
  log: Log,
  edges: Edges,
): Promise<CommandResult> {
  // an app the PR touches that Slipway cannot preview is a warning, so fail-on: warning can stop the merge
  const changedFiles = changedPaths(base, head);
  const findings = pullRequestFindings(run.diff, changedFiles);
  annotate(findings, log);
  log.info(
    `${run.units} app(s); ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${Date.now() - started} ms.`,
  );
  const timingTable = [
    '',
    '| Phase | Time |',
    '| --- | ---: |',
    ...(
      [
        ['read git', readGit],
        ['discover', run.timings.discover],
        [`render (${run.rendered})`, run.timings.render],
        ['validate', run.timings.validate],
        ['diff', run.timings.diff],
      ] as const
    ).map(([phase, ms]) => `| ${phase} | ${(ms / 1000).toFixed(2)} s |`),
  ].join('\n');
  edges.reports.write(settings.reportPath, `${JSON.stringify(diffJson(run.diff), null, 2)}\n`);
  const repo = settings.repository;
  const server = settings.github.serverUrl;
  const headRef = pull.headSha ?? 'HEAD';
  const fileUrl = repo
    ? (file: string, line: number) => `${server}/${repo.owner}/${repo.repo}/blob/${headRef}/${file}#L${line}`
    : undefined;
  const fullReport = `the job summary, and ${settings.reportPath} (output \`report\`)`;
  // the policy comes from the base branch, never from the pull request
  const policyFile = policyFileIn(base);
  const parsedPolicy = policyFile ? parsePolicy(policyFile.file, policyFile.text) : undefined;
  const onMerge = parsedPolicy
    ? eligibility({
        ...(parsedPolicy.policy && { policy: parsedPolicy.policy }),
        policyErrors: parsedPolicy.errors,
        fork: pull.fork,
        changedFiles: [...changedFiles],
        uncovered: run.uncovered,
        diff: run.diff,
      })
    : undefined;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const renderedWith = await edges.renderer.versions(run.renderers);
  const footer = `${renderedWith.length > 0 ? `Rendered with ${renderedWith.join(', ')}` : 'Nothing rendered'} · ${run.rendered} render(s) in ${seconds} s · Slipway ${VERSION}`;
  const common = {
    commentId: settings.commentId,
    footer,
    ...(fileUrl && { fileUrl }),
    ...(onMerge && { eligibility: onMerge }),
  };
  const comment = diffMarkdown(run.diff, { ...common, fullReport });
  const summary = `${diffMarkdown(run.diff, { ...common, budget: Infinity })}\n${timingTable}\n`;
  let commentFailure: string | undefined;
  if (repo) {
    try {
      const posted = await edges
        .github(repo)
        .upsertComment(pull.number, commentMarker(settings.commentId), comment);
      log.info(`${posted.created ? 'Posted' : 'Updated'} the predicted cluster diff: ${posted.url}`);
    } catch (error) {
      // fork pull requests and read-only tokens cannot comment: the job summary still has the report
      const status = (error as { status?: number }).status;
      if (status === 401 || status === 403 || status === 404) {
        log.warning(
          `Could not write the pull request comment: the token may not comment (fork pull requests and read-only tokens cannot); give the job \`permissions: { pull-requests: write }\`. The report is in the job summary.`,
        );
      } else {
        // a comment GitHub refused for another reason (422: too large, …) must not pass unnoticed
        commentFailure = `Could not write the pull request comment (${explainGitHubError(error, `${repo.owner}/${repo.repo}`)}); the report is in the job summary.`;
      }
    }
  }
  if (onMerge && repo)
    await applyPolicy(
      settings,
      edges.github(repo),
      pull,
      onMerge,
      parsedPolicy?.policy?.mergeMethod ?? 'squash',
      log,
    );
  const failure = [verdict(findings, settings), commentFailure].filter(Boolean).join(' ') || undefined;
  const t = run.diff.totals;
  return {
    outputs: {
      'has-changes': String(run.diff.apps.some((a) => a.changes.length > 0 || a.status === 'renamed')),
      report: settings.reportPath,
      created: String(t.created),
      changed: String(t.changed),
      deleted: String(t.deleted),
    },
    summary,
    ...(failure && { failure }),
  };
}
