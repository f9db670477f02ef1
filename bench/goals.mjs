// The performance goals, each beside the figure that holds it to account: `npm run bench` (bench/run.mjs)
// prints this table after its scripts, bench/results.json keeps it (`goals`), and docs/benchmarks.md shows
// it (scripts/bench-docs.mjs). One row per workload: what is measured, the goal, and where its figure comes
// from — a line a bench script printed (by its `bench` name); "not measured" until that script has run.
//
// A row's `measure(lines)` gets every JSON line of the last run's results (each with `script` and `args`)
// and returns undefined when its figure is missing, or { measured, met }: the text of the figure (every
// number in it a value of the results, as docs/benchmarks.md must quote them) and whether the goal is met.
// `targets` are the numbers the goal's text states (kept in the file with it, for the same reason).

const figure = (n) => (Number.isInteger(n) && Math.abs(n) >= 1000 ? n.toLocaleString('en-US') : String(n));
const x = (n) => `${figure(n)} ×`;
const find = (lines, bench, where = () => true) => lines.find((l) => l.bench === bench && where(l));
const command = (l) => `\`node ${l.script}${l.args.map((a) => ` ${a}`).join('')}\``;

export const GOALS = [
  {
    workload: 'a one-app PR, 500 kustomize apps, read whole (`--no-tree-index`)',
    goal: "≤ 3 × its floor (`node -e 0` and the app's two renders)",
    targets: [3],
    measure(lines) {
      const l = find(lines, 'check-diff', (c) => c.apps === 500);
      return (
        l && {
          measured: `${x(l.ratioToFloor)} (${figure(l.wallSeconds)} s against ${figure(l.floorSeconds)} s; CPU ${figure(l.cpuSeconds)} s against ${figure(l.floorCpuSeconds)} s; ${command(l)})`,
          met: l.ratioToFloor <= 3,
        }
      );
    },
  },
  {
    workload: "a one-app PR, 500 kustomize apps, the base's tree index kept",
    goal: '≤ 1.8 × its floor',
    targets: [1.8],
    measure(lines) {
      const l = find(lines, 'check-diff', (c) => c.apps === 500 && c.ratioToFloorKeptIndex !== undefined);
      return (
        l && {
          measured: `${x(l.ratioToFloorKeptIndex)} (${figure(l.keptIndexWallSeconds)} s; CPU ${figure(l.keptIndexCpuSeconds)} s; ${command(l)})`,
          met: l.ratioToFloorKeptIndex <= 1.8,
        }
      );
    },
  },
  {
    workload:
      "a one-app PR, 1,000 apps from ApplicationSets (git directories, and a list × git directories matrix, a few sprig calls), the base's tree index kept",
    goal: '≤ 3 × its floor',
    targets: [3],
    measure(lines) {
      const l = find(lines, 'appset-pr');
      return (
        l && {
          measured: `${x(l.ratioToFloorKeptIndex)} (${figure(l.keptIndexWallSeconds)} s against ${figure(l.floorSeconds)} s; CPU ${x(l.cpuRatioToFloorKeptIndex)}, ${figure(l.keptIndexCpuSeconds)} s against ${figure(l.floorCpuSeconds)} s); read whole ${x(l.ratioToFloor)} (${figure(l.wallSeconds)} s; ${command(l)})`,
          met: l.ratioToFloorKeptIndex <= l.goalRatioToFloorKeptIndex,
        }
      );
    },
  },
  {
    workload: "a README-only PR on the same 1,000 generated apps, the base's tree index kept",
    goal: '≤ 3 × `node -e 0`',
    targets: [3],
    measure(lines) {
      const l = find(lines, 'appset-pr');
      return (
        l && {
          measured: `${x(l.readmeRatioToNode)} (${figure(l.readmeWallSeconds)} s against ${figure(l.nodeFloorSeconds)} s; CPU ${x(l.readmeCpuRatioToNode)})`,
          met: l.readmeRatioToNode <= l.goalReadmeRatioToNode,
        }
      );
    },
  },
  {
    workload:
      'expanding 1,000 generated apps (git directories over 1,000 folders, a template with a dozen sprig calls): the expansion in process, cold, timed alone',
    goal: "≤ 0.1 × a one-app preview's floor",
    targets: [0.1],
    measure(lines) {
      const l = find(lines, 'appset-fleet');
      return (
        l && {
          measured: `${x(l.ratio)} (${figure(l.expandMs)} ms against ${figure(l.floorMs)} ms; CPU ${x(l.cpuRatio)}, ${figure(l.expandCpuMs)} ms against ${figure(l.floorCpuMs)} ms); the 999 apps beyond the first ${x(l.marginalRatio)} (CPU ${x(l.marginalCpuRatio)}; ${command(l)})`,
          met: l.ratio <= l.goalRatio,
        }
      );
    },
  },
  {
    workload: 'a one-app PR, 10,000 kustomize apps, read whole',
    goal: '≤ 6 × its floor',
    targets: [6],
    measure(lines) {
      const l = find(lines, 'check-diff', (c) => c.apps === 10000);
      return (
        l && {
          measured: `${x(l.ratioToFloor)} (${figure(l.wallSeconds)} s against ${figure(l.floorSeconds)} s; CPU ${figure(l.cpuSeconds)} s against ${figure(l.floorCpuSeconds)} s; ${command(l)})`,
          met: l.ratioToFloor <= 6,
        }
      );
    },
  },
  {
    workload: "a one-app PR, 10,000 kustomize apps, the base's tree index kept",
    goal: '≤ 2.5 × its floor',
    targets: [2.5],
    measure(lines) {
      const l = find(lines, 'check-diff', (c) => c.apps === 10000 && c.ratioToFloorKeptIndex !== undefined);
      return (
        l && {
          measured: `${x(l.ratioToFloorKeptIndex)} (${figure(l.keptIndexWallSeconds)} s; CPU ${figure(l.keptIndexCpuSeconds)} s; ${command(l)})`,
          met: l.ratioToFloorKeptIndex <= 2.5,
        }
      );
    },
  },
  {
    workload: 'a one-app PR, 300 Helm apps sharing one chart, read whole',
    goal: '≤ 3 × its floor (`node -e 0` and two `helm template` with the same flags)',
    targets: [3],
    measure(lines) {
      const l = find(lines, 'helm-fleet', (c) => c.apps === 300);
      return (
        l && {
          measured: `${x(l.ratioToFloor)} (${figure(l.wallSeconds)} s against ${figure(l.floorSeconds)} s; CPU ${x(l.cpuRatioToFloor)}; ${command(l)})`,
          met: l.ratioToFloor <= l.goalRatioToFloor,
        }
      );
    },
  },
  {
    workload: "a shared-base / shared-chart PR with the base's renders cached",
    goal: '≤ 0.6 × its bare renders (base and head) run one per core',
    targets: [0.6],
    measure(lines) {
      const l = find(lines, 'render-cache-shared-base');
      return (
        l && {
          measured: `${x(l.ratioToRendersWithCache)} (${figure(l.withCacheSeconds)} s against ${figure(l.rendersPerCoreSeconds)} s; CPU ${x(l.cpuRatioToRendersWithCache)}); without the cache ${x(l.ratioToRendersWithoutCache)} (${command(l)})`,
          met: l.ratioToRendersWithCache <= l.goalRatioToRendersWithCache,
        }
      );
    },
  },
  {
    workload: '`validate` on 100,000 objects in 5,000 files',
    goal: '≥ 0.6 × the throughput of parsing the same files with js-yaml; peak RSS ≤ 200 MB at any size',
    targets: [0.6, 200],
    measure(lines) {
      const all = lines.filter((l) => l.bench === 'validate-folder');
      const l = all.find((c) => c.objects === 100000);
      return (
        l && {
          measured: `${x(l.ratioToParseOnly)} (CPU ${figure(l.cpuSeconds)} s against ${figure(l.parseOnlyCpuSeconds)} s); peak RSS ${all.map((c) => `${figure(c.peakRssMB)} MB at ${figure(c.objects)} objects`).join(', ')} (${command(l)})`,
          met: l.ratioToParseOnly >= 0.6 && all.every((c) => c.peakRssMB <= 200),
        }
      );
    },
  },
  {
    workload: '`validate` on 200,000 objects',
    goal: 'peak RSS ≤ 200 MB (a flat memory curve)',
    targets: [200],
    measure(lines) {
      const l = find(lines, 'validate-folder', (c) => c.objects === 200000);
      return (
        l && {
          measured: `peak RSS ${figure(l.peakRssMB)} MB; throughput ${x(l.ratioToParseOnly)} parse-only (${command(l)})`,
          met: l.peakRssMB <= l.goalPeakRssMB,
        }
      );
    },
  },
];

/** Every goal against the lines of a results file: { workload, goal, measured, met } with met yes/no/not measured. */
export function goalTable(results) {
  const lines = results.results.flatMap((entry) =>
    entry.lines.map((line) => ({ ...line, script: entry.script, args: entry.args })),
  );
  return GOALS.map((g) => {
    const m = g.measure(lines);
    return {
      workload: g.workload,
      goal: g.goal,
      // the goal's numbers, as values of the file (docs/benchmarks.md quotes only those)
      targets: g.targets,
      measured: m ? m.measured : 'not measured',
      met: m ? (m.met ? 'yes' : 'no') : 'not measured',
    };
  });
}
