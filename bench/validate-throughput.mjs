// Bench: validation throughput of `slipway validate` (the bundled CLI, one process) on a synthetic
// repository of 20,000 objects: 500 Argo CD apps of 40 objects each, as plain-directory sources, so the
// figure is parse + schema + rules (no kustomize child processes). Prints the median of several runs,
// resources per second per core (the process is single-threaded: one core), and peak RSS.
// Usage: node bench/validate-throughput.mjs [objects=20000] [runs=3]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timedNode } from './measure.mjs';

const OBJECTS = Number(process.argv[2] ?? 20000);
const RUNS = Number(process.argv[3] ?? 3);
const PER_APP = 40;
const cli = process.env.SLIPWAY_CLI ?? new URL('../dist/cli.js', import.meta.url).pathname;

const deployment = (app, i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}-d${i}
  labels: {app: ${app}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: ${app}, part: d${i}}
  template:
    metadata:
      labels: {app: ${app}, part: d${i}}
    spec:
      containers:
        - name: main
          image: ghcr.io/acme/${app}:1.0.${i}
          ports: [{containerPort: 8080}]
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 256Mi}
          env:
            - {name: MODE, value: production}
`;
const service = (app, i) => `apiVersion: v1
kind: Service
metadata:
  name: ${app}-s${i}
spec:
  selector: {app: ${app}, part: d${i}}
  ports: [{port: 80, targetPort: 8080}]
`;
const configMap = (app, i) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-c${i}
data:
  LOG_LEVEL: info
  FEATURE_X: "true"
`;

const root = mkdtempSync(join(tmpdir(), 'slipway-bench-validate-'));
const apps = Math.ceil(OBJECTS / PER_APP);
mkdirSync(join(root, 'argocd'));
for (let a = 0; a < apps; a++) {
  const app = `app${a}`;
  mkdirSync(join(root, 'apps', app), { recursive: true });
  const docs = [];
  for (let i = 0; docs.length < PER_APP; i++)
    docs.push(deployment(app, i), service(app, i), configMap(app, i));
  writeFileSync(join(root, 'apps', app, 'all.yaml'), docs.slice(0, PER_APP).join('---\n'));
  writeFileSync(
    join(root, 'argocd', `${app}.yaml`),
    `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: ${app}}\nspec:\n  source: {repoURL: https://github.com/acme/bench, path: apps/${app}}\n  destination: {namespace: ${app}}\n  syncPolicy: {automated: {prune: true}}\n`,
  );
}

const times = [];
let peakMB = 0;
let result;
for (let run = 0; run < RUNS; run++) {
  const measured = timedNode([
    cli,
    'validate',
    '--format',
    'json',
    '--repo-url',
    'https://github.com/acme/bench',
    root,
  ]);
  times.push(measured.seconds);
  peakMB = Math.max(peakMB, measured.rssMB);
  result = JSON.parse(measured.stdout);
}
rmSync(root, { recursive: true, force: true });
const medianSeconds = median(times);
console.log(
  JSON.stringify({
    bench: 'validate-throughput',
    objects: result.objects,
    apps: result.units,
    findings: result.findings.length,
    runs: RUNS,
    medianSeconds: +medianSeconds.toFixed(3),
    resourcesPerSecondPerCore: Math.round(result.objects / medianSeconds),
    peakRssMB: Math.round(peakMB),
  }),
);
