// Each example workflow's Slipway step, run through the runner harness against the GitHub stand-in with
// the token the workflow gives it: GITHUB_TOKEN with the permissions the workflow declares (the stand-in
// refuses what GitHub refuses for them), or the PAT / GitHub App token its comments ask for.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn, type Permissions } from '../support/githubStandIn.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';
import { ROOT, runAction } from '../support/runAction.js';

interface Workflow {
  permissions?: Permissions;
  jobs: Record<
    string,
    { permissions?: Permissions; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }
  >;
}

/** An example workflow, parsed. */
const workflowOf = (file: string) =>
  parse(readFileSync(join(ROOT, 'examples', 'workflows', file), 'utf8')) as Workflow;

/** A step's `with:`, as the runner passes inputs: strings. */
const inputsOf = (step: { with?: Record<string, unknown> }): Record<string, string> =>
  Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));

/** The Slipway step of an example and the GITHUB_TOKEN permissions of its job. */
function example(file: string): { inputs: Record<string, string>; permissions: Permissions } {
  const workflow = workflowOf(file);
  for (const job of Object.values(workflow.jobs)) {
    const step = job.steps.find((s) => s.uses?.startsWith('acme/slipway@'));
    if (step) return { inputs: inputsOf(step), permissions: { ...workflow.permissions, ...job.permissions } };
  }
  throw new Error(`${file} has no Slipway step`);
}

/** Values of the expressions the examples use, as the runner would evaluate them. */
const EXPRESSIONS: Record<string, string> = {
  'github.ref_name': 'v1.5.0',
  'steps.meta.outputs.version': '1.5.0',
  'steps.build.outputs.digest': `sha256:${'a'.repeat(64)}`,
  'secrets.MANIFESTS_TOKEN': 'pat-token',
  'steps.app-token.outputs.token': 'app-token',
};
const evaluate = (inputs: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [
      k,
      v.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
        const value = EXPRESSIONS[name];
        if (value === undefined) throw new Error(`no value for \${{ ${name} }}`);
        return value;
      }),
    ]),
  );

