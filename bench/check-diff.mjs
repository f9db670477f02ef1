// Bench: `slipway diff` (the check's work, whole process) on a synthetic repo of N apps for a PR that
// touches one app, against --render all (the render-everything method of argocd-diff-preview) in the
// same run; and how the cost grows with the number of apps and for a shared-base PR.
// Usage: node bench/check-diff.mjs [apps=500] [runs=3] [--growth]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, pullRequest } from './gitops-repo.mjs';
import { median, timedNode } from './measure.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const APPS = Number(args[0] ?? 500);
const RUNS = Number(args[1] ?? 3);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

function diff(root, render) {
  const args = [
    'diff',
    '--base',
    'main',
    '--head',
    'HEAD',
    '--render',
    render,
    '--format',
    'json',
    '--repo-url',
    'https://github.com/acme/bench-manifests',
    root,
  ];
  const run = timedNode([cli, ...args]);
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout);
  return { seconds: run.seconds, rss: run.rssMB, rendered: report.rendered, appsChanged: report.apps.length };
}

function scenario(apps, pr, runs, withAll) {
  const root = mkdtempSync(join(tmpdir(), 'slipway-bench-check-'));
  try {
    const { units } = generate(root, { apps });
    pullRequest(root, pr);
    const changed = Array.from({ length: runs }, () => diff(root, 'changed'));
    const result = {
      apps,
      units,
      pr: pr.shared ? 'shared base' : `${pr.apps} app(s)`,
      changedSeconds: +median(changed.map((r) => r.seconds)).toFixed(3),
      rendered: changed[0].rendered,
      appsChanged: changed[0].appsChanged,
      peakRssMB: Math.round(Math.max(...changed.map((r) => r.rss))),
    };
    if (withAll) {
      const all = diff(root, 'all');
      Object.assign(result, {
        allSeconds: +all.seconds.toFixed(3),
        allRendered: all.rendered,
        ratio: +(all.seconds / result.changedSeconds).toFixed(1),
      });
    }
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

console.log(JSON.stringify({ bench: 'check-diff', ...scenario(APPS, { apps: 1 }, RUNS, true) }));
if (process.argv.includes('--growth')) {
  for (const apps of [50, 500, 2000])
    console.log(JSON.stringify({ bench: 'check-growth', ...scenario(apps, { apps: 1 }, RUNS, false) }));
  for (const apps of [50, 500])
    console.log(JSON.stringify({ bench: 'check-growth', ...scenario(apps, { shared: true }, 1, false) }));
}
