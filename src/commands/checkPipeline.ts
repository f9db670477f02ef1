// The one check both front ends run: read the base and the head → preview (pipeline/preview.ts) →
// findings → verdict, with the comment and the policy's eligibility worked out once. Where the result goes
// is a publisher's job: GitHub (checkPublish.ts: comment, annotations, label, status, summary) for the
// action, a terminal (terminalPublish.ts: text, markdown, json, sarif) for the CLI. A shard writes its
// partial report here instead, and a merge of the shards' reports joins the same road before publishing.
import { relative, resolve, sep } from 'node:path';
import type { FileTree } from '../core/fileTree.js';
import type { Finding } from '../core/finding.js';
import {
  coverageError,
  headContentId,
  mergePartials,
  partialReport,
  suggestShards,
} from '../core/diff/shards.js';
import { eligibility, type Eligibility } from '../core/policy/eligibility.js';
import { ignoreResources } from '../core/diff/ignoreResources.js';
import { ignoreLines } from '../core/diff/ignoreLines.js';
import { policyFileIn, type Policy } from '../core/policy/policy.js';
import { changedPaths } from '../core/render/unitInputs.js';
import { diffJsonText } from '../core/report/diffJson.js';
import { failingCount, pullRequestFindings } from '../core/report/pullRequestFindings.js';
import { urlPath } from '../core/report/markdownText.js';
import { SlipwayError } from '../core/errors.js';
import { inGroup, type Log } from '../log.js';
import {
  affectedSides,
  computeDiff,
  fetchApplications,
  planDiff,
  type DiffRun,
  type PreviewSettings,
} from '../pipeline/preview.js';
import { repoAtText } from '../core/argo/otherRepository.js';
import { applicationsRepositoryUrl } from '../core/argo/applicationsRepository.js';
import type { Edges, Renderer } from '../ports.js';
import { SettingsError, type CheckSettings } from '../settings.js';
import { REPORT_SCHEMA_VERSION, VERSION } from '../version.js';
import { keptIndex, type KeptIndex } from './keptIndex.js';
import type { CommandResult } from './result.js';

/** The two trees a check compares, and what is known of where they came from. */
export interface CheckSides {
  base: FileTree;
  head: FileTree;
  /** The base commit. */
  baseSha: string;
  /** The base's root tree id, when a kept index was looked for (`tree-index`). */
  baseTreeId?: string;
  /** The head commit: the pull request's head, or the commit the CLI read (unset: a working tree). */
  headSha?: string;
  /** Milliseconds spent reading them. */
  readMs: number;
}

/** What a publisher is handed: the preview, its findings and verdict, and the comment for it. */
export interface CheckOutcome {
  sides: CheckSides;
  run: DiffRun;
  changedFiles: ReadonlySet<string>;
  /** Every app's findings, and a warning for each app the change touches that cannot be previewed. */
  findings: Finding[];
  /** The failure per fail-on, if findings reach it. */
  verdict?: string;
  /** The policy's verdict (from the base's policy file), when there is one. */
  eligibility?: Eligibility;
  policy?: Policy;
  /**
   * The sticky comment's body (what the CLI prints for --format markdown), and the job summary: the whole
   * diff and the phase timings. Written when first asked (the CLI's other formats never ask), with the
   * versions of the renderers used in its footer.
   */
  markdown(): Promise<{ comment: string; summary: string }>;
  /** When the check started (the edges' clock). */
  started: number;
  /** What the preview made of the tree index, when there is one. */
  note?: string;
}

/** Where a check's outcome goes. */
export interface CheckPublisher {
  /** Where the full report is, for a comment trimmed to fit: "the job summary, and …". */
  fullReport(settings: CheckSettings): string;
  publish(outcome: CheckOutcome): Promise<CommandResult>;
  /** A shard's partial report was written. */
  partial(path: string, run: DiffRun): CommandResult;
}

/** The failure fail-on makes of the findings (each publisher says where they are shown). */
export function verdict(findings: readonly Finding[], settings: CheckSettings): string | undefined {
  const failing = failingCount(findings, settings.failOn);
  return failing > 0
    ? `${failing} finding(s) at or above "${settings.failOn}" in what the apps would deploy`
    : undefined;
}

