// Renders docs/benchmarks.md's figures from bench/results.json (the last `npm run bench`) between the
// marker comments, as scripts/action-docs.mjs renders the inputs table from action.yml. Every number in the
// block is a value of that file, printed as it is there; nothing is computed here but whether a goal is met.
// `node scripts/bench-docs.mjs` rewrites docs/benchmarks.md; a test checks that it is up to date and that
// every figure in the user docs is a value of bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { goalTable } from '../bench/goals.mjs';

/** A value as the docs print it: integers from 1,000 up with thousands separators, others as written. */
export const figure = (n) =>
  Number.isInteger(n) && Math.abs(n) >= 1000 ? n.toLocaleString('en-US') : String(n);

const bold = (n, unit = '') => `**${figure(n)}${unit}**`;
const x = (n) => `${figure(n)} ×`;
const met = (ok) => (ok ? 'yes' : '**no**');

/** The goals and where they stand: one row per goal a benchmark prints, with the command that measured it. */
function goalRows(results) {
  const rows = [];
  const entries = results.results;
  const command = (entry) =>
    `\`node ${entry.script}${entry.args.map((a) => ` ${a}`).join('')}\`` +
    (entry.commit !== results.results[0]?.commit ? ` at \`${entry.commit}\`` : '');
  const lines = (bench) =>
    entries.flatMap((entry) => entry.lines.filter((l) => l.bench === bench).map((line) => ({ line, entry })));

  for (const { line: l, entry } of lines('check-diff')) {
    rows.push([
      `a one-app PR on ${figure(l.apps)} apps ≤ ${x(l.goalRatioToFloor)} its floor read whole` +
        (l.goalRatioToFloorKeptIndex === undefined
          ? ''
          : `, ≤ ${x(l.goalRatioToFloorKeptIndex)} with the base's tree index kept`) +
        ` (${command(entry)})`,
      `read whole **${x(l.ratioToFloor)}** (${figure(l.wallSeconds)} s against ${figure(l.floorSeconds)} s; CPU ${figure(l.cpuSeconds)} s against ${figure(l.floorCpuSeconds)} s)` +
        (l.ratioToFloorKeptIndex === undefined
          ? ''
          : `; kept ${x(l.ratioToFloorKeptIndex)} (${figure(l.keptIndexWallSeconds)} s); peak RSS ${figure(l.peakRssMB)} MB`),
      met(
        l.ratioToFloor <= l.goalRatioToFloor &&
          (l.goalRatioToFloorKeptIndex === undefined ||
            l.ratioToFloorKeptIndex <= l.goalRatioToFloorKeptIndex),
      ),
    ]);
    if (l.goalRatioToAll !== undefined)
      rows.push([
        `… and ≥ ${x(l.goalRatioToAll)} faster than rendering every app at both revisions (Slipway's own render-all stand-in, not another tool's run)`,
        `read whole **${x(l.ratioToAll)}**` +
          (l.ratioToAllKeptIndex === undefined ? '' : `, kept ${x(l.ratioToAllKeptIndex)}`) +
          ` (render-all ${figure(l.allSeconds)} s, ${figure(l.allRendered)} renders); ${x(l.ratioToAllSlipwayGoCollector)} when render-all gets Slipway's collector settings too`,
        met(l.ratioToAll >= l.goalRatioToAll),
      ]);
  }
  for (const { line: l, entry } of lines('check-growth'))
    if (l.goal !== undefined)
      rows.push([
        `a one-app PR on 2,000 apps ≤ ${x(l.goal)} the same PR on 50 apps (${command(entry)})`,
        `kept **${x(l.ratio2000to50KeptIndex)}** (CPU ${x(l.cpuRatio2000to50KeptIndex)}); read whole ${x(l.ratio2000to50)} (CPU ${x(l.cpuRatio2000to50)}), of which listing, grepping, reading and parsing the base's Applications and kustomizations on one thread already make ${x(l.readWholeLowerBound2000to50)}`,
        l.ratio2000to50KeptIndex <= l.goal
          ? l.ratio2000to50 <= l.goal
            ? 'yes'
            : 'with the index, as a check gets it in CI; read whole, **no**'
          : '**no**',
      ]);
  for (const { line: l } of lines('check-shared-base')) {
    rows.push([
      `a PR that changes a base every app shares (${figure(l.apps)} apps, ${figure(l.rendered)} renders) ≤ ${x(l.goalRatioToRenders)} its renders run one per core`,
      `**${x(l.ratioToRenders)}** (${figure(l.wallSeconds)} s against ${figure(l.rendersPerCoreSeconds)} s); ${x(l.ratioToRendersSameGoCollector)} beside renders with Slipway's collector settings`,
      met(l.ratioToRenders <= l.goalRatioToRenders),
    ]);
    rows.push([
      `… peak RSS ≤ ${figure(l.goalPeakRssMB)} MB`,
      bold(l.peakRssMB, ' MB'),
      met(l.peakRssMB <= l.goalPeakRssMB),
    ]);
  }
  const files = lines('validate-files');
  for (const { line: l, entry } of files.slice(0, 1))
    rows.push([
      `validation ≥ ${figure(l.goalObjectsPerCpuSecond)} objects per CPU-second (${command(entry)}, one file)`,
      files.map(({ line: f }) => `${bold(f.objectsPerCpuSecond)} at ${figure(f.objects)} objects`).join('; '),
      met(files.every(({ line: f }) => f.objectsPerCpuSecond >= f.goalObjectsPerCpuSecond)),
    ]);
  for (const { line: l } of files.slice(0, 1))
    rows.push([
      `… ≥ ${x(l.goalRatioToParseOnly)} the throughput of parsing alone with js-yaml`,
      files
        .map(({ line: f }) => `${bold(f.ratioToParseOnly, ' ×')} at ${figure(f.objects)} objects`)
        .join('; '),
      met(files.every(({ line: f }) => f.ratioToParseOnly >= f.goalRatioToParseOnly)),
    ]);
  for (const { line: l } of files.slice(-1))
    if (l.goalPeakRssMB !== undefined)
      rows.push([
        `… peak RSS ≤ ${figure(l.goalPeakRssMB)} MB at ${figure(l.objects)} objects`,
        bold(l.peakRssMB, ' MB'),
        met(l.peakRssMB <= l.goalPeakRssMB),
      ]);
  for (const { line: l, entry } of lines('validate-folder'))
    rows.push([
      `\`validate\` on ${figure(l.objects)} objects in ${figure(l.files)} files ≥ ${x(l.goalRatioToParseOnly)} the throughput of parsing the same files with js-yaml, peak RSS ≤ ${figure(l.goalPeakRssMB)} MB (${command(entry)})`,
      `**${x(l.ratioToParseOnly)}** (CPU ${figure(l.cpuSeconds)} s against ${figure(l.parseOnlyCpuSeconds)} s; wall ${figure(l.wallSeconds)} s against ${figure(l.parseOnlyWallSeconds)} s); peak RSS ${bold(l.peakRssMB, ' MB')} (parsing alone ${figure(l.parseOnlyPeakRssMB)} MB)`,
      met(l.ratioToParseOnly >= l.goalRatioToParseOnly && l.peakRssMB <= l.goalPeakRssMB),
    ]);
  for (const { line: l, entry } of lines('helm-fleet'))
    rows.push([
      `a one-app PR on ${figure(l.apps)} Helm apps sharing one chart, read whole, ≤ ${x(l.goalRatioToFloor)} its floor (\`node -e 0\` and the app's two \`helm template\` runs; ${command(entry)})`,
      `**${x(l.ratioToFloor)}** (${figure(l.wallSeconds)} s against ${figure(l.floorSeconds)} s); CPU ${x(l.cpuRatioToFloor)} (${figure(l.cpuSeconds)} s against ${figure(l.floorCpuSeconds)} s); peak RSS ${figure(l.peakRssMB)} MB`,
      met(l.ratioToFloor <= l.goalRatioToFloor),
    ]);
  for (const { line: l, entry } of lines('start'))
    if (l.build === 'now') {
      rows.push([
        `\`slipway --version\` ≤ ${x(l.versionRatioGoal)} \`node -e 0\` and ≤ ${figure(l.versionRssGoalMB)} MB (${command(entry)})`,
        `**${x(l.versionRatio)}** (${figure(l.versionSeconds)} s against ${figure(l.nodeFloorSeconds)} s); ${figure(l.versionRssMB)} MB`,
        met(l.versionRatio <= l.versionRatioGoal && l.versionRssMB <= l.versionRssGoalMB),
      ]);
      rows.push([
        `the action's first output ≤ ${x(l.actionFirstOutputRatioGoal)} \`node -e 0\``,
        `**${x(l.actionFirstOutputRatio)}** (${figure(l.actionFirstOutputSeconds)} s)`,
        met(l.actionFirstOutputRatio <= l.actionFirstOutputRatioGoal),
      ]);
    }
  for (const { line: l, entry } of lines('bump-github'))
    rows.push([
      `bump: ≤ ${figure(l.small.goalRequests)} API requests for a new branch, ≤ ${figure(l.small.goalRefreshRequests)} for a refresh (${command(entry)})`,
      `**${figure(l.small.requests)} and ${figure(l.small.refreshRequests)}** for ${figure(l.small.files)} files; ${figure(l.large.requests)} and ${figure(l.large.refreshRequests)} for ${figure(l.large.files)}`,
      met(
        [l.small, l.large].every(
          (s) => s.requests <= s.goalRequests && s.refreshRequests <= s.goalRefreshRequests,
        ),
      ),
    ]);
  for (const { line: l, entry } of lines('bump-large-file')) {
    const sizes = Object.keys(l.sizes);
    const [first, last] = [sizes[0], sizes.at(-1)];
    const ratio = l.sizes[last].ratioToBase;
    rows.push([
      `bump of one ${last.replace('MiB', ' MiB')} file ≤ ${x(l.goal)} one of ${first.replace('MiB', ' MiB')} (${command(entry)})`,
      `**${x(ratio)}** wall, ${x(l.sizes[last].cpuRatioToBase)} CPU (${first.replace('MiB', ' MiB')}: ${figure(l.sizes[first].medianCpuSeconds)} CPU-s, ${figure(l.sizes[first].peakRssMB)} MB; ${last.replace('MiB', ' MiB')}: ${figure(l.sizes[last].medianCpuSeconds)} CPU-s, ${figure(l.sizes[last].peakRssMB)} MB)`,
      met(ratio <= l.goal),
    ]);
  }
  return rows;
}

