// Bench: `slipway diff` (the check's work, whole process) on a synthetic repo of N apps for a PR that
// touches one app, against its floor measured in the same run — `node -e 0` plus the two `kubectl
// kustomize` runs of that app (base and head) — and against `--render all` (our own render of every app
// at both revisions, a stand-in for argocd-diff-preview's default method; not that tool itself — at Go's
// default collector, as a renderer that does not tune it runs, and again with Slipway's settings).
// Goals: one-app PR ≤ 3 × the floor read whole, ≤ 1.8 × with the base's tree index kept, and ≥ 100 × faster than render-all; a one-app PR on 2,000 apps
// ≤ 1.3 × the same PR on 50 apps; a shared-base PR ≤ 1.15 × the sum of its renders run N-per-core (bare
// `kubectl kustomize <overlay>` at Go's default collector, run before and after the PR's run and averaged;
// both sides through one `kubectl` shim that times each kustomize run; once more after, with the collector
// settings Slipway gives its renders, for its overhead beside renders as cheap as its own), and ≤ 256 MB
// at 500 apps. Each figure is taken twice where it differs: with nothing kept between runs
// (--no-tree-index, as a CI job's fresh checkout) and with the base's tree index an earlier preview kept
// (a local checkout previewed again; the run that keeps it is timed apart, as keepingRun…).
// At 10,000 apps (`node bench/check-diff.mjs 10000 3 --no-all`: generating the repository takes minutes) the
// goals are ≤ 6 × the floor read whole and ≤ 2.5 × with the base's tree index kept.
// Usage: node bench/check-diff.mjs [apps=500] [runs=5] [--growth [--no-shared]] [--no-all] | [apps=500] --shared (the shared-base PR
// alone)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, pullRequest } from './gitops-repo.mjs';
import { median, slipwayGoCollector, timedCommand, timedNode, withoutGoCollector } from './measure.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const APPS = Number(args[0] ?? 500);
const RUNS = Number(args[1] ?? 5);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const round = (x, digits = 3) => +x.toFixed(digits);
const spread = (xs) => [round(Math.min(...xs)), round(Math.max(...xs))];

/**
 * `slipway diff` of the bench's PR. `index`: 'none' (--no-tree-index: nothing kept between runs, as a CI
 * job's fresh checkout), or 'kept' (the base's tree index the first such run kept in .git/slipway).
 */
