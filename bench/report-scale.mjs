// Bench: the cost of the report grows with the size of the diff, not its square. A synthetic partial
// report of N changed apps (one 40-key ConfigMap each) goes through `slipway check merge --format
// markdown`, which merges it and lays out the comment within GitHub's limit; and `slipway bump
// --dry-run` scans one file of N documents with a single marker. Each is timed beside `node -e 0`.
// Usage: node bench/report-scale.mjs
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedNode } from './measure.mjs';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-report-'));

function configMap(i, value) {
  const data = Array.from({ length: 40 }, (_, k) => `  k${k}: ${value}-${k}`).join('\n');
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n${data}\n`;
}

function partial(apps) {
  const app = (i) => ({
    id: `app:app-${i}`,
    name: `app-${i}`,
    status: 'changed',
    file: `apps/app-${i}.yaml`,
    line: 1,
    changes: [
      {
        change: 'changed',
        object: `ConfigMap/c${i}`,
        summary: [],
        consequence: 'applied automatically',
        before: configMap(i, 'a'),
        after: configMap(i, 'b'),
      },
    ],
    settingChanges: [],
    hooks: [],
    findings: [],
  });
  const diff = {
    apps: Array.from({ length: apps }, (_, i) => app(i)),
    unchangedApps: 0,
    totals: { created: 0, changed: apps, deleted: 0 },
    images: [],
    notPreviewed: [],
  };
  return {
    schema: 'slipway-check-partial/v1',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    shard: { index: 1, count: 1 },
    unaffected: 0,
    affected: apps,
    units: apps,
    rendered: 2 * apps,
    changedFiles: apps,
    uncovered: [],
    renderers: [],
    timings: {},
    diff,
  };
}

try {
  const floor = timedNode(['-e', '0']);
  for (const apps of [600, 1000, 4000]) {
    const file = join(dir, `partial-${apps}.json`);
    writeFileSync(file, JSON.stringify(partial(apps)));
    const run = timedNode([cli, 'check', 'merge', file, '--format', 'markdown']);
    console.log(
      JSON.stringify({
        bench: 'report-scale',
        apps,
        seconds: +run.seconds.toFixed(2),
        commentChars: run.stdout.length - 1,
        nodeFloorSeconds: +floor.seconds.toFixed(2),
      }),
    );
  }
  for (const docs of [1000, 5000]) {
    const folder = join(dir, `scan-${docs}`);
    const text =
      Array.from({ length: docs }, (_, i) => configMap(i, 'x')).join('---\n') +
      '---\nversion: "1.0.0" # slipway: ghcr.io/acme/api\n';
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(join(folder, 'all.yaml'), text);
    const run = timedNode([cli, 'bump', '--dir', folder, '--dry-run', 'ghcr.io/acme/api:1.1.0']);
    console.log(
      JSON.stringify({
        bench: 'bump-scan',
        documents: docs,
        markers: 1,
        seconds: +run.seconds.toFixed(2),
        nodeFloorSeconds: +floor.seconds.toFixed(2),
      }),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
