// Bench: a shared-base PR (bench/gitops-repo.mjs: one kustomize component used by every kustomize app,
// the PR changes it, so every one of them is affected) previewed by `slipway diff`, without and with the
// render cache the push job keeps (`slipway validate --render-cache` on the base's checkout, as the
// action's push job runs it; timed apart), against its bare renders — every affected unit's
// `kubectl kustomize` at base and at head, run one per core (xargs -P), before and after the PR's runs and
// averaged, at Go's default collector. Nothing else is kept between runs (--no-tree-index, as a CI job's
// fresh checkout). Prints the median wall and CPU time of each, the ratios and peak RSS.
// Goal: ≤ 0.6 × the bare renders with the cache (the base's renders come from it); without it, as before.
// Usage: node bench/render-cache.mjs [apps=50] [runs=3]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, pullRequest } from './gitops-repo.mjs';
import { median, timedCommand, timedNode, withoutGoCollector } from './measure.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const APPS = Number(args[0] ?? 50);
const RUNS = Number(args[1] ?? 3);
const cli = process.env.SLIPWAY_CLI ?? new URL('../dist/cli.js', import.meta.url).pathname;
const REPO_URL = 'https://github.com/acme/bench-manifests';
const round = (x, digits = 3) => +x.toFixed(digits);
const spread = (xs) => [round(Math.min(...xs)), round(Math.max(...xs))];
// the bare renders run at Go's default collector, as a renderer that does not tune it runs them
const env = withoutGoCollector(process.env);

/** `slipway diff` of the PR, read whole; with the render cache or without. */
function diff(root, cache) {
  const diffArgs = ['diff', '--base', 'main', '--head', 'HEAD', '--no-tree-index', '--format', 'json'];
  if (cache) diffArgs.push('--render-cache');
  const run = timedNode([cli, ...diffArgs, '--repo-url', REPO_URL, root], { env });
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout);
  const fromCache = /(\d+) of (\d+) base render\(s\) from the render cache/.exec(run.stderr);
  return {
    ...run,
    rendered: report.rendered,
    fromCache: fromCache ? Number(fromCache[1]) : 0,
    baseRenders: fromCache ? Number(fromCache[2]) : undefined,
    report: run.stdout,
  };
}

/** The kustomize folders of the bench repository (every 10th app is a plain directory, not rendered). */
function kustomizeOverlays(apps) {
  const folders = [];
  for (let a = 0; a < apps; a++) {
    const app = `app${String(a).padStart(4, '0')}`;
    if (a % 10 !== 9) folders.push(`apps/${app}/overlays/staging`, `apps/${app}/overlays/production`);
  }
  return folders;
}

/** Every affected unit rendered at base and at head (two worktrees), one per core. */
function rendersPerCore(root, folders) {
  const queue = [...folders.map((f) => join(root, '.bench-base', f)), ...folders.map((f) => join(root, f))];
  return timedCommand('sh', ['-c', `xargs -0 -n1 -P${cpus().length} kubectl kustomize >/dev/null`], {
    cwd: root,
    input: queue.join('\0'),
    env,
  });
}

const loadAtStart = loadavg().map((x) => round(x, 2));
const root = mkdtempSync(join(tmpdir(), 'slipway-bench-render-cache-'));
try {
  const { units } = generate(root, { apps: APPS });
  // the push job: validate the base's checkout, keeping every render
  const pushed = timedNode([cli, 'validate', '--render-cache', '--repo-url', REPO_URL, root], { env });
  const kept = /kept (\d+) of (\d+) render\(s\)/.exec(pushed.stderr);
  if (!kept) throw new Error(`the push kept no renders: ${pushed.stderr}`);
  pullRequest(root, { shared: true });
  // the base's files beside the head's, for the bare renders (excluded from the diff: git ignores it)
  execFileSync('git', ['worktree', 'add', '-q', '--detach', '.bench-base', 'main'], { cwd: root });
  execFileSync('sh', ['-c', 'echo .bench-base >> .git/info/exclude'], { cwd: root });
  const folders = kustomizeOverlays(APPS);
  const before = rendersPerCore(root, folders);
  const without = [];
  const cached = [];
  // interleaved: the machine's speed drifts, and both sides see the same drift
  for (let r = 0; r < RUNS; r++) {
    without.push(diff(root, false));
    cached.push(diff(root, true));
  }
  const after = rendersPerCore(root, folders);
  const entries = readdirSync(join(root, '.git', 'slipway', 'render-cache')).length;
  if (cached.some((c) => c.report !== without[0].report))
    throw new Error('the preview with the render cache differs from the one without');
  const renders = {
    seconds: (before.seconds + after.seconds) / 2,
    cpu: (before.cpuSeconds + after.cpuSeconds) / 2,
  };
  const wall = (runs) => median(runs.map((r) => r.seconds));
  const cpu = (runs) => median(runs.map((r) => r.cpuSeconds));
  console.log(
    JSON.stringify({
      bench: 'render-cache-shared-base',
      cores: cpus().length,
      node: process.version,
      apps: APPS,
      units,
      runs: RUNS,
      loadAtStart,
      loadAtEnd: loadavg().map((x) => round(x, 2)),
      pushKept: Number(kept[1]),
      pushRendered: Number(kept[2]),
      pushSeconds: round(pushed.seconds),
      cacheEntries: entries,
      rendered: without[0].rendered,
      baseRendersFromCache: cached[0].fromCache,
      baseRenders: cached[0].baseRenders,
      rendersPerCoreSeconds: round(renders.seconds),
      rendersPerCoreRuns: [round(before.seconds), round(after.seconds)],
      rendersCpuSeconds: round(renders.cpu),
      withoutCacheSeconds: round(wall(without)),
      withoutCacheRange: spread(without.map((r) => r.seconds)),
      withoutCacheCpuSeconds: round(cpu(without)),
      withoutCachePeakRssMB: Math.round(Math.max(...without.map((r) => r.rssMB))),
      withCacheSeconds: round(wall(cached)),
      withCacheRange: spread(cached.map((r) => r.seconds)),
      withCacheCpuSeconds: round(cpu(cached)),
      withCachePeakRssMB: Math.round(Math.max(...cached.map((r) => r.rssMB))),
      ratioToRendersWithoutCache: round(wall(without) / renders.seconds, 2),
      ratioToRendersWithCache: round(wall(cached) / renders.seconds, 2),
      // CPU beside it: steadier than wall time on a loaded machine
      cpuRatioToRendersWithCache: round(cpu(cached) / renders.cpu, 2),
      goalRatioToRendersWithCache: 0.6,
    }),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
