// Bench: the cost of the report grows with the size of the diff, not its square. A repository of N
// directory apps whose pull request changes every app (one 40-key ConfigMap each) goes through `slipway
// diff --format markdown`, which previews it and lays out the comment within GitHub's limit (directory
// apps run no renderer, so the figure is Slipway's own work); and `slipway bump
// --dry-run` scans one file of N documents with a single marker. Each is timed beside `node -e 0`.
// Usage: node bench/report-scale.mjs
import { execFileSync } from 'node:child_process';
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

/** A repository of `apps` directory apps, each deploying its own 40-key ConfigMap; the head changes every one. */
function repository(apps) {
  const repo = join(dir, `repo-${apps}`);
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], { cwd: repo });
  mkdirSync(join(repo, 'argocd'), { recursive: true });
  git('init', '-q', '-b', 'main');
  const write = (value) => {
    for (let i = 0; i < apps; i++) {
      mkdirSync(join(repo, 'apps', `app-${i}`), { recursive: true });
      writeFileSync(join(repo, 'apps', `app-${i}`, 'config.yaml'), configMap(i, value));
      writeFileSync(
        join(repo, 'argocd', `app-${i}.yaml`),
        `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: app-${i}, namespace: argocd}\nspec:\n  project: default\n  source: {repoURL: https://github.com/acme/k8s-manifests, path: apps/app-${i}}\n  destination: {server: https://kubernetes.default.svc, namespace: app-${i}}\n`,
      );
    }
    git('add', '-A');
    git('commit', '-qm', value);
  };
  write('a');
  write('b');
  return repo;
}

try {
  const floor = timedNode(['-e', '0']);
  for (const apps of [600, 1000, 4000]) {
    const repo = repository(apps);
    const run = timedNode([
      cli,
      'diff',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--no-tree-index',
      '--repo-url',
      'https://github.com/acme/k8s-manifests',
      '--format',
      'markdown',
      repo,
    ]);
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
