// The policy never approves what the preview did not see: each test starts from an eligible staging
// patch bump and adds one thing the preview cannot vouch for. Through dist/ against the GitHub stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';

const POLICY = `environments:
  staging:
    paths: ["apps/*/overlays/staging/**", "apps/web/**", "argocd/**"]
    auto-merge: any
allowed-paths: ["docs/**"]
`;
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
  return body;
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
