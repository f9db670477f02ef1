// npm run bench: every benchmark, one JSON line each, each with its goal beside the figure. Takes about
// fifteen minutes (render-all of 500 apps, a shared-base PR of 500 apps with its renders run one per core,
// and over 4 shards). The lines are printed as they come and written to bench/results.json with the
// machine they were measured on: docs/benchmarks.md quotes its figures from that file.
// `node bench/run.mjs start validate-files` runs only the benchmarks named (and writes only theirs).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

const scripts = [
  ['bench/start.mjs'],
  ['bench/bump-edits.mjs'],
  ['bench/bump-large-file.mjs'],
  ['bench/validate-throughput.mjs'],
  ['bench/validate-files.mjs'],
  ['bench/bump-github.mjs'],
  ['bench/check-diff.mjs', '500', '5', '--growth'],
  ['bench/render-costs.mjs'],
  ['bench/report-scale.mjs'],
  ['bench/check-shards.mjs', '500', '4'],
  ['bench/appset-fleet.mjs', '1000', '5'],
];
const only = process.argv.slice(2);
const chosen = scripts.filter(
  ([script]) => only.length === 0 || only.some((name) => script === `bench/${name}.mjs`),
);

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

const startedAt = new Date().toISOString();
const machine = {
  cpus: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAtStart: +loadavg()[0].toFixed(2),
};
const results = [];
for (const [script, ...args] of chosen) results.push({ script, args, lines: await run(script, args) });
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ startedAt, machine, results }, null, 2)}\n`,
);
