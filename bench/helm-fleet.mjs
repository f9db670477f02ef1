// Bench: a one-app PR in a repository of N Helm apps that share one chart (each app its own value file),
// read whole (`slipway diff --no-tree-index`, as a CI job's fresh checkout), against its floor measured in
// the same run, in turn: `node -e 0` plus the changed app's two `helm template` runs with the flags Slipway
// gives them. Prints the median wall and CPU time of each, the ratio and peak RSS. Goal: ≤ 3 × the floor.
// Needs helm (`npm run tools` puts it in .tools/bin).
// Usage: node bench/helm-fleet.mjs [apps=300] [runs=3]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { median, timedCommand, timedNode } from './measure.mjs';

const APPS = Number(process.argv[2] ?? 300);
const RUNS = Number(process.argv[3] ?? 3);
const root = new URL('..', import.meta.url).pathname;
const cli = process.env.SLIPWAY_CLI ?? join(root, 'dist/cli.js');
const tools = join(root, '.tools/bin');
const env = { ...process.env, PATH: existsSync(tools) ? `${tools}:${process.env.PATH}` : process.env.PATH };
const REPO_URL = 'https://github.com/acme/bench-helm';
const round = (x, digits = 2) => +x.toFixed(digits);
const name = (i) => `app${String(i).padStart(4, '0')}`;

const write = (repo, path, text) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

function repository(repo) {
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], { cwd: repo, env });
  git('init', '-q', '-b', 'main');
  write(repo, 'charts/shared/Chart.yaml', 'apiVersion: v2\nname: shared\nversion: 1.0.0\n');
  write(repo, 'charts/shared/values.yaml', 'replicas: 1\nimage: ghcr.io/acme/app:1.0.0\nport: 8080\n');
  write(
    repo,
    'charts/shared/templates/deployment.yaml',
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
  labels: {app: {{ .Release.Name }}}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels: {app: {{ .Release.Name }}}
  template:
    metadata:
      labels: {app: {{ .Release.Name }}}
    spec:
      containers:
        - name: main
          image: {{ .Values.image }}
          ports: [{containerPort: {{ .Values.port }}}]
`,
  );
  write(
    repo,
    'charts/shared/templates/service.yaml',
    `apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}
spec:
  selector: {app: {{ .Release.Name }}}
  ports: [{port: 80, targetPort: {{ .Values.port }}}]
`,
  );
  for (let i = 0; i < APPS; i++) {
    write(repo, `values/${name(i)}.yaml`, `replicas: ${1 + (i % 3)}\nimage: ghcr.io/acme/${name(i)}:1.0.0\n`);
    write(
      repo,
      `argocd/${name(i)}.yaml`,
      `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name(i)}, namespace: argocd}
spec:
  project: default
  source:
    repoURL: ${REPO_URL}
    path: charts/shared
    helm:
      valueFiles: [../../values/${name(i)}.yaml]
  destination: {server: https://kubernetes.default.svc, namespace: ${name(i)}}
`,
    );
  }
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-q', '-b', 'pr');
  write(repo, `values/${name(0)}.yaml`, `replicas: 5\nimage: ghcr.io/acme/${name(0)}:1.1.0\n`);
  git('commit', '-qam', 'one app');
}

const loadAtStart = loadavg().map((x) => round(x));
const repo = mkdtempSync(join(tmpdir(), 'slipway-bench-helm-'));
try {
  repository(repo);
  const diffArgs = ['diff', '--base', 'main', '--head', 'HEAD', '--no-tree-index', '--format', 'json'];
  // what Slipway passes helm for this app (core/render/helmRelease.ts): the release, its namespace, the
  // kubernetes-version setting, the value file, the CRDs
  const helmArgs = [
    'template',
    `--namespace=${name(0)}`,
    '--kube-version=1.31',
    `--values=values/${name(0)}.yaml`,
    '--include-crds',
    '--',
    name(0),
    'charts/shared',
  ];
  const runs = [];
  const floors = [];
  let report;
  for (let r = 0; r < RUNS; r++) {
    const run = timedNode([cli, ...diffArgs, '--repo-url', REPO_URL, repo], { env });
    if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
    report = JSON.parse(run.stdout);
    runs.push(run);
    const node = timedNode(['-e', '0']);
    const base = timedCommand('helm', helmArgs, { cwd: repo, env });
    const head = timedCommand('helm', helmArgs, { cwd: repo, env });
    floors.push({
      seconds: node.seconds + base.seconds + head.seconds,
      cpuSeconds: node.cpuSeconds + base.cpuSeconds + head.cpuSeconds,
    });
  }
  if (report.rendered !== 2) throw new Error(`expected the one app's two renders, got ${report.rendered}`);
  const wall = median(runs.map((r) => r.seconds));
  const floor = median(floors.map((f) => f.seconds));
  console.log(
    JSON.stringify({
      bench: 'helm-fleet',
      apps: APPS,
      runs: RUNS,
      loadAtStart,
      loadAtEnd: loadavg().map((x) => round(x)),
      rendered: report.rendered,
      wallSeconds: round(wall, 3),
      wallRange: [Math.min(...runs.map((r) => r.seconds)), Math.max(...runs.map((r) => r.seconds))].map((s) =>
        round(s, 3),
      ),
      cpuSeconds: round(median(runs.map((r) => r.cpuSeconds)), 3),
      peakRssMB: Math.round(Math.max(...runs.map((r) => r.rssMB))),
      floorSeconds: round(floor, 3),
      floorCpuSeconds: round(median(floors.map((f) => f.cpuSeconds)), 3),
      ratioToFloor: round(wall / floor),
      // CPU time beside it: steadier than wall time on a loaded machine
      cpuRatioToFloor: round(median(runs.map((r) => r.cpuSeconds)) / median(floors.map((f) => f.cpuSeconds))),
      goalRatioToFloor: 3,
    }),
  );
} finally {
  rmSync(repo, { recursive: true, force: true });
}