/**
 * The base revision: the pull request's base (or the `base` input/flag), else where HEAD left the default
 * branch (the CLI on a local checkout).
 */
function baseRevision(settings: CheckSettings, edges: Pick<Edges, 'trees'>): string {
  const revision =
    settings.pullRequest?.baseSha ?? settings.base ?? edges.trees.defaultBase(settings.workspace);
  if (revision === undefined)
    throw new SettingsError(
      `cannot find where HEAD left the default branch in ${settings.workspace}; pass --base REV`,
    );
  return revision;
}

/**
 * The base, then the head. The base comes from git (on a pull request, fetched when the shallow checkout
 * lacks it, else one tarball request). The head is the named revision, else the checkout: its HEAD from
 * git when the folder holds exactly its files — only what changed since the base is read — else the
 * folder as it is on disk (a step before the check changed it, or the CLI's working tree).
 */
export async function readSides(
  settings: CheckSettings,
  log: Log,
  edges: Pick<Edges, 'trees' | 'clock'> & Partial<Pick<Edges, 'github'>>,
  index?: KeptIndex,
  revision = baseRevision(settings, edges),
): Promise<CheckSides> {
  const begin = edges.clock.now();
  const dir = settings.workspace;
  const max = settings.maxFileBytes;
  const onPullRequest = settings.pullRequest !== undefined;
  const options = {
    ...(onPullRequest && { fetch: true }),
    ...(index?.scanned && { scanned: index.scanned }),
    ...(index?.refused && { refused: index.refused }),
  };
  // (git's reads overlapped where the reader can)
  let base: { sha?: string; treeId?: string; tree: FileTree } | undefined = edges.trees.commitOverlapped
    ? await edges.trees.commitOverlapped(dir, revision, max, options)
    : edges.trees.commit(dir, revision, max, options);
  if (!base) {
    if (!onPullRequest) throw new SettingsError(`"${revision}" is not a commit in ${dir}`);
    if (!settings.repository || !edges.github)
      throw new SlipwayError(
        `the base commit ${revision} is not in the checkout and the repository is unknown`,
      );
    log.info(`Base ${revision.slice(0, 7)} is not in the checkout; reading it as one tarball.`);
    base = { tree: await edges.github(settings.repository).readTreeAt(revision, max) };
  }
  const from = base.sha === undefined ? undefined : { sha: base.sha, tree: base.tree };
  let head: { tree: FileTree; commit?: string };
  if (settings.head) {
    const named = edges.trees.commit(dir, settings.head, max, from && { from });
    if (!named) throw new SettingsError(`"${settings.head}" is not a commit in ${dir}`);
    head = { tree: named.tree, commit: named.sha };
  } else {
    head = edges.trees.checkout(dir, max, from);
    log.info(
      head.commit
        ? `Head ${head.commit.slice(0, 7)} read from git: the workspace holds exactly its files.`
        : 'Head read from the workspace on disk: its files are not exactly those of a git commit.',
    );
  }
  const headSha = settings.pullRequest?.headSha ?? head.commit;
  return {
    base: base.tree,
    head: head.tree,
    baseSha: base.sha ?? revision,
    ...(base.treeId && { baseTreeId: base.treeId }),
    ...(headSha && { headSha }),
    readMs: edges.clock.now() - begin,
  };
}

/** The CLI reaches no GitHub: a base missing from its checkout is an error there. */
type PipelineEdges = Pick<
  Edges,
  'renderer' | 'trees' | 'reports' | 'clock' | 'treeIndexes' | 'repositories'
> &
  Partial<Pick<Edges, 'github' | 'renderCache'>>;

/**
 * The settings with other Git repositories' files (fetched when an affected app renders a source there,
 * never before) and the applications repository's, fetched first when one is named.
 */