/** Figures without a goal: what the other benchmarks measured, each with its command. */
function otherRows(results) {
  const rows = [];
  for (const entry of results.results)
    for (const l of entry.lines) {
      const where = `\`node ${entry.script}${entry.args.map((a) => ` ${a}`).join('')}\``;
      if (l.bench === 'check-growth' && l.apps !== undefined)
        rows.push([
          `one-app PR on ${figure(l.apps)} apps (${figure(l.units)} units): read whole / the run that keeps the index / with the kept index`,
          `${figure(l.wallSeconds)} s / ${figure(l.keepingRunWallSeconds)} s / ${figure(l.keptIndexWallSeconds)} s; peak RSS ${figure(l.peakRssMB)} MB`,
          where,
        ]);
      else if (l.bench === 'check-shards')
        rows.push([
          `shared-base PR on ${figure(l.apps)} apps over ${figure(l.shards)} shards (${figure(l.rendered)} renders)`,
          `${x(l.speedup)} faster (one runner ${figure(l.oneRunnerSeconds)} s; slowest shard ${figure(l.slowestShardSeconds)} s + merge ${figure(l.mergeSeconds)} s); same result: ${l.sameResult ? 'yes' : '**no**'}`,
          where,
        ]);
      else if (l.bench === 'bump-edits')
        rows.push([
          `bump over ${figure(l.files)} files referencing ${figure(l.images)} images`,
          `${figure(l.write.editsPerSecond)} edits per second written, ${figure(l.dryRun.editsPerSecond)} planned (\`--dry-run\`); peak RSS ${figure(l.write.peakRssMB)} MB`,
          where,
        ]);
      else if (l.bench === 'validate-throughput')
        rows.push([
          `\`validate\` on ${figure(l.apps)} apps of plain folders (${figure(l.objects)} objects)`,
          `${figure(l.resourcesPerSecondPerCore)} objects per second (${figure(l.medianSeconds)} s); peak RSS ${figure(l.peakRssMB)} MB`,
          where,
        ]);
      else if (l.bench === 'report-scale')
        rows.push([
          `comment for ${figure(l.apps)} changed directory apps`,
          `${figure(l.seconds)} s (\`node -e 0\`: ${figure(l.nodeFloorSeconds)} s), ${figure(l.commentChars)} characters`,
          where,
        ]);
      else if (l.bench === 'bump-scan')
        rows.push([
          `bump scan of one file of ${figure(l.documents)} documents`,
          `${figure(l.seconds)} s (\`node -e 0\`: ${figure(l.nodeFloorSeconds)} s)`,
          where,
        ]);
    }
  return rows;
}

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');

