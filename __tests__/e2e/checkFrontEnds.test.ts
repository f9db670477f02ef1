// One pull request through both front ends: the action's check (the bundle, on the pull_request event,
// against the GitHub stand-in) and `slipway check` on the same checkout give the same findings, verdict
// and comment (its footer aside: render time), for every option of the check. Through dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMAND_FLAGS, FLAGS, flagName, inputOf, type FlagSpec } from '../../src/cli/options.js';
import { exampleFiles } from '../support/examples.js';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { openPullRequest, runCheck, type PullRequestRun } from '../support/pullRequestCheckout.js';
import { runCli } from '../support/runAction.js';

const STAGING = 'apps/api/overlays/staging/kustomization.yaml';
const WEB = 'apps/web/deployment.yaml';

/** A change with something for each option to judge: an untagged image, a removed API, an unknown kind, an unknown field, a large file. */
function change(files: Record<string, string>): Record<string, string> {
  return {
    [STAGING]: (files[STAGING] as string).replace('"1.4.0"', '"1.5.0"'),
    [WEB]: (files[WEB] as string).replace('image: nginx:1.27.0', 'image: nginx'),
    'apps/web/pdb.yaml':
      'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  minAvailable: 1\n  selector: {matchLabels: {app: web}}\n',
    'apps/web/widget.yaml':
      'apiVersion: acme.io/v1\nkind: Widget\nmetadata: {name: gadget}\nspec: {size: 3}\n',
    'apps/web/settings.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\nextra: not a ConfigMap field\ndata: {mode: fast}\n',
    'apps/web/big.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: "${'x'.repeat(4000)}"\n`,
  };
}

/**
 * A value other than the default for every input of the check (base is given on every run), a few inputs
 * per run where they do not hide each other: each run is a whole check through both front ends.
 */
const VARIANTS: Array<Record<string, string>> = [
  {},
  { 'fail-on': 'warning', 'image-tag-severity': 'error', 'kubernetes-version': '1.24', strict: 'true' },
  {
    'fail-on': 'never',
    'require-schemas': 'true',
    'crd-catalog': 'true',
    'repo-url': 'https://git.example.com/acme/manifests.git',
  },
  {
    'max-file-size': '0.002',
    // refused without a request (http is not among the protocols): the same reason through both
    'applications-repository': 'http://127.0.0.1:9/acme/argocd-apps',
    'applications-revision': 'v2',
    'applications-path': 'argocd',
  },
  {
    render: 'all',
    'comment-id': 'second',
    'context-lines': '1',
    'argocd-url': 'https://argocd.example.com',
  },
  {
    'kustomize-build-options': '--enable-helm',
    'unit-globs': 'apps/*',
    'tree-index': 'true',
    'track-revisions': 'release-1',
  },
  { selector: 'team=payments', 'render-cache': 'true' },
  { 'ignore-resources': 'apps:Deployment:*', 'new-git-file-globbing': 'true' },
  { 'ignore-lines': 'image: ', clusters: 'argocd/clusters' },
];

