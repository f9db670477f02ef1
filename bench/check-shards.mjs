// Bench: a shared-base PR (every app affected) on one runner vs spread over N shards. The shards run one
// after another here (one machine), so the figure is the slowest shard — the wall time of a matrix whose
// jobs run side by side — plus the merge step's own cost, both measured in the same run as the unsharded
// check. Usage: node bench/check-shards.mjs [apps=2000] [shards=4]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, pullRequest } from './gitops-repo.mjs';
import { timedNode } from './measure.mjs';

const [APPS = 2000, SHARDS = 4] = process.argv.slice(2).map(Number);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const common = ['--base', 'main', '--head', 'HEAD', '--repo-url', 'https://github.com/acme/bench-manifests'];

const root = mkdtempSync(join(tmpdir(), 'slipway-bench-shards-'));
try {
  generate(root, { apps: APPS });
  pullRequest(root, { shared: true });
  const run = (args) => {
    const result = timedNode([cli, ...args]);
    if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
    return result;
  };
  const one = run(['check', ...common, '--format', 'json', root]);
  const shards = [];
  for (let i = 1; i <= SHARDS; i++)
    shards.push(
      run([
        'check',
        ...common,
        '--shard',
        `${i}/${SHARDS}`,
        '--report',
        join(root, `.partial-${i}.json`),
        root,
      ]),
    );
  const files = shards.map((_, i) => join(root, `.partial-${i + 1}.json`));
  // (the merge works out the affected apps again, in the checkout the shards read, with their settings)
  const merge = run(['check', 'merge', ...files, '--dir', root, ...common.slice(4), '--format', 'json']);
  const slowest = Math.max(...shards.map((s) => s.seconds));
  console.log(
    JSON.stringify({
      bench: 'check-shards',
      apps: APPS,
      shards: SHARDS,
      rendered: JSON.parse(one.stdout).rendered,
      oneRunnerSeconds: +one.seconds.toFixed(2),
      slowestShardSeconds: +slowest.toFixed(2),
      shardSeconds: shards.map((s) => +s.seconds.toFixed(2)),
      mergeSeconds: +merge.seconds.toFixed(2),
      speedup: +(one.seconds / (slowest + merge.seconds)).toFixed(2),
      sameResult:
        JSON.stringify(JSON.parse(merge.stdout).apps) === JSON.stringify(JSON.parse(one.stdout).apps),
    }),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
