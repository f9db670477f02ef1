// npm run bench: every benchmark, one JSON line each. Takes a few minutes (render-all of 500 apps).
import { execFileSync } from 'node:child_process';

const scripts = [
  ['bench/bump-edits.mjs'],
  ['bench/validate-throughput.mjs'],
  ['bench/bump-github.mjs'],
  ['bench/check-diff.mjs', '500', '3', '--growth'],
];
for (const [script, ...args] of scripts) {
  execFileSync(process.execPath, [new URL(`../${script}`, import.meta.url).pathname, ...args], {
    stdio: 'inherit',
  });
}
