// Bench: `bump` through the bundled action against the GitHub stand-in, on manifests repos of 10 and 2,000
// files: API requests of a new branch and of a refresh (a second bump of the same image), the same for
// both sizes, and whole-process time with GitHub's one-second spacing of writes; and the action bundle's
// cold start (`node dist/index.js` to its first output). Goals (#17): ≤ 5 requests for a new branch, ≤ 6
// for a refresh.
// Usage: node bench/bump-github.mjs [runs=3]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const root = new URL('..', import.meta.url).pathname;
process.env.SLIPWAY_ROOT = root;
const out = mkdtempSync(join(tmpdir(), 'slipway-bench-support-'));
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    join(root, 'bench/support-entry.ts'),
    '-o',
    out,
    '-q',
    '--no-cache',
  ],
  { cwd: root },
);
const { startStandIn, runAction } = await import(join(out, 'index.js'));

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers: [{name: api, image: ghcr.io/acme/api:1.0.0}]\n';

/** One bump of ghcr.io/acme/api to `tag` through the bundled action, with GitHub's spacing of writes. */
async function bump(standIn, tag, wrapper) {
  const result = await runAction({
    apiUrl: standIn.url,
    inputs: {
      command: 'bump',
      token: 'test-token',
      'manifests-repo': 'acme/manifests',
      image: 'ghcr.io/acme/api',
      tag,
    },
    ...(wrapper && { wrapper }),
    // GitHub's own spacing of writes, as on github.com
    env: { SLIPWAY_GITHUB_WRITE_SPACING_MS: '1000' },
  });
  if (result.code !== 0) throw new Error(result.stdout + result.stderr);
  return result;
}

async function scenario(size) {
  const times = [];
  let requests = 0;
  let refreshRequests = 0;
  let peakKb = 0;
  for (let run = 0; run < RUNS; run++) {
    const files = { 'apps/api/deployment.yaml': DEPLOYMENT };
    for (let i = 1; i < size; i++)
      files[`apps/filler/f${i}.yaml`] =
        `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: f${i}}\ndata: {i: "${i}"}\n`;
    const standIn = await startStandIn(files);
    const start = process.hrtime.bigint();
    const result = await bump(standIn, `1.${run + 1}.0`, ['/usr/bin/time', '-f', '%M']);
    peakKb = Math.max(peakKb, Number(result.stderr.trim().split('\n').pop()));
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    requests = standIn.apiRequests().length;
    await bump(standIn, `2.${run + 1}.0`);
    refreshRequests = standIn.apiRequests().length - requests;
    await standIn.stop();
  }
  return {
    files: size,
    requests,
    goalRequests: 5,
    refreshRequests,
    goalRefreshRequests: 6,
    medianSeconds: +median(times).toFixed(3),
    peakRssMB: Math.round(peakKb / 1024),
  };
}

/** Time from spawning the action to its first byte of output. */
function coldStart() {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
      env: { PATH: process.env.PATH, INPUT_COMMAND: 'frobnicate' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout.once('data', () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
  });
}

const small = await scenario(10);
const large = await scenario(2000);
const starts = [];
for (let i = 0; i < 7; i++) starts.push(await coldStart());
rmSync(out, { recursive: true, force: true });
console.log(
  JSON.stringify({
    bench: 'bump-github',
    runs: RUNS,
    small,
    large,
    sameRequests: small.requests === large.requests,
    coldStartMs: Math.round(median(starts)),
  }),
);
