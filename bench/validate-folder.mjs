// Bench: `slipway validate DIR` on a repository of many small files (20 objects each — Deployments,
// Services and ConfigMaps in turn — ten files a folder, no Applications: every folder is a unit), at
// several sizes, against its floor measured in the same run: reading and parsing the same files with
// js-yaml (the fastest parser Slipway uses) in a process of its own. Prints, per size, a JSON line with the
// median wall and CPU time of each, the throughput ratio (parse-only CPU ÷ validate CPU), and peak RSS of
// each — memory should stay flat as the repository grows — then a goal line per size on stderr.
// Goals: ≥ 0.6 × the parse-only throughput, peak RSS ≤ 200 MB at every size.
// Usage: node bench/validate-folder.mjs [runs=3] [objects=50000,100000,200000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timedNode } from './measure.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const SIZES = (process.argv[3] ?? '50000,100000,200000').split(',').map(Number);
const PER_FILE = 20;
const FILES_PER_FOLDER = 10;
const cli = process.env.SLIPWAY_CLI ?? new URL('../dist/cli.js', import.meta.url).pathname;
const jsYaml = new URL('../node_modules/js-yaml/index.js', import.meta.url).pathname;
const round = (x, digits = 2) => +x.toFixed(digits);

const documents = (f, i) =>
  [
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d${f}-${i}
  labels: {app: a${f}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: a${f}, part: p${i}}
  template:
    metadata:
      labels: {app: a${f}, part: p${i}}
    spec:
      containers:
        - name: main
          image: ghcr.io/acme/a${f}:1.0.${i}
          ports: [{containerPort: 8080}]
          resources:
            requests: {cpu: 100m, memory: 128Mi}
`,
    `apiVersion: v1
kind: Service
metadata:
  name: s${f}-${i}
spec:
  selector: {app: a${f}, part: p${i}}
  ports: [{port: 80, targetPort: 8080}]
`,
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: c${f}-${i}
data:
  LOG_LEVEL: info
`,
  ][i % 3];

/** Reads every file below the folder and parses it with js-yaml: what no validation can skip. */
const parseOnly = (dir) => `
const { readdirSync, readFileSync } = require('fs');
const { join } = require('path');
const yaml = require(${JSON.stringify(jsYaml)});
let objects = 0;
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) {
  const p = join(d, e.name);
  if (e.isDirectory()) walk(p); else yaml.loadAll(readFileSync(p, 'utf8'), () => objects++);
} };
walk(${JSON.stringify(dir)});
console.log(objects);`;

const loadAtStart = loadavg().map((x) => round(x));
const root = mkdtempSync(join(tmpdir(), 'slipway-bench-folder-'));
try {
  for (const objects of SIZES) {
    const dir = join(root, `repo-${objects}`);
    const files = Math.ceil(objects / PER_FILE);
    for (let f = 0; f < files; f++) {
      const folder = join(dir, `apps`, `f${Math.floor(f / FILES_PER_FOLDER)}`);
      if (f % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, `m${f}.yaml`),
        Array.from({ length: PER_FILE }, (_, i) => documents(f, i)).join('---\n'),
      );
    }
    // in turn, so the machine's drift falls on both alike
    const validate = [];
    const parse = [];
    for (let r = 0; r < RUNS; r++) {
      const run = timedNode([cli, 'validate', '--format', 'json', dir]);
      if (run.status !== 0) throw new Error(`validate failed: ${run.stderr}`);
      const report = JSON.parse(run.stdout);
      if (report.objects !== files * PER_FILE) throw new Error(`validated ${report.objects} objects`);
      validate.push(run);
      const floor = timedNode(['-e', parseOnly(dir)]);
      if (Number(floor.stdout) !== files * PER_FILE) throw new Error(`parsed ${floor.stdout} objects`);
      parse.push(floor);
    }
    const m = (runs, key) => median(runs.map((r) => r[key]));
    const cpu = m(validate, 'cpuSeconds');
    const parseCpu = m(parse, 'cpuSeconds');
    const peak = Math.round(Math.max(...validate.map((r) => r.rssMB)));
    const ratio = round(parseCpu / cpu);
    const load = loadavg().map((x) => round(x));
    // the goal lines, for a reader (the JSON line above them is what bench/run.mjs keeps)
    const goalLine = () =>
      console.error(
        `validate-folder ${files * PER_FILE} objects in ${files} files: throughput ${ratio}× parse-only ` +
          `(goal ≥ 0.6×: ${ratio >= 0.6 ? 'met' : 'not met'}; CPU ${round(cpu)} s against ${round(parseCpu)} s, ` +
          `wall ${round(m(validate, 'seconds'))} s against ${round(m(parse, 'seconds'))} s); ` +
          `peak RSS ${peak} MB (goal ≤ 200 MB: ${peak <= 200 ? 'met' : 'not met'}; parsing alone ` +
          `${Math.round(Math.max(...parse.map((r) => r.rssMB)))} MB); load ${load.join(' ')}`,
      );
    console.log(
      JSON.stringify({
        bench: 'validate-folder',
        objects: files * PER_FILE,
        files,
        runs: RUNS,
        loadAtStart,
        loadAtEnd: load,
        wallSeconds: round(m(validate, 'seconds')),
        wallRange: [
          Math.min(...validate.map((r) => r.seconds)),
          Math.max(...validate.map((r) => r.seconds)),
        ].map((s) => round(s)),
        cpuSeconds: round(cpu),
        peakRssMB: peak,
        parseOnlyWallSeconds: round(m(parse, 'seconds')),
        parseOnlyCpuSeconds: round(parseCpu),
        parseOnlyPeakRssMB: Math.round(Math.max(...parse.map((r) => r.rssMB))),
        ratioToParseOnly: ratio,
        wallRatioToParseOnly: round(m(parse, 'seconds') / m(validate, 'seconds')),
        goalRatioToParseOnly: 0.6,
        goalPeakRssMB: 200,
      }),
    );
    goalLine();
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