async function withRepositories(
  settings: CheckSettings,
  log: Log,
  edges: Partial<Pick<PipelineEdges, 'repositories'>>,
): Promise<CheckSettings & Pick<PreviewSettings, 'otherTree' | 'applications'>> {
  const repositories = edges.repositories?.(settings.github);
  const otherTree =
    repositories &&
    ((url: string, revision: string) => repositories.tree(url, revision, settings.maxFileBytes));
  const applications = await fetchApplications(
    settings.applicationsRepository,
    settings.github.serverUrl,
    otherTree,
  );
  if (applications)
    log.info(
      applications.tree
        ? `Applications read from ${repoAtText(applications.url, applications.revision)}${applications.path ? ` (${applications.path})` : ''}.`
        : `Could not fetch the applications repository ${repoAtText(applications.url, applications.revision)}: ${applications.error}.`,
    );
  return { ...settings, ...(otherTree && { otherTree }), ...(applications && { applications }) };
}

/** One phase in the log's group, with its time. */
async function timed<T>(log: Log, name: string, phase: () => Promise<T>): Promise<T> {
  return inGroup(log, name, async () => {
    const begin = Date.now();
    const value = await phase();
    log.info(`${name}: ${Date.now() - begin} ms`);
    return value;
  });
}

/** The check: base and head → preview → (a shard's partial report, or) findings → verdict → published. */
export async function runCheck(
  settings: CheckSettings,
  log: Log,
  edges: PipelineEdges,
  publisher: CheckPublisher,
): Promise<CommandResult> {
  const started = edges.clock.now();
  const index = keptIndex(settings.workspace, settings, edges);
  const sides = await timed(log, 'Read the base and the head', () => readSides(settings, log, edges, index));
  const cache = baseFromCache(settings, log, edges, sides.base);
  const renderer = cache.renderer;
  const notes = (run: DiffRun) =>
    [index.note(run), cache.note()].filter((n) => n !== undefined).join('; ') || undefined;
  const run = await timed(log, 'Discover, render, validate and diff the apps', async () => {
    // sources in other Git repositories are fetched when an affected app renders one, never before
    const result = await computeDiff(
      sides.base,
      sides.head,
      await withRepositories(settings, log, edges),
      renderer,
      index.preview(),
    );
    index.keep(sides.baseTreeId, result);
    const t = result.timings;
    const note = notes(result);
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
  settings.progress?.end?.();
  if (settings.shard) {
    const path = settings.reportPath ?? 'slipway-partial.json';
    const partial = partialReport(
      run,
      settings.shard,
      sides.baseSha,
      sides.headSha ?? 'working tree',
      headContentId(sides.head),
    );
    edges.reports.write(path, `${JSON.stringify(partial)}\n`);
    log.info(
      `Shard ${settings.shard.index}/${settings.shard.count}: ${run.rendered} render(s) of ${run.affected} affected app(s); partial report ${path}.`,
    );
    return publisher.partial(path, run);
  }
  const outcome = await outcomeOf(settings, sides, run, started, edges, publisher.fullReport(settings));
  const note = notes(run);
  return published(settings, { ...outcome, ...(note && { note }) }, edges, publisher);
}

/**
 * The renderer of a preview: with `render-cache`, its base's renders come from the render cache when an
 * entry's key matches exactly (a pull request only reads it; the push's validation keeps it). An entry
 * that cannot be used is a notice, and the render runs.
 */
function baseFromCache(
  settings: CheckSettings,
  log: Log,
  edges: PipelineEdges,
  base: FileTree,
): { renderer: Renderer; note: () => string | undefined } {
  if (!settings.renderCache) return { renderer: edges.renderer, note: () => undefined };
  const notice = (message: string) => (log.notice ? log.notice(message) : log.info(message));
  const cache = edges.renderCache?.(settings.workspace, notice);
  if (!cache)
    return {
      renderer: edges.renderer,
      note: () => `no render cache: ${settings.workspace} is not in a git repository`,
    };
  const reading = cache.reading(edges.renderer, base);
  return { renderer: reading, note: () => reading.note() };
}

/** The JSON report where `report-file` says (the same for every publisher), then the publisher's turn. */
function published(
  settings: CheckSettings,
  outcome: CheckOutcome,
  edges: Pick<Edges, 'reports'>,
  publisher: CheckPublisher,
): Promise<CommandResult> {
  if (settings.reportPath)
    edges.reports.write(
      settings.reportPath,
      diffJsonText(outcome.run.diff, { schemaVersion: REPORT_SCHEMA_VERSION }, settings.contextLines),
    );
  return publisher.publish(outcome);
}

/**
 * The shards' partial reports → the one diff, then published as one check. The base and head are read
 * again (the reports' own, or the pull request's, which they must be of), and the apps the change affects
 * are worked out again: a report set that leaves any of them out, or shows one twice, is refused.
 */
export async function mergeCheck(
  settings: CheckSettings,
  log: Log,
  edges: PipelineEdges,
  publisher: CheckPublisher,
): Promise<CommandResult> {
  const files = edges.reports.expand(settings.reports);
  // (the reports' reader, with its schema validator, loads only to merge)
  const { parsePartialReport } = await import('../core/diff/partialReport.js');
  const partials = files.map((file) => {
    const parsed = parsePartialReport(file, edges.reports.read(file));
    if ('error' in parsed) throw new SettingsError(parsed.error);
    return parsed.report;
  });
  const result = mergePartials(partials);
  if ('error' in result) throw new SettingsError(`Cannot merge the check shards: ${result.error}.`);
  const { merged } = result;
  const pull = settings.pullRequest;
  if (pull && (merged.base !== pull.baseSha || (pull.headSha && merged.head !== pull.headSha)))
    throw new SettingsError(
      `The partial reports are of ${merged.base.slice(0, 7)}..${merged.head.slice(0, 7)}, but this pull request is at ${pull.baseSha.slice(0, 7)}..${(pull.headSha ?? '').slice(0, 7)}: re-run the shards.`,
    );
  const started = edges.clock.now();
  // on a pull request the head is the checkout; the CLI's shards name theirs ('working tree': the checkout)
  const named = pull || merged.head === 'working tree' ? undefined : merged.head;
  let sides: CheckSides;
  try {
    sides = await readSides(
      { ...settings, ...(named ? { head: named } : { head: undefined }) },
      log,
      edges,
      undefined,
      merged.base,
    );
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    throw new SettingsError(
      `Cannot merge the check shards: ${error.message} (run the merge in the checkout the shards ran in).`,
    );
  }
  // which apps the shards had to account for, worked out again here (without the reports themselves,
  // when they were downloaded into the checkout)
  const shardsHead = new Map(sides.head);
  for (const file of files)
    shardsHead.delete(relative(settings.workspace, resolve(file)).split(sep).join('/'));
  if (!pull) {
    const content = headContentId(sides.head);
    if (content !== merged.headContent)
      throw new SettingsError(
        `Cannot merge the check shards: they read a head of other files (${merged.headContent}) than ${named ? named.slice(0, 7) : `the working tree of ${settings.workspace}`} holds (${content}): run the shards and the merge on the same files.`,
      );
  }
  const expected = await affectedSides(sides.base, shardsHead, await withRepositories(settings, log, edges));
  const uncovered = coverageError(partials, expected.affected, expected.units);
  if (uncovered) throw new SettingsError(`Cannot merge the check shards: ${uncovered}.`);
  const run: DiffRun = {
    diff: merged.diff,
    uncovered: merged.uncovered,
    units: merged.units,
    rendered: merged.rendered,
    changedFiles: merged.changedFiles,
    renderers: merged.renderers,
    timings: merged.timings,
    affected: merged.affected,
    unaffected: merged.unaffected,
    shardApps: partials.flatMap((p) => p.apps),
  };
  log.info(`Merged ${merged.shards} shard report(s): ${merged.rendered} render(s) in all.`);
  return published(
    settings,
    await outcomeOf(settings, sides, run, started, edges, publisher.fullReport(settings)),
    edges,
    publisher,
  );
}

/** Findings, verdict, the policy's eligibility and the comment: the same for every publisher. */
async function outcomeOf(
  settings: CheckSettings,
  sides: CheckSides,
  rendered: DiffRun,
  started: number,
  edges: Pick<Edges, 'renderer' | 'clock'>,
  fullReport: string,
): Promise<CheckOutcome> {
  // ignored objects are taken out of what every publisher shows, and counted per app for the policy
  const diff = ignoreLines(ignoreResources(rendered.diff, settings.ignoreResources), settings.ignoreLines);
  const run = { ...rendered, diff };
  const { base, head } = sides;
  const changedFiles = changedPaths(base, head);
  // an app the change touches that Slipway cannot preview is a warning, so fail-on: warning can stop it
  const findings = pullRequestFindings(run.diff, changedFiles);
  const repo = settings.repository;
  const server = settings.github.serverUrl;
  const headRef = sides.headSha ?? 'HEAD';
  // a file of the applications repository is named by its URL, not linked as one of this repository
  const appsRepo =
    settings.applicationsRepository &&
    `${applicationsRepositoryUrl(settings.applicationsRepository.repository, server)}@`;
  const elsewhere = appsRepo && ((file: string) => file.startsWith(appsRepo));
  const fileUrl = repo
    ? (file: string, line: number) =>
        elsewhere && elsewhere(file)
          ? undefined
          : `${server}/${repo.owner}/${repo.repo}/blob/${headRef}/${urlPath(file)}#L${line}`
    : undefined;
  // the policy comes from the base, never from the change
  const policyFile = policyFileIn(base);
  // (the policy's reader loads only for a repository with a policy file)
  const parsedPolicy = policyFile
    ? (await import('../core/policy/parsePolicy.js')).parsePolicy(policyFile.file, policyFile.text)
    : undefined;
  const onMerge = parsedPolicy
    ? eligibility({
        ...(parsedPolicy.policy && { policy: parsedPolicy.policy }),
        policyErrors: parsedPolicy.errors,
        fork: settings.pullRequest?.fork ?? false,
        changedFiles: [...changedFiles],
        uncovered: run.uncovered,
        diff: run.diff,
        trees: { base, head },
      })
    : undefined;
  const seconds = ((edges.clock.now() - started) / 1000).toFixed(1);
  const markdown = async () => {
    const [renderedWith, { diffMarkdown }, { timingMarkdown }] = await Promise.all([
      edges.renderer.versions(run.renderers),
      import('../core/report/diffMarkdown.js'),
      import('../core/report/checkSummary.js'),
    ]);
    const footer = `${renderedWith.length > 0 ? `Rendered with ${renderedWith.join(', ')}` : 'Nothing rendered'} · ${run.rendered} render(s) in ${seconds} s · Slipway ${VERSION}`;
    const common = {
      commentId: settings.commentId,
      context: settings.contextLines,
      ...(settings.argocdUrl && { argocdUrl: settings.argocdUrl }),
      footer,
      ...(fileUrl && { fileUrl }),
      ...(onMerge && { eligibility: onMerge }),
    };
    return {
      comment: diffMarkdown(run.diff, { ...common, fullReport }),
      summary: `${diffMarkdown(run.diff, { ...common, budget: Infinity })}\n${timingMarkdown(sides.readMs, run.rendered, run.timings)}\n`,
    };
  };
  let written: ReturnType<typeof markdown> | undefined;
  const failure = verdict(findings, settings);
  return {
    sides,
    run,
    changedFiles,
    findings,
    ...(failure && { verdict: failure }),
    ...(onMerge && { eligibility: onMerge }),
    ...(parsedPolicy?.policy && { policy: parsedPolicy.policy }),
    markdown: () => (written ??= markdown()),
    started,
  };
}

/** How many apps a change affects (no render), and a shard count for the matrix. */
export async function planCheck(
  settings: CheckSettings,
  log: Log,
  edges: Pick<Edges, 'trees' | 'clock'> & Partial<Pick<Edges, 'github' | 'repositories'>>,
): Promise<{ units: number; affected: number; shards: number; matrix: string[] }> {
  const sides = await readSides(settings, log, edges);
  // the applications repository's apps are shards' work too
  const plan = await planDiff(sides.base, sides.head, await withRepositories(settings, log, edges));
  const shards = suggestShards(plan.affected, settings.maxShards);
  const matrix = Array.from({ length: shards }, (_, i) => `${i + 1}/${shards}`);
  log.info(`${plan.affected} of ${plan.units} app(s) affected: ${shards} shard(s).`);
  return { ...plan, shards, matrix };
}
