// Bench: edits per second of `slipway bump` (the bundled CLI, one process) on a synthetic repo of
// 5,000 manifest files referencing 50 images through every kind of target.
// Usage: node bench/bump-edits.mjs [files=5000] [runs=5]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { median, timedNode } from './measure.mjs';

const FILES = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 5);
const IMAGES = 50;
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

function file(i) {
  const image = `ghcr.io/acme/svc-${i % IMAGES}`;
  switch (i % 4) {
    case 0:
      return [
        `apps/a${i}/deployment.yaml`,
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a${i}\n  labels: {app: a${i}}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: main # main container\n          image: ${image}:1.0.0\n          resources: {limits: {cpu: 100m}}\n        - name: sidecar\n          image: envoyproxy/envoy:v1.30.1\n`,
      ];
    case 1:
      return [
        `apps/a${i}/kustomization.yaml`,
        `resources:\n  - deployment.yaml\nimages:\n  - name: ${image}\n    newTag: "1.0.0"\n`,
      ];
    case 2:
      return [
        `charts/c${i}/values.yaml`,
        `replicaCount: 1\nimage:\n  repository: ${image}\n  tag: 1.0.0\n  pullPolicy: IfNotPresent\nservice:\n  port: 80\n`,
      ];
    default:
      return [
        `apps/a${i}/configmap.yaml`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  LOG_LEVEL: info\n  UNRELATED: "1.0.0"\n`,
      ];
  }
}

const seed = mkdtempSync(join(tmpdir(), 'slipway-bench-seed-'));
for (let i = 0; i < FILES; i++) {
  const [path, text] = file(i);
  mkdirSync(dirname(join(seed, path)), { recursive: true });
  writeFileSync(join(seed, path), text);
}
const refs = Array.from({ length: IMAGES }, (_, i) => `ghcr.io/acme/svc-${i}:1.1.0`);
function measure(extraArgs) {
  const times = [];
  let edits = 0;
  let peakMB = 0;
  for (let run = 0; run < RUNS; run++) {
    const work = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
    cpSync(seed, work, { recursive: true });
    const measured = timedNode([cli, 'bump', '--dir', work, '--json', ...extraArgs, ...refs]);
    times.push(measured.seconds);
    edits = JSON.parse(measured.stdout).edits.length;
    peakMB = Math.max(peakMB, measured.rssMB);
    rmSync(work, { recursive: true, force: true });
  }
  const seconds = median(times);
  return {
    edits,
    medianSeconds: +seconds.toFixed(3),
    editsPerSecond: Math.round(edits / seconds),
    filesPerSecond: Math.round(FILES / seconds),
    peakRssMB: Math.round(peakMB),
  };
}

// whole process: read + plan + (all-or-nothing) write; and read + plan alone (--dry-run, no diff printed to a terminal)
const write = measure([]);
const plan = measure(['--dry-run']);
rmSync(seed, { recursive: true, force: true });
console.log(
  JSON.stringify({ bench: 'bump-edits', files: FILES, images: IMAGES, runs: RUNS, write, dryRun: plan }),
);
