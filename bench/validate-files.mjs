// Bench: `slipway validate FILE` on one file of 20,000 and of 100,000 objects (Deployments, Services and
// ConfigMaps in turn): documents are streamed, so peak RSS should stay flat as the file grows. Prints, per
// size, the median wall and CPU time of several runs, objects per CPU-second, peak RSS, and the same
// run's `node -e 0` baseline, and the throughput of only parsing the file with js-yaml (the fastest parser
// Slipway uses) in a process of its own. Goals (#17): ≥ 10,000 objects per CPU-second at 20,000 objects,
// ≥ 0.5 × the parse-only throughput, peak RSS ≤ 256 MB at 100,000 objects (each goal in its JSON line).
// Usage: node bench/validate-files.mjs [runs=3] [sizes=20000,100000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timedNode } from './measure.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const SIZES = (process.argv[3] ?? '20000,100000').split(',').map(Number);
const cli = process.env.SLIPWAY_CLI ?? new URL('../dist/cli.js', import.meta.url).pathname;

const documents = (i) =>
  [
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d${i}
  labels: {app: a${i}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: a${i}}
  template:
    metadata:
      labels: {app: a${i}}
    spec:
      containers:
        - name: main
          image: ghcr.io/acme/a:1.0.${i}
          ports: [{containerPort: 8080}]
          resources:
            requests: {cpu: 100m, memory: 128Mi}
`,
    `apiVersion: v1
kind: Service
metadata:
  name: s${i}
spec:
  selector: {app: a${i}}
  ports: [{port: 80, targetPort: 8080}]
`,
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: c${i}
data:
  LOG_LEVEL: info
`,
  ][i % 3];

const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-files-'));
const loadAtStart = loadavg()[0];
const floor = median(Array.from({ length: RUNS }, () => timedNode(['-e', '0']).seconds));
for (const size of SIZES) {
  const file = join(dir, `objects-${size}.yaml`);
  writeFileSync(file, Array.from({ length: size }, (_, i) => documents(i)).join('---\n'));
  const runs = Array.from({ length: RUNS }, () =>
    timedNode([cli, 'validate', '--max-file-size', '200', file]),
  );
  const last = runs.at(-1);
  if (!last.stderr.includes(`${size} object(s): 0 error(s)`))
    throw new Error(`unexpected result: ${last.stderr}`);
  const wall = median(runs.map((r) => r.seconds));
  const cpu = median(runs.map((r) => r.cpuSeconds));
  const jsYaml = new URL('../node_modules/js-yaml/index.js', import.meta.url).pathname;
  const parseOnly = median(
    Array.from(
      { length: RUNS },
      () =>
        timedNode([
          '-e',
          `require(${JSON.stringify(jsYaml)}).loadAll(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'), () => {})`,
        ]).cpuSeconds,
    ),
  );
  console.log(
    JSON.stringify({
      bench: 'validate-files',
      objects: size,
      runs: RUNS,
      loadAtStart: +loadAtStart.toFixed(2),
      nodeFloorSeconds: +floor.toFixed(3),
      medianWallSeconds: +wall.toFixed(2),
      wallRange: [Math.min(...runs.map((r) => r.seconds)), Math.max(...runs.map((r) => r.seconds))].map(
        (s) => +s.toFixed(2),
      ),
      medianCpuSeconds: +cpu.toFixed(2),
      objectsPerCpuSecond: Math.round(size / cpu),
      goalObjectsPerCpuSecond: 10000,
      parseOnlyObjectsPerCpuSecond: Math.round(size / parseOnly),
      ratioToParseOnly: +(parseOnly / cpu).toFixed(2),
      goalRatioToParseOnly: 0.5,
      peakRssMB: Math.round(Math.max(...runs.map((r) => r.rssMB))),
      goalPeakRssMB: 256,
    }),
  );
}
rmSync(dir, { recursive: true, force: true });