let standIn: GitHubStandIn;
let workspace: string;
let out: string;
let pr: PullRequestRun;
beforeAll(async () => {
  const files = exampleFiles();
  standIn = await startStandIn(files);
  workspace = mkdtempSync(join(tmpdir(), 'slipway-front-ends-'));
  out = mkdtempSync(join(tmpdir(), 'slipway-front-ends-out-'));
  pr = openPullRequest(standIn, workspace, change(files));
  // the CLI reads no GitHub: the base must be in the checkout (the action would fetch it)
  execFileSync('git', ['fetch', '--quiet', '--unshallow'], { cwd: workspace });
});
afterAll(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** The CLI's flags for action inputs, by the flag table: `strict: 'true'` → `--strict`. */
function flagsOf(inputs: Record<string, string>, command: 'check' | 'check plan'): string[] {
  return Object.entries(inputs).flatMap(([input, value]) => {
    const key = COMMAND_FLAGS[command].find((k) => inputOf(k) === input);
    if (!key) throw new Error(`slipway ${command} has no flag for input ${input}`);
    const spec: FlagSpec = FLAGS[key];
    const flag = `--${flagName(key)}`;
    return spec.value ? value.split('\n').flatMap((v) => [flag, v]) : value === 'true' ? [flag] : [];
  });
}

/** The CLI in a workflow of the repository: its URL is known, and the comment links to its files. */
const REPOSITORY = { GITHUB_REPOSITORY: 'acme/manifests' };

const footless = (comment: string) =>
  comment.trimEnd().replace(/\n\n<sub>(Rendered with|Nothing rendered)[^\n]*<\/sub>$/, '');
const verdictOf = (text: string) =>
  /(\d+ finding\(s\) at or above "\w+" in what the apps would deploy)/.exec(text)?.[1];

test('the variants give every input of `slipway check` a value other than its default', () => {
  const given = new Set(['base-revision', ...VARIANTS.flatMap((v) => Object.keys(v))]);
  const sharding = ['shard', 'report-file']; // the next test
  const inputs = COMMAND_FLAGS.check.flatMap((k) => inputOf(k) ?? []).filter((i) => !sharding.includes(i));
  expect(inputs.filter((i) => !given.has(i))).toEqual([]);
});

test.each(VARIANTS.map((v) => [JSON.stringify(v), v] as const))(
  'check %s: the action and the CLI give the same findings, verdict and comment',
  async (_, inputs) => {
    const action = await runCheck(standIn, workspace, pr, {
      command: 'check',
      'base-revision': pr.base,
      ...inputs,
    });
    const marker = `<!-- slipway:check:${inputs['comment-id'] ?? 'default'} -->`;
    const comment = standIn.comments.filter((c) => c.body.startsWith(marker)).at(-1)?.body ?? '';
    const report = join(out, 'report.json');
    const cli = await runCli(
      [
        'check',
        '--base-revision',
        pr.base,
        '--format',
        'markdown',
        '--report-file',
        report,
        ...flagsOf(inputs, 'check'),
        workspace,
      ],
      { env: REPOSITORY },
    );
    expect(cli.code).toBe(action.code);
    // findings: every app's, in the JSON report both write
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual(JSON.parse(action.report ?? ''));
    // the verdict, and the comment but for its footer
    expect(verdictOf(cli.stderr)).toBe(verdictOf(action.annotations.at(-1)?.message ?? ''));
    expect(comment).not.toBe('');
    expect(footless(cli.stdout)).toBe(footless(comment));
  },
);

test('the findings the action annotates are the ones the CLI lists, and the default run has some of each severity', async () => {
  const action = await runCheck(standIn, workspace, pr, { command: 'check', base: pr.base });
  const cli = await runCli(['check', '--base', pr.base, workspace], { env: REPOSITORY });
  const levels = new Set(action.annotations.map((a) => a.level));
  expect(levels).toEqual(new Set(['error', 'warning']));
  for (const annotation of action.annotations.filter((a) => a.file))
    expect(cli.stderr).toContain(`${annotation.file}:${annotation.line}`);
});

test('a shard writes the same partial report from both, and check plan sizes the matrix alike', async () => {
  const actionReport = join(out, 'action-shard.json');
  const cliReport = join(out, 'cli-shard.json');
  const action = await runCheck(standIn, workspace, pr, {
    command: 'check',
    shard: '1/2',
    'report-file': actionReport,
  });
  const cli = await runCli(
    ['check', '--base', pr.base, '--shard', '1/2', '--report-file', cliReport, workspace],
    { env: { GITHUB_REPOSITORY: 'acme/manifests' } },
  );
  expect([cli.code, action.code]).toEqual([0, 0]);
  const untimed = (file: string) => ({
    ...(JSON.parse(readFileSync(file, 'utf8')) as object),
    timings: undefined,
  });
  expect(untimed(cliReport)).toEqual(untimed(actionReport));

  const plan = await runCheck(standIn, workspace, pr, { command: 'check-plan', 'max-shards': '1' });
  const cliPlan = await runCli(
    [
      'check',
      'plan',
      '--base',
      pr.base,
      '--format',
      'json',
      ...flagsOf({ 'max-shards': '1' }, 'check plan'),
      workspace,
    ],
    { env: REPOSITORY },
  );
  expect(plan.outputs['affected-apps']).toBe('2'); // api-staging and web
  const planned = JSON.parse(cliPlan.stdout) as Record<string, unknown>;
  expect({
    'affected-apps': String(planned['affected-apps']),
    shards: String(planned.shards),
    matrix: JSON.stringify(planned.matrix),
  }).toEqual({
    'affected-apps': plan.outputs['affected-apps'],
    shards: plan.outputs.shards,
    matrix: plan.outputs.matrix,
  });
});
