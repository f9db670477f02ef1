// `slipway diff`: the predicted cluster diff between two revisions of a local checkout.
import { groupFindings, groupLine } from '../core/report/findings.js';
import { failingCount, pullRequestFindings, type FailOn } from '../core/report/pullRequestFindings.js';
import { changedPaths } from '../core/render/unitInputs.js';
import { computeDiff, type RenderScope } from '../commands/diff.js';
import { diffJson, diffMarkdown, diffText } from '../core/report/diffReport.js';
import { DEFAULT_KUBERNETES_VERSION } from '../core/validate/rules.js';
import { mergeBaseWithDefault, originUrl, resolveRevision } from '../edges/git.js';
import { diskTree, gitTree } from '../edges/trees.js';
import { parseKustomizeBuildOptions } from '../settings.js';
import { progressLine } from './progressLine.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { mergePartials, parseShard, partialReport, type PartialReport } from '../core/diff/shards.js';
import { reportFiles } from '../edges/reportFiles.js';

export interface DiffFlags {
  base?: string;
  head?: string;
  format: 'text' | 'markdown' | 'json';
  render: RenderScope;
  repoUrl: string[];
  kubernetesVersion?: string;
  kustomizeBuildOptions: string;
  shard?: string;
  report?: string;
  /** `slipway check` only: the lowest severity that makes the exit code 1, as the action's fail-on. */
  failOn?: FailOn;
}

export async function runDiff(dir: string, flags: DiffFlags): Promise<number> {
  const base = flags.base ? resolveRevision(dir, flags.base) : mergeBaseWithDefault(dir);
  if (!base) {
    process.stderr.write(
      `error: ${flags.base ? `"${flags.base}" is not a commit in ${dir}` : `cannot find where HEAD left the default branch in ${dir}; pass --base REV`}\n`,
    );
    return 2;
  }
  const head = flags.head ? resolveRevision(dir, flags.head) : undefined;
  if (flags.head && !head) {
    process.stderr.write(`error: "${flags.head}" is not a commit in ${dir}\n`);
    return 2;
  }
  let kustomizeBuildOptions: string[];
  try {
    kustomizeBuildOptions = parseKustomizeBuildOptions(
      flags.kustomizeBuildOptions,
      '--kustomize-build-options',
    );
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 2;
  }
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (flags.shard !== undefined && !shard) {
    process.stderr.write(`error: --shard must be INDEX/COUNT, like 2/5; got "${flags.shard}"\n`);
    return 2;
  }
  const started = Date.now();
  const progress = progressLine();
  const baseTree = gitTree(dir, base);
  const headTree = head ? gitTree(dir, head) : diskTree(dir);
  const run = await computeDiff(baseTree, headTree, {
    repoUrls: [...flags.repoUrl, ...[originUrl(dir)].filter((u): u is string => u !== undefined)],
    render: flags.render,
    kubernetesVersion: flags.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION,
    strict: false,
    requireSchemas: false,
    imageTagSeverity: 'warning',
    kustomizeBuildOptions,
    paths: [],
    ...(progress && { progress }),
    ...(shard && { shard }),
  });
  progress?.end();
  if (shard) {
    const partial = partialReport(run, shard, base, head ?? 'working tree');
    writeFileSync(flags.report ?? 'slipway-partial.json', `${JSON.stringify(partial)}\n`);
    process.stderr.write(
      `shard ${shard.index}/${shard.count}: ${run.rendered} render(s); partial report ${flags.report}\n`,
    );
    return 0;
  }
  if (flags.format === 'json')
    process.stdout.write(
      `${JSON.stringify({ ...(diffJson(run.diff) as object), units: run.units, rendered: run.rendered }, null, 2)}\n`,
    );
  else if (flags.format === 'markdown')
    process.stdout.write(`${diffMarkdown(run.diff, { commentId: 'cli' })}\n`);
  else process.stdout.write(diffText(run.diff, process.stdout.isTTY ?? false));
  process.stderr.write(
    `${run.units} app(s), ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${Date.now() - started} ms\n`,
  );
  if (flags.failOn === undefined) {
    const errors = run.diff.apps.flatMap((a) => a.findings).filter((f) => f.severity === 'error').length;
    return errors > 0 ? 1 : 0;
  }
  // check: the findings and the verdict of the action's check, grouped as its annotations are
  const findings = pullRequestFindings(run.diff, changedPaths(baseTree, headTree));
  for (const group of groupFindings(findings.filter((f) => f.severity !== 'notice')))
    process.stderr.write(`${groupLine(group)}\n`);
  const failing = failingCount(findings, flags.failOn);
  if (failing > 0)
    process.stderr.write(
      `${failing} finding(s) at or above "${flags.failOn}" in what the apps would deploy\n`,
    );
  return failing > 0 ? 1 : 0;
}

/** `slipway check merge FILES…`: the shards' partial reports → the one diff, as `slipway check` prints it. */
export async function runMerge(
  paths: string[],
  flags: { format: 'text' | 'markdown' | 'json' },
): Promise<number> {
  let partials: PartialReport[];
  try {
    partials = reportFiles(paths).map((file) => JSON.parse(readFileSync(file, 'utf8')) as PartialReport);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 2;
  }
  const result = mergePartials(partials);
  if ('error' in result) {
    process.stderr.write(`error: cannot merge the check shards: ${result.error}\n`);
    return 2;
  }
  const { diff, units, rendered } = result.merged;
  if (flags.format === 'json')
    process.stdout.write(`${JSON.stringify({ ...(diffJson(diff) as object), units, rendered }, null, 2)}\n`);
  else if (flags.format === 'markdown') process.stdout.write(`${diffMarkdown(diff, { commentId: 'cli' })}\n`);
  else process.stdout.write(diffText(diff, process.stdout.isTTY ?? false));
  const errors = diff.apps.flatMap((a) => a.findings).filter((f) => f.severity === 'error').length;
  return errors > 0 ? 1 : 0;
}
