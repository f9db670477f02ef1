// npm run bench: every benchmark, one JSON line each, each with its goal beside the figure. Takes about
// fifteen minutes (render-all of 500 apps, a shared-base PR of 500 apps with its renders run one per core,
// and over 4 shards). The lines are printed as they come and written to bench/results.json with the
// machine they were measured on and the load average before and after each script: docs/benchmarks.md is
// generated from that file (`node scripts/bench-docs.mjs`), and a test holds every figure in the docs to it.
// `node bench/run.mjs start validate-files` runs only the benchmarks named and replaces only their entries
// in bench/results.json. BENCH_APPS (default 500), BENCH_RUNS (default 5) and BENCH_HELM_APPS (default 300)
// size the preview benchmarks; BENCH_ONLY_CHANGED=1 leaves out render-all (meaningful from 500 apps).
// At the end every goal (bench/goals.mjs) is printed beside its figure from the file, met or not, and kept
// in the file (`goals`); a goal whose script is not wired yet prints "not measured".
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { goalTable } from './goals.mjs';

const APPS = process.env.BENCH_APPS ?? '500';
const RUNS = process.env.BENCH_RUNS ?? '5';
const HELM_APPS = process.env.BENCH_HELM_APPS ?? '300';
// each entry: [name, script, ...args]; the name picks it (`node bench/run.mjs check-diff-10000`) and keys its
// entry in bench/results.json, so one script run at two sizes keeps both
const scripts = [
  ['start', 'bench/start.mjs'],
  ['bump-edits', 'bench/bump-edits.mjs'],
  ['bump-large-file', 'bench/bump-large-file.mjs'],
  ['validate-throughput', 'bench/validate-throughput.mjs'],
  ['validate-files', 'bench/validate-files.mjs'],
  ['validate-folder', 'bench/validate-folder.mjs', '3', '50000,100000,200000'],
  ['helm-fleet', 'bench/helm-fleet.mjs', HELM_APPS, '3'],
  ['bump-github', 'bench/bump-github.mjs'],
  [
    'check-diff',
    'bench/check-diff.mjs',
    APPS,
    RUNS,
    '--growth',
    // the shared-base PR is its own entry (check-shared): it takes minutes, the one-app PRs do not
    '--no-shared',
    ...(process.env.BENCH_ONLY_CHANGED ? ['--no-all'] : []),
  ],
  ['check-shared', 'bench/check-diff.mjs', APPS, '--shared'],
  ['check-diff-10000', 'bench/check-diff.mjs', '10000', '3', '--no-all'],
  ['render-cache', 'bench/render-cache.mjs', '50', '3'],
  ['render-costs', 'bench/render-costs.mjs'],
  ['report-scale', 'bench/report-scale.mjs'],
  ['check-shards', 'bench/check-shards.mjs', APPS, '4'],
  ['appset-fleet', 'bench/appset-fleet.mjs', '1000', '5'],
  ['appset-pr', 'bench/appset-pr.mjs', '1000', RUNS],
];
const only = process.argv.slice(2);
const unknown = only.filter((name) => !scripts.some(([n]) => n === name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${scripts.map(([n]) => n).join(', ')}`);
  process.exit(2);
}
const chosen = scripts.filter(([name]) => only.length === 0 || only.includes(name));

/** Runs one script, passing its output through, and returns the JSON objects it printed one per line. */
function run(script, args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [new URL(`../${script}`, import.meta.url).pathname, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`${script} exited with ${code}`));
      const lines = [];
      for (const line of out.split('\n'))
        if (line.startsWith('{'))
          try {
            lines.push(JSON.parse(line));
          } catch {
            // a progress line that happens to start with a brace
          }
      done(lines);
    });
  });
}

/** The load average (1, 5 and 15 minutes): the machine is shared, and its load moves every figure. */
const load = () => loadavg().map((x) => +x.toFixed(2));
const output = (command, args) => {
  try {
    return execFileSync(command, args, { cwd: new URL('..', import.meta.url).pathname, stdio: 'pipe' })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
};

const file = new URL('./results.json', import.meta.url);
const startedAt = new Date().toISOString();
const machine = {
  cpus: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  kustomize: JSON.parse(output('kubectl', ['version', '--client', '-o', 'json']) ?? '{}').kustomizeVersion,
  loadAtStart: load(),
};
const commit = output('git', ['rev-parse', '--short', 'HEAD']);
// dist/ rebuilt from the commit's sources (and not committed) is what ran, not the commit's dist/
const dist = output('git', ['status', '--porcelain', '--', 'dist'])
  ? { dist: "rebuilt from the commit's sources" }
  : {};
// a partial run replaces only its scripts' entries; each entry keeps the commit and load it ran at
const earlier = only.length > 0 && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
const results = [];
/** Writes the file after each script, so a run stopped part way keeps what it measured. */
function save() {
  // an entry from before names were kept is known by its script
  const nameOf = (entry) => entry.name ?? scripts.find(([, s]) => s === entry.script)?.[0];
  const order = (entry) => scripts.findIndex(([n]) => n === nameOf(entry));
  const merged = [
    ...(earlier?.results ?? []).filter((entry) => !results.some((r) => r.name === nameOf(entry))),
    ...results,
  ].sort((a, b) => order(a) - order(b));
  const all = {
    startedAt: earlier?.startedAt ?? startedAt,
    machine: { ...(earlier?.machine ?? machine), loadAtEnd: load() },
    results: merged,
  };
  writeFileSync(file, `${JSON.stringify({ ...all, goals: goalTable(all) }, null, 2)}\n`);
  return all;
}
let failed = false;
for (const [name, script, ...args] of chosen) {
  const loadBefore = load();
  const start = process.hrtime.bigint();
  // one failing benchmark does not lose the others' figures: it is kept out of the file and named at the end
  const lines = await run(script, args).catch((error) => {
    console.error(`${script}: ${error.message}`);
    failed = true;
  });
  if (!lines) continue;
  const wallSeconds = Math.round(Number(process.hrtime.bigint() - start) / 1e9);
  results.push({
    name,
    commit,
    ...dist,
    startedAt,
    script,
    args,
    loadBefore,
    loadAfter: load(),
    wallSeconds,
    lines,
  });
  save();
}
// every goal beside its figure, from the file (this run's scripts and, in a partial run, the earlier ones')
const goals = goalTable(results.length > 0 ? save() : JSON.parse(readFileSync(file, 'utf8')));
console.log('\nGoals (met: yes / no / not measured):');
for (const g of goals) console.log(`- [${g.met}] ${g.workload}: ${g.goal} — ${g.measured}`);
if (failed) process.exitCode = 1;
