// Bench: `slipway bump` (the bundled CLI) on one large file: a ConfigMap of many keys with one image, at
// 1, 4 and 10 MiB (10 MiB is the largest file Slipway reads). Every pass over a file (the parse, the scan,
// the edit and the re-parse that proves the edit) must be linear in its size: the 1 MiB run is the
// baseline, and the ratios of the larger runs to it are printed, CPU time beside wall time. Goal (#38):
// 10 MiB ≤ 12 × 1 MiB.
// Usage: node bench/bump-large-file.mjs [runs=3] [sizes=1,4,10]
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timedNode } from './measure.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const SIZES = (process.argv[3] ?? '1,4,10').split(',').map(Number);
const MIB = 1024 * 1024;
const cli = process.env.SLIPWAY_CLI ?? new URL('../dist/cli.js', import.meta.url).pathname;

/** A ConfigMap of `mib` MiB at most: one image in an annotation, then as many data keys as fit. */
function configMap(mib) {
  const head = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  annotations:
    image: ghcr.io/acme/api:1.0.0
data:
`;
  const lines = [head];
  let size = head.length;
  for (let i = 0; ; i++) {
    const line = `  key_${i}: "value number ${i} of the settings"\n`;
    if (size + line.length > mib * MIB) break;
    lines.push(line);
    size += line.length;
  }
  return lines.join('');
}

const root = mkdtempSync(join(tmpdir(), 'slipway-bench-large-'));
const loadAtStart = loadavg()[0];
const floor = median(Array.from({ length: RUNS }, () => timedNode(['-e', '0']).seconds));
const results = {};
for (const mib of SIZES) {
  const seed = join(root, `seed-${mib}`);
  mkdirSync(seed);
  const text = configMap(mib);
  writeFileSync(join(seed, 'settings.yaml'), text);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const work = join(root, `work-${mib}-${run}`);
    cpSync(seed, work, { recursive: true });
    const measured = timedNode([cli, 'bump', '--dir', work, '--json', 'ghcr.io/acme/api:1.1.0']);
    if (measured.status !== 0 || JSON.parse(measured.stdout).edits.length !== 1)
      throw new Error(`unexpected result at ${mib} MiB: ${measured.stderr}`);
    runs.push(measured);
    rmSync(work, { recursive: true, force: true });
  }
  results[mib] = {
    bytes: text.length,
    wallSeconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakRssMB: Math.round(Math.max(...runs.map((r) => r.rssMB))),
  };
}
rmSync(root, { recursive: true, force: true });
const round = (x, digits = 2) => +x.toFixed(digits);
const base = results[SIZES[0]];
const largest = SIZES.at(-1);
console.log(
  JSON.stringify({
    bench: 'bump-large-file',
    runs: RUNS,
    loadAtStart: round(loadAtStart),
    nodeFloorSeconds: round(floor, 3),
    sizes: Object.fromEntries(
      SIZES.map((mib) => [
        `${mib}MiB`,
        {
          bytes: results[mib].bytes,
          medianWallSeconds: round(results[mib].wallSeconds),
          medianCpuSeconds: round(results[mib].cpuSeconds),
          peakRssMB: results[mib].peakRssMB,
          ratioToBase: round(results[mib].wallSeconds / base.wallSeconds),
          cpuRatioToBase: round(results[mib].cpuSeconds / base.cpuSeconds),
        },
      ]),
    ),
    [`ratio${largest}to${SIZES[0]}`]: round(results[largest].wallSeconds / base.wallSeconds),
    [`cpuRatio${largest}to${SIZES[0]}`]: round(results[largest].cpuSeconds / base.cpuSeconds),
    goal: 12,
  }),
);
