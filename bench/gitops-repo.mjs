// Generates a synthetic GitOps repository as a real git repository: N apps as Argo CD Applications, each a
// kustomize base with staging and production overlays (every 10th app a plain directory, every 25th with
// a CRD and custom resources), about `objects` objects per app, deterministic by seed. A shared component
// (components/common) is used by every kustomize app, so one commit can touch one app or all of them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const write = (root, path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

function workload(app, i, rand) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}-w${i}
spec:
  replicas: ${1 + Math.floor(rand() * 3)}
  selector:
    matchLabels: {app: ${app}, part: w${i}}
  template:
    metadata:
      labels: {app: ${app}, part: w${i}}
    spec:
      containers:
        - name: main
          image: ghcr.io/acme/${app}:1.0.0
          ports: [{containerPort: 8080}]
          resources:
            requests: {cpu: 50m, memory: 64Mi}
          env:
            - {name: PART, value: w${i}}
---
apiVersion: v1
kind: Service
metadata:
  name: ${app}-w${i}
spec:
  selector: {app: ${app}, part: w${i}}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-w${i}
data:
  LEVEL: "${Math.floor(rand() * 100)}"
`;
}

const application = (name, path, namespace, automated) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
  finalizers: [resources-finalizer.argocd.argoproj.io]
spec:
  project: default
  source:
    repoURL: https://github.com/acme/bench-manifests.git
    targetRevision: main
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
  syncPolicy:
${automated ? '    automated: {prune: true, selfHeal: true}\n' : '    syncOptions: [CreateNamespace=true]\n'}`;

export function generate(root, { apps = 500, objects = 40, seed = 1 } = {}) {
  const rand = random(seed);
  const workloads = Math.max(1, Math.round(objects / 3));
  write(
    root,
    'components/common/kustomization.yaml',
    'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonAnnotations:\n  acme.dev/owner: platform\n',
  );
  for (let a = 0; a < apps; a++) {
    const app = `app${String(a).padStart(4, '0')}`;
    const docs = Array.from({ length: workloads }, (_, i) => workload(app, i, rand)).join('---\n');
    if (a % 10 === 9) {
      write(root, `apps/${app}/all.yaml`, docs);
      write(root, `argocd/${app}.yaml`, application(app, `apps/${app}`, app, true));
      continue;
    }
    write(root, `apps/${app}/base/workloads.yaml`, docs);
    const resources = ['workloads.yaml'];
    if (a % 25 === 0) {
      write(
        root,
        `apps/${app}/base/crd.yaml`,
        `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets${a}.acme.dev\nspec:\n  group: acme.dev\n  scope: Namespaced\n  names: {kind: Widget${a}, plural: widgets${a}}\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: {type: integer}}}}}}\n---\napiVersion: acme.dev/v1\nkind: Widget${a}\nmetadata: {name: w}\nspec: {size: 3}\n`,
      );
      resources.push('crd.yaml');
    }
    write(
      root,
      `apps/${app}/base/kustomization.yaml`,
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources.map((r) => `  - ${r}\n`).join('')}components:\n  - ../../../components/common\n`,
    );
    for (const env of ['staging', 'production']) {
      write(
        root,
        `apps/${app}/overlays/${env}/kustomization.yaml`,
        `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${app}-${env}\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/${app}\n    newTag: "1.0.0"\n`,
      );
      write(
        root,
        `argocd/${app}-${env}.yaml`,
        application(`${app}-${env}`, `apps/${app}/overlays/${env}`, `${app}-${env}`, env === 'staging'),
      );
    }
  }
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@slipway.invalid', ...args], {
      cwd: root,
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'synthetic manifests');
  // packed, as a clone or a CI checkout is: `git add` leaves every object loose (~4,700 files for 500 apps),
  // and reading those is ten times slower than reading a pack, which no real run sees
  git('repack', '-adq');
  return { apps, units: apps * 2 - Math.floor(apps / 10) };
}

/** A second commit, like a PR: `k` apps' staging tag bumped, or the shared component changed. */
export function pullRequest(root, { apps = 1, shared = false } = {}) {
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@slipway.invalid', ...args], {
      cwd: root,
      stdio: 'ignore',
    });
  git('checkout', '-q', '-B', shared ? 'pr-shared' : `pr-${apps}`, 'main');
  if (shared) {
    write(
      root,
      'components/common/kustomization.yaml',
      'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonAnnotations:\n  acme.dev/owner: platform-team\n',
    );
  } else {
    for (let a = 0; a < apps; a++) {
      const app = `app${String(a).padStart(4, '0')}`;
      write(
        root,
        `apps/${app}/overlays/staging/kustomization.yaml`,
        `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${app}-staging\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/${app}\n    newTag: "1.1.0"\n`,
      );
    }
  }
  git('commit', '-qam', 'pull request');
}