let standIn: GitHubStandIn;
let workspace: string;
afterEach(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('manifests-repo-check.yml and manifests-repo-check-auto-merge.yml', () => {
  const STAGING = 'apps/api/overlays/staging/kustomization.yaml';
  beforeEach(async () => {
    standIn = await startStandIn({
      ...exampleFiles(),
      '.slipway.yml': readFileSync(join(ROOT, 'examples', 'slipway.yml'), 'utf8'),
    });
    workspace = mkdtempSync(join(tmpdir(), 'slipway-example-'));
  });
  const eligiblePullRequest = () => {
    const old = standIn.repo.show('main', STAGING) as string;
    return openPullRequest(standIn, workspace, { [STAGING]: old.replace('"1.4.0"', '"1.4.1"') });
  };

  test('with the permissions it declares (contents: read): comment, label and status go through; nothing is merged', async () => {
    const { inputs, permissions } = example('manifests-repo-check.yml');
    expect(permissions.contents).toBe('read');
    standIn.tokens.set('github-token', permissions);
    const pr = eligiblePullRequest();
    const run = await runCheck(standIn, workspace, pr, { ...evaluate(inputs), token: 'github-token' });
    expect(run.code).toBe(0);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(standIn.comments).toHaveLength(1);
    const pull = standIn.pulls.find((p) => p.number === pr.number);
    expect(pull?.labels).toEqual([{ name: 'slipway:auto-merge' }]);
    expect(pull?.auto_merge ?? null).toBeNull();
    expect(standIn.statuses.find((s) => s.sha === pr.head)?.state).toBe('success');
  });

  test('manifests-repo-check-auto-merge.yml, with the permissions it declares: auto-merge is enabled too', async () => {
    const { inputs, permissions } = example('manifests-repo-check-auto-merge.yml');
    standIn.tokens.set('github-token', permissions);
    const pr = eligiblePullRequest();
    const run = await runCheck(standIn, workspace, pr, { ...evaluate(inputs), token: 'github-token' });
    expect(run.code).toBe(0);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(standIn.comments).toHaveLength(1);
    const pull = standIn.pulls.find((p) => p.number === pr.number);
    expect(pull?.labels).toEqual([{ name: 'slipway:auto-merge' }]);
    expect(pull?.auto_merge).toEqual({ merge_method: 'squash', expected_head_oid: pr.head });
    expect(standIn.statuses.find((s) => s.sha === pr.head)?.state).toBe('success');
  });

  test.each([
    [
      'manifests-repo-check-auto-merge.yml',
      'contents: read',
      { contents: 'read' },
      'enabling auto-merge needs a token with `contents: write` and `pull-requests: write`',
    ],
    [
      'manifests-repo-check.yml',
      'no statuses: write',
      { statuses: 'none' },
      'Could not set the slipway/policy status on #1 (the token may not: give the job `permissions: { statuses: write }`)',
    ],
    [
      'manifests-repo-check.yml',
      'no pull-requests: write',
      { 'pull-requests': 'read' },
      'give the job `permissions: { pull-requests: write }`',
    ],
  ] as const)(
    '%s with %s: the refusal is a warning naming the permission',
    async (file, _name, change, warning) => {
      const { inputs, permissions } = example(file);
      standIn.tokens.set('github-token', { ...permissions, ...change });
      const run = await runCheck(standIn, workspace, eligiblePullRequest(), {
        ...evaluate(inputs),
        token: 'github-token',
      });
      expect(run.code).toBe(0);
      expect(run.annotations).toContainEqual(
        expect.objectContaining({ level: 'warning', message: expect.stringContaining(warning) }),
      );
    },
  );
});

describe('manifests-repo-check-tree-index.yml', () => {
  const workflow = () => workflowOf('manifests-repo-check-tree-index.yml');
  const step = (job: string, uses: string) => {
    const found = workflow().jobs[job]?.steps.find((s) => s.uses?.startsWith(uses));
    if (!found) throw new Error(`no ${uses} step in job ${job}`);
    return inputsOf(found) as Record<string, string> & { path: string };
  };
  const STAGING = 'apps/api/overlays/staging/kustomization.yaml';
  let pushed: string;
  beforeEach(async () => {
    standIn = await startStandIn(exampleFiles());
    workspace = mkdtempSync(join(tmpdir(), 'slipway-example-'));
    pushed = mkdtempSync(join(tmpdir(), 'slipway-example-push-'));
  });
  afterEach(() => rmSync(pushed, { recursive: true, force: true }));

  test("the push job keeps main's index where the cache saves it; the pull request's check, given it, stands on it and comments the same", async () => {
    standIn.tokens.set('github-token', { ...workflow().permissions });
    // the push job: a shallow checkout of main, the Slipway step, the folder actions/cache/save keeps
    execFileSync('git', [
      'clone',
      '--quiet',
      '--depth=1',
      '--branch=main',
      `file://${standIn.repo.dir}`,
      pushed,
    ]);
    const main = standIn.repo.refSha('main') as string;
    const indexRun = await runAction({
      apiUrl: standIn.url,
      inputs: { ...step('index', 'acme/slipway@'), token: 'github-token' },
      event: { name: 'push' },
      env: { GITHUB_REPOSITORY: 'acme/manifests', GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: main },
      cwd: pushed,
    });
    expect(indexRun.code).toBe(0);
    expect(indexRun.stdout).toContain(`Tree index: kept the tree index of ${main.slice(0, 7)}`);
    const saved = step('index', 'actions/cache/save@');
    expect(saved.key).toBe('slipway-tree-index-${{ github.sha }}');
    expect(readdirSync(join(pushed, saved.path))).toHaveLength(1);

    // the pull request job, first without the cache: read whole
    const staging = standIn.repo.show('main', STAGING) as string;
    const pr = openPullRequest(standIn, workspace, { [STAGING]: staging.replace('"1.4.0"', '"1.4.1"') });
    expect(pr.base).toBe(main);
    const inputs = { ...step('preview', 'acme/slipway@'), token: 'github-token' };
    const whole = await runCheck(standIn, workspace, pr, inputs);
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain("the base's tree index kept for the next preview");
    const wholeComment = standIn.comments[0]?.body;
    expect(wholeComment).toContain('ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.4.1');

    // …then with what actions/cache/restore brings back under the key of the pull request's base
    const restored = step('preview', 'actions/cache/restore@');
    expect(restored.key).toBe('slipway-tree-index-${{ github.event.pull_request.base.sha }}');
    rmSync(join(workspace, restored.path), { recursive: true, force: true });
    cpSync(join(pushed, saved.path), join(workspace, restored.path), { recursive: true });
    const indexed = await runCheck(standIn, workspace, pr, inputs);
    expect(indexed.code).toBe(0);
    expect(indexed.stdout).toContain("the base's tree index stood for its apps");
    expect(standIn.comments).toHaveLength(1);
    // the same comment, but for the footer's render time
    const untimed = (body?: string) => body?.replace(/render\(s\) in [\d.]+ s/, 'render(s) in … s');
    expect(untimed(standIn.comments[0]?.body)).toBe(untimed(wholeComment));
  });
});

describe.each(['app-repo-bump-pat.yml', 'app-repo-bump-github-app.yml'])('%s', (file) => {
  test('the bump step opens its pull request with the token the workflow gives it', async () => {
    standIn = await startStandIn(exampleFiles(), { owner: 'acme', name: 'k8s-manifests' });
    workspace = mkdtempSync(join(tmpdir(), 'slipway-example-'));
    // a fine-grained PAT or GitHub App with Contents and Pull requests read & write, as the comments say
    for (const token of ['pat-token', 'app-token'])
      standIn.tokens.set(token, { contents: 'write', 'pull-requests': 'write' });
    const run = await runAction({
      apiUrl: standIn.url,
      inputs: evaluate(example(file).inputs),
      event: { name: 'push' },
    });
    expect(run.code).toBe(0);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(run.outputs.updated).toBe('true');
    expect(standIn.openPulls()).toHaveLength(1);
  });
});
