// Bench: an ApplicationSet fleet's generation against a one-app preview's floor, measured in the same run.
// A git directories generator over 1,000 folders and a template with a dozen sprig calls expand to 1,000
// Applications (core/argo/applicationSets.ts, the templates through goTemplate.ts). What is measured: the
// expansion in process, cold — each in a fresh process, as one `slipway check` does it once (JIT and lazy
// compilation included) — timed around expandApplicationSet alone (wall and CPU), the module loading and
// the tree built before it left out. Beside it, the same for the same ApplicationSet over 1 folder: the
// marginal cost of the other 999 apps is the difference. The floor is what a one-app preview cannot
// avoid: `node -e 0` plus that app's two renders (`kubectl kustomize`, base and head). Goal: the cold
// expansion of the 1,000 apps (not only the marginal cost) ≤ 10 % of the floor.
// Usage: node bench/appset-fleet.mjs [apps=1000] [runs=5]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timedCommand, timedNode } from './measure.mjs';

const APPS = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 5);
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'slipway-bench-appset-'));

execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    join(root, 'bench/appset-entry.ts'),
    '-o',
    join(work, 'bundle'),
    '-q',
    '--no-cache',
  ],
  { cwd: root },
);

export const APPSET = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: fleet, namespace: argocd}
spec:
  goTemplate: true
  generators:
    - git:
        repoURL: https://github.com/acme/manifests.git
        revision: HEAD
        directories: [{path: 'apps/*'}]
  template:
    metadata:
      name: '{{ .path.basename | lower | trunc 40 | trimSuffix "-" }}'
      labels:
        team: '{{ index .path.segments 0 | upper | lower }}'
        hash: '{{ .path.path | sha256sum | trunc 8 }}'
        env: '{{ default "dev" .env | quote | replace "\\"" "" }}'
      annotations:
        slug: '{{ slugify .path.basename }}'
        where: '{{ printf "%s-%s" (base .path.path) (dir .path.path | base) }}'
    spec:
      project: default
      source:
        repoURL: https://github.com/acme/manifests.git
        targetRevision: HEAD
        path: '{{ .path.path }}'
      destination:
        server: https://kubernetes.default.svc
        namespace: '{{ .path.basename | snakecase | kebabcase | nospace }}'
`;

const name = (i) => `app-${String(i).padStart(4, '0')}`;
const kustomization = (i) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [cm.yaml]\nnamePrefix: ${name(i)}-\n`;
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {replicas: "2"}\n';

// the child: the tree is built first (reading files is measured elsewhere), then the expansion is timed
const child = join(work, 'expand.mjs');
writeFileSync(
  child,
  `import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
const { expandApplicationSet, treeFromTexts } = createRequire(import.meta.url)(${JSON.stringify(join(work, 'bundle/index.js'))});
const { parse } = createRequire(${JSON.stringify(join(root, 'package.json'))})('yaml');
const apps = Number(process.argv[2]);
const files = { 'argocd/fleet.yaml': process.argv[3] };
for (let i = 0; i < apps; i++) {
  const n = 'app-' + String(i).padStart(4, '0');
  files['apps/' + n + '/kustomization.yaml'] = 'resources: [cm.yaml]\\n';
  files['apps/' + n + '/cm.yaml'] = 'kind: ConfigMap\\n';
}
const tree = treeFromTexts(files);
const appSet = parse(process.argv[3]);
const cpu = process.cpuUsage();
const start = performance.now();
const out = expandApplicationSet(appSet, 'argocd/fleet.yaml', 1, tree, ['https://github.com/acme/manifests']);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
if (out.applications.length !== apps || out.notPreviewed.length > 0) {
  console.error(JSON.stringify(out.notPreviewed));
  process.exit(1);
}
console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));
`,
);

// one app of the fleet, on disk, for the floor's renders
const appDir = join(work, 'repo', 'apps', name(0));
mkdirSync(appDir, { recursive: true });
writeFileSync(join(appDir, 'kustomization.yaml'), kustomization(0));
writeFileSync(join(appDir, 'cm.yaml'), configMap);

const expansions = [];
const singles = [];
const floors = [];
for (let run = 0; run < RUNS; run++) {
  // interleaved: one expansion of each size, then one floor, so load drifts alike on every side
  const expand = timedNode([child, String(APPS), APPSET]);
  if (expand.status !== 0) throw new Error(`the expansion failed: ${expand.stderr}`);
  expansions.push(JSON.parse(expand.stdout));
  const single = timedNode([child, '1', APPSET]);
  if (single.status !== 0) throw new Error(`the expansion failed: ${single.stderr}`);
  singles.push(JSON.parse(single.stdout));
  const node = timedNode(['-e', '0']);
  const renders = [
    timedCommand('kubectl', ['kustomize', appDir]),
    timedCommand('kubectl', ['kustomize', appDir]),
  ];
  floors.push({
    ms: (node.seconds + renders[0].seconds + renders[1].seconds) * 1000,
    cpuMs: (node.cpuSeconds + renders[0].cpuSeconds + renders[1].cpuSeconds) * 1000,
  });
}
if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
else console.error(work);

const expandMs = median(expansions.map((e) => e.ms));
const expandCpuMs = median(expansions.map((e) => e.cpuMs));
const oneAppMs = median(singles.map((e) => e.ms));
const oneAppCpuMs = median(singles.map((e) => e.cpuMs));
const floorMs = median(floors.map((f) => f.ms));
const floorCpuMs = median(floors.map((f) => f.cpuMs));
console.log(
  JSON.stringify({
    bench: 'appset-fleet',
    apps: APPS,
    runs: RUNS,
    measured: 'in-process expansion, cold (a fresh process each), timed around expandApplicationSet alone',
    expandMs: Math.round(expandMs),
    expandCpuMs: Math.round(expandCpuMs),
    oneAppExpandMs: Math.round(oneAppMs),
    oneAppExpandCpuMs: Math.round(oneAppCpuMs),
    floorMs: Math.round(floorMs),
    floorCpuMs: Math.round(floorCpuMs),
    ratio: +(expandMs / floorMs).toFixed(3),
    cpuRatio: +(expandCpuMs / floorCpuMs).toFixed(3),
    marginalRatio: +((expandMs - oneAppMs) / floorMs).toFixed(3),
    marginalCpuRatio: +((expandCpuMs - oneAppCpuMs) / floorCpuMs).toFixed(3),
    goalRatio: 0.1,
    goal: 'ratio ≤ 0.1 (the cold expansion of the fleet ≤ 10 % of a one-app preview floor)',
    load: +loadavg()[0].toFixed(2),
  }),
);