function diff(root, render, env = process.env, index = 'none') {
  const args = ['diff', '--base', 'main', '--head', 'HEAD', '--render', render, '--format', 'json'];
  if (index === 'none') args.push('--no-tree-index');
  const run = timedNode([cli, ...args, '--repo-url', 'https://github.com/acme/bench-manifests', root], {
    env,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout);
  return { ...run, rendered: report.rendered, appsChanged: report.apps.length };
}

/**
 * A `kubectl` first on PATH that runs the real one under bash's `time`, appending each run's CPU seconds
 * (to the millisecond) to a log: the CPU of Slipway's own kustomize runs, measured in the same run as the
 * whole process tree, so what Slipway spends beside them does not depend on the machine's drift between
 * two runs. (`/usr/bin/time` prints to the hundredth and cuts the rest off: ~10 ms of a ~90 ms run went
 * uncounted, 18 s over a shared-base PR's 1,800 renders, which the previous rounds counted as Slipway's.)
 */
function countingKubectl() {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-kubectl-'));
  const real = execFileSync('sh', ['-c', 'command -v kubectl']).toString().trim();
  const log = join(dir, 'cpu.log');
  writeFileSync(log, '');
  writeFileSync(
    join(dir, 'kubectl'),
    `#!/bin/bash\nTIMEFORMAT='%3U %3S'\n{ time '${real}' "$@" 2>&4 4>&- ; } 4>&2 2>>'${log}'\n`,
    { mode: 0o755 },
  );
  return {
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
    cpuSeconds: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .reduce((sum, line) => sum + line.split(' ').reduce((a, b) => a + Number(b), 0), 0),
    reset: () => writeFileSync(log, ''),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The floor of a one-app PR: node's start and the two renders it cannot avoid, one after the other. */
function floor(root, folder) {
  const node = timedNode(['-e', '0']);
  const render = () => timedCommand('kubectl', ['kustomize', folder], { cwd: root });
  const base = render();
  const head = render();
  return {
    seconds: node.seconds + base.seconds + head.seconds,
    cpu: node.cpuSeconds + base.cpuSeconds + head.cpuSeconds,
  };
}

/**
 * The renders a shared-base PR needs (every affected unit at base and head), run one per core — through
 * the same `kubectl` shim as the PR's run, so the shim's own cost (~1.5 ms of CPU a render) is on both sides.
 */
function rendersPerCore(root, folders, env) {
  const start = process.hrtime.bigint();
  let cpu = 0;
  const queue = [...folders, ...folders];
  // one `xargs -P` keeps cpus().length renders running, as Slipway's pool does
  const out = timedCommand('sh', ['-c', `xargs -0 -n1 -P${cpus().length} kubectl kustomize >/dev/null`], {
    cwd: root,
    input: queue.join('\0'),
    env,
  });
  cpu += out.cpuSeconds;
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu };
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

function scenario(apps, pr, runs, { all, floors }) {
  const root = mkdtempSync(join(tmpdir(), 'slipway-bench-check-'));
  try {
    const { units } = generate(root, { apps });
    pullRequest(root, pr);
    const changed = [];
    const floorRuns = [];
    // the shared-base PR's baseline is run before and after it and averaged: this machine's speed drifts
    // by 15 % within minutes, and one baseline run on one side of the PR's run showed that drift as ratio
    const kustomizeFolders = pr.shared && floors ? kustomizeOverlays(apps) : [];
    const counting = pr.shared && floors ? countingKubectl() : undefined;
    // the goal's baseline runs with Go's default collector; Slipway sets its own for its renders
    const goDefault = counting && withoutGoCollector(counting.env);
    const rendersBefore = counting ? rendersPerCore(root, kustomizeFolders, goDefault) : undefined;
    counting?.reset();
    const kept = [];
    for (let i = 0; i < runs; i++) {
      changed.push(diff(root, 'changed', goDefault));
      // (the first run with an index keeps one; the later ones read it)
      if (!pr.shared) kept.push(diff(root, 'changed', goDefault, 'kept'));
      if (floors && !pr.shared) floorRuns.push(floor(root, 'apps/app0000/overlays/staging'));
    }
    const seconds = median(changed.map((r) => r.seconds));
    const result = {
      apps,
      units,
      pr: pr.shared ? 'shared base' : `${pr.apps} app(s)`,
      wallSeconds: round(seconds),
      wallRange: spread(changed.map((r) => r.seconds)),
      cpuSeconds: round(median(changed.map((r) => r.cpuSeconds))),
      rendered: changed[0].rendered,
      appsChanged: changed[0].appsChanged,
      peakRssMB: Math.round(Math.max(...changed.map((r) => r.rssMB))),
    };
    const reading = kept.slice(1);
    const keptSeconds = reading.length > 0 ? median(reading.map((r) => r.seconds)) : undefined;
    if (keptSeconds)
      Object.assign(result, {
        keptIndexWallSeconds: round(keptSeconds),
        keptIndexCpuSeconds: round(median(reading.map((r) => r.cpuSeconds))),
        keepingRunSeconds: round(kept[0].seconds),
      });
    if (floorRuns.length > 0) {
      const floorSeconds = median(floorRuns.map((f) => f.seconds));
      Object.assign(result, {
        floorSeconds: round(floorSeconds),
        floorCpuSeconds: round(median(floorRuns.map((f) => f.cpu))),
        ratioToFloor: round(seconds / floorSeconds, 2),
        cpuRatioToFloor: round(result.cpuSeconds / median(floorRuns.map((f) => f.cpu)), 2),
        ...(keptSeconds && {
          ratioToFloorKeptIndex: round(keptSeconds / floorSeconds, 2),
          cpuRatioToFloorKeptIndex: round(
            result.keptIndexCpuSeconds / median(floorRuns.map((f) => f.cpu)),
            2,
          ),
          keptIndexPeakRssMB: Math.round(Math.max(...reading.map((r) => r.rssMB))),
          goalRatioToFloorKeptIndex: apps >= 10000 ? 2.5 : 1.8,
        }),
        goalRatioToFloor: apps >= 10000 ? 6 : 3,
      });
    }
    if (rendersBefore) {
      const kustomizeCpu = counting.cpuSeconds() / runs;
      const after = rendersPerCore(root, kustomizeFolders, goDefault);
      // the same renders with the collector settings Slipway gives its own: what Slipway spends beside
      // renders as cheap as its own
      const sameCollector = rendersPerCore(root, kustomizeFolders, { ...goDefault, ...slipwayGoCollector() });
      counting.remove();
      const renders = {
        seconds: (rendersBefore.seconds + after.seconds) / 2,
        cpu: (rendersBefore.cpu + after.cpu) / 2,
      };
      Object.assign(result, {
        rendersPerCoreSeconds: round(renders.seconds),
        rendersPerCoreRuns: [round(rendersBefore.seconds), round(after.seconds)],
        rendersCpuSeconds: round(renders.cpu),
        // what Slipway spends beside the renders themselves (CPU of the whole process tree, helper included)
        ownCpuSeconds: round(result.cpuSeconds - renders.cpu),
        // the same, against Slipway's own kustomize runs in the same run (robust to the machine's drift)
        kustomizeCpuSecondsSameRun: round(kustomizeCpu),
        ownCpuSecondsSameRun: round(result.cpuSeconds - kustomizeCpu),
        ratioToRenders: round(seconds / renders.seconds, 2),
        goalRatioToRenders: 1.15,
        rendersSameGoCollectorSeconds: round(sameCollector.seconds),
        rendersSameGoCollectorCpuSeconds: round(sameCollector.cpu),
        ratioToRendersSameGoCollector: round(seconds / sameCollector.seconds, 2),
        goalPeakRssMB: 256,
      });
    }
    if (all) {
      // at Go's default collector, as a renderer that does not tune it (Argo CD's repo-server) renders
      // every app; and with the collector settings Slipway gives its own renders
      const everything = diff(root, 'all', { ...withoutGoCollector(process.env), GOGC: '100' });
      const everythingTuned = diff(root, 'all', withoutGoCollector(process.env));
      Object.assign(result, {
        allSeconds: round(everything.seconds),
        allCpuSeconds: round(everything.cpuSeconds),
        allRendered: everything.rendered,
        ratioToAll: round(everything.seconds / seconds, 1),
        ...(keptSeconds && { ratioToAllKeptIndex: round(everything.seconds / keptSeconds, 1) }),
        goalRatioToAll: 100,
        allSlipwayGoCollectorSeconds: round(everythingTuned.seconds),
        ratioToAllSlipwayGoCollector: round(everythingTuned.seconds / seconds, 1),
      });
    }
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const machine = { cores: cpus().length, loadAverage: round(loadavg()[0], 2), node: process.version };
const sharedBase = () =>
  console.log(
    JSON.stringify({
      bench: 'check-shared-base',
      ...machine,
      ...scenario(APPS, { shared: true }, 1, { all: false, floors: true }),
    }),
  );
if (process.argv.includes('--shared')) {
  sharedBase();
  process.exit(0);
}
console.log(
  JSON.stringify({
    bench: 'check-diff',
    ...machine,
    ...scenario(APPS, { apps: 1 }, RUNS, { all: !process.argv.includes('--no-all'), floors: true }),
  }),
);
/**
 * The one-app PR on 50, 500 and 2,000 apps, run in rounds that take each size in turn (50, 500, 2,000,
 * 50, …): the machine's speed drifts by a fifth within minutes, and sizes measured one after another
 * showed that drift as growth (1.68 × and 2.63 × in two runs of one bundle an hour apart).
 */
/** bench/read-whole-floor.mjs on the base: the least reading it whole costs, in ms of its own process. */
const readWholeFloorMs = (root) =>
  JSON.parse(timedNode([new URL('./read-whole-floor.mjs', import.meta.url).pathname, root, 'main']).stdout)
    .ms;

function growthInTurn(sizes, runs) {
  const repos = sizes.map((apps) => {
    const root = mkdtempSync(join(tmpdir(), 'slipway-bench-check-'));
    const { units } = generate(root, { apps });
    pullRequest(root, { apps: 1 });
    return { apps, units, root, runs: [], keeping: [], kept: [], floors: [] };
  });
  const forget = (root) => rmSync(join(root, '.git', 'slipway'), { recursive: true, force: true });
  try {
    for (let i = 0; i < runs; i++)
      for (const repo of repos) {
        repo.runs.push(diff(repo.root, 'changed'));
        // a run that finds no index and keeps one, then one that reads it
        forget(repo.root);
        repo.keeping.push(diff(repo.root, 'changed', process.env, 'kept'));
        repo.kept.push(diff(repo.root, 'changed', process.env, 'kept'));
        repo.floors.push(readWholeFloorMs(repo.root));
      }
    const wall = (done) => round(median(done.map((r) => r.seconds)));
    return repos.map(({ apps, units, runs: done, keeping, kept, floors }) => ({
      apps,
      units,
      pr: '1 app(s)',
      wallSeconds: wall(done),
      wallRange: spread(done.map((r) => r.seconds)),
      cpuSeconds: round(median(done.map((r) => r.cpuSeconds))),
      keptIndexWallSeconds: wall(kept),
      keptIndexWallRange: spread(kept.map((r) => r.seconds)),
      keptIndexCpuSeconds: round(median(kept.map((r) => r.cpuSeconds))),
      keepingRunWallSeconds: wall(keeping),
      keepingRunCpuSeconds: round(median(keeping.map((r) => r.cpuSeconds))),
      readWholeFloorMs: median(floors),
      rendered: done[0].rendered,
      peakRssMB: Math.round(Math.max(...[...done, ...keeping, ...kept].map((r) => r.rssMB))),
    }));
  } finally {
    for (const { root } of repos) rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv.includes('--growth')) {
  const growth = {};
  for (const r of growthInTurn([50, 500, 2000], RUNS)) {
    growth[r.apps] = r;
    console.log(JSON.stringify({ bench: 'check-growth', ...machine, ...r }));
  }
  console.log(
    JSON.stringify({
      bench: 'check-growth',
      // nothing kept between runs (a CI job's fresh checkout)
      ratio2000to50: round(growth[2000].wallSeconds / growth[50].wallSeconds, 2),
      // the base's tree index kept by an earlier preview of it (a local checkout previewed again)
      ratio2000to50KeptIndex: round(growth[2000].keptIndexWallSeconds / growth[50].keptIndexWallSeconds, 2),
      // the same in CPU time (the whole process tree): steadier than wall time on this machine
      cpuRatio2000to50: round(growth[2000].cpuSeconds / growth[50].cpuSeconds, 2),
      cpuRatio2000to50KeptIndex: round(growth[2000].keptIndexCpuSeconds / growth[50].keptIndexCpuSeconds, 2),
      // the least a preview that reads the base whole on one thread could reach: the 50-app run plus only what
      // listing, grepping, reading and parsing 2,000 apps' Applications and kustomizations adds
      readWholeLowerBound2000to50: round(
        (growth[50].wallSeconds + (growth[2000].readWholeFloorMs - growth[50].readWholeFloorMs) / 1000) /
          growth[50].wallSeconds,
        2,
      ),
      goal: 1.3,
    }),
  );
  if (!process.argv.includes('--no-shared')) sharedBase();
}
