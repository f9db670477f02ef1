// npm run bench: every benchmark, one JSON line each, each with its goal (#17) beside the figure. Takes
// about fifteen minutes (render-all of 500 apps, a shared-base PR of 500 apps with its renders run one per
// core, and over 4 shards).
import { execFileSync } from 'node:child_process';

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
];
for (const [script, ...args] of scripts) {
  execFileSync(process.execPath, [new URL(`../${script}`, import.meta.url).pathname, ...args], {
    stdio: 'inherit',
  });
}