/** The generated part of docs/benchmarks.md. */
export function renderBenchmarks(results) {
  const { machine } = results;
  const others = otherRows(results);
  const loads = results.results.map(
    (e) => `\`${e.script.replace('bench/', '')}\` ${e.loadBefore.join(' ')} → ${e.loadAfter.join(' ')}`,
  );
  return [
    `Measured on ${results.startedAt.slice(0, 10)} (commit \`${results.results[0]?.commit ?? '?'}\`): ${figure(machine.cpus)} cores, ${figure(machine.memoryGiB)} GiB, Node.js ${machine.node.replace(/^v/, '')}` +
      (machine.kustomize
        ? `, \`kubectl kustomize\` (kustomize ${machine.kustomize}) as the renderer.`
        : '.') +
      ` The machine is shared: the load average (1, 5 and 15 minutes) was ${machine.loadAtStart.join(' ')} at the start and ${(machine.loadAtEnd ?? []).join(' ')} at the end; before and after each script: ${loads.join('; ')}.`,
    '',
    'Every workload against its goal (`bench/goals.mjs`; `npm run bench` prints the same table):',
    '',
    table(
      ['Workload', 'Goal', 'Measured', 'Met'],
      goalTable(results).map((g) => [g.workload, g.goal, g.measured, g.met === 'no' ? '**no**' : g.met]),
    ),
    '',
    'The goals of each script, as it prints them:',
    '',
    table(['Goal', 'Measured', 'Met'], goalRows(results)),
    ...(others.length > 0
      ? ['', 'Other figures of the same run:', '', table(['Workload', 'Measured', 'Command'], others)]
      : []),
  ].join('\n');
}

export function updateBenchmarks(doc, results) {
  const pattern = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (!pattern.test(doc))
    throw new Error('docs/benchmarks.md has no <!-- bench:start --> … <!-- bench:end --> block');
  return doc.replace(pattern, (_, open, close) => `${open}${renderBenchmarks(results)}\n${close}`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const root = new URL('..', import.meta.url).pathname;
  const results = JSON.parse(readFileSync(`${root}bench/results.json`, 'utf8'));
  const doc = readFileSync(`${root}docs/benchmarks.md`, 'utf8');
  writeFileSync(`${root}docs/benchmarks.md`, updateBenchmarks(doc, results));
}
