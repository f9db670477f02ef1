// Workflows that work when copied: every workflow (this repository's CI and the examples) passes
// actionlint, and the mistakes actionlint cannot see — a missing registry login, a tag lookup without
// tags, a Slipway step without the permissions it needs — are checked here, in the README's snippets too.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './support/runAction.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowFiles = [
  ...readdirSync(join(ROOT, '.github', 'workflows')).map((f) => join('.github', 'workflows', f)),
  ...readdirSync(join(ROOT, 'examples', 'workflows')).map((f) => join('examples', 'workflows', f)),
];

/** The README's YAML snippets that use Slipway, as workflows (a list of steps becomes one job's steps). */
function readmeSnippets(): Array<[string, Workflow]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .filter((text) => text.includes('acme/slipway@v1'))
    .map((text, i) => [
      `README.md snippet ${i + 1}`,
      text.includes('jobs:')
        ? (parse(text) as Workflow)
        : { on: 'push', jobs: { snippet: { steps: parse(text.replace(/^ {6}/gm, '')) as Step[] } } },
    ]);
}

const INPUTS = new Set(
  Object.keys((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs),
);

/** What a copied workflow would get wrong, in words. */
function mistakes(workflow: Workflow): string[] {
  const out: string[] = [];
  const events = JSON.stringify(workflow.on ?? '');
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const permissions = { ...workflow.permissions, ...job.permissions };
    const steps = job.steps ?? [];
    steps.forEach((step, i) => {
      const before = steps.slice(0, i);
      if (
        step.uses?.startsWith('docker/build-push-action') &&
        step.with?.push === true &&
        /ghcr\.io/.test(JSON.stringify(step.with))
      )
        if (!before.some((s) => s.uses?.startsWith('docker/login-action')))
          out.push(`${name}: pushes to ghcr.io without a docker/login-action step before it`);
      if (step.run?.includes('git describe')) {
        const checkout = before.find((s) => s.uses?.startsWith('actions/checkout'));
        if (String(checkout?.with?.['fetch-depth']) !== '0')
          out.push(`${name}: runs git describe after a checkout without fetch-depth: 0 (no tags)`);
      }
      if (!step.uses?.startsWith('acme/slipway@')) return;
      for (const input of Object.keys(step.with ?? {}))
        if (!INPUTS.has(input)) out.push(`${name}: Slipway has no input "${input}" (action.yml)`);
      const command = step.with?.command ?? (/pull_request/.test(events) ? 'check' : 'bump');
      // the steps that comment, label and set the status: check, and check-merge after shards
      if (command !== 'check-merge' && !(command === 'check' && step.with?.shard === undefined)) return;
      if (permissions['pull-requests'] !== 'write')
        out.push(`${name}: check needs pull-requests: write (comment, label)`);
      if (permissions.statuses !== 'write')
        out.push(`${name}: check needs statuses: write (the slipway/policy status)`);
      if (
        (['true', 'merge', 'squash', 'rebase'].includes(String(step.with?.['auto-merge'])) ||
          ['merge', 'squash', 'rebase'].includes(String(step.with?.['auto-merge-method']))) &&
        permissions.contents !== 'write'
      )
        out.push(`${name}: auto-merge needs contents: write (GitHub's enablePullRequestAutoMerge)`);
    });
  }
  return out;
}

test('every workflow passes actionlint (a current one: it knows the vars context)', () => {
  const bin = join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
  const out = execFileSync(process.execPath, [bin, '{.github,examples}/workflows/*.yml'], {
    cwd: ROOT,
  }).toString();
  expect(out).toContain(`Checking ${workflowFiles.length} workflow file(s)`);
  expect(out).toContain('All workflow files passed lint checks');
});

test.each([
  ...workflowFiles.map((f): [string, Workflow] => [
    f,
    parse(readFileSync(join(ROOT, f), 'utf8')) as Workflow,
  ]),
  ...readmeSnippets(),
])('%s works when copied', (_file, workflow) => {
  expect(mistakes(workflow)).toEqual([]);
});

test('the checks catch what the examples once got wrong', () => {
  const broken = parse(`on: pull_request
permissions: { contents: read, pull-requests: write }
jobs:
  preview:
    steps:
      - uses: actions/checkout@v5
      - run: echo "$(git describe --tags)"
      - uses: docker/build-push-action@v6
        with: { push: true, tags: "ghcr.io/acme/api:1" }
      - uses: acme/slipway@v1
        with: { auto-merge: true, kubernetes_version: '1.31' }
`) as Workflow;
  expect(mistakes(broken)).toEqual([
    'preview: runs git describe after a checkout without fetch-depth: 0 (no tags)',
    'preview: pushes to ghcr.io without a docker/login-action step before it',
    'preview: Slipway has no input "kubernetes_version" (action.yml)',
    'preview: check needs statuses: write (the slipway/policy status)',
    "preview: auto-merge needs contents: write (GitHub's enablePullRequestAutoMerge)",
  ]);
});
