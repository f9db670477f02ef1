// Nothing from a pull request runs on the runner or reads a file outside the repository: every value
// that reaches helm or git is checked and passed as `--flag=value` or after `--`. Through dist/ with a
// real helm.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmTest } from '../support/helm.js';
import { application, chartFiles, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runAction } from '../support/runAction.js';

let outside: string;
let repo: ManifestsRepo | undefined;
beforeEach(() => {
  outside = mkdtempSync(join(tmpdir(), 'slipway-outside-'));
});
afterEach(() => {
  repo?.remove();
  repo = undefined;
  rmSync(outside, { recursive: true, force: true });
});

/** A script that leaves a file behind if anything runs it. */
function trap(): { script: string; ran: () => boolean } {
  const script = join(outside, 'pwn.sh');
  const marker = join(outside, 'ran');
  writeFileSync(script, `#!/bin/sh\ntouch ${marker}\ncat\n`);
  chmodSync(script, 0o755);
  return { script, ran: () => existsSync(marker) };
}

const findings = (json: { apps: Array<{ findings: Array<{ message: string }> }> } | undefined) =>
  (json?.apps ?? []).flatMap((a) => a.findings.map((f) => f.message));

helmTest(
  'a release name, app name or chart name written as a helm option is refused, and nothing runs',
  async () => {
    const { script, ran } = trap();
    repo = manifestsRepo({ ...chartFiles('charts/demo'), 'apps/.keep': '' });
    const result = await repo.commit({
      'apps/by-release.yaml': application(
        'by-release',
        `path: charts/demo\nhelm:\n  releaseName: --post-renderer=${script}`,
      ),
      'apps/by-chart.yaml': application(
        'by-chart',
        `chart: --post-renderer=${script}\ntargetRevision: 1.0.0`,
      ).replace('repoURL: https://github.com/acme/manifests', 'repoURL: https://charts.example.com'),
    });
    expect(result).toMatch(/^[0-9a-f]{40}$/);
    const run = await repo.diff();
    expect(ran()).toBe(false);
    const messages = findings(run.json);
    expect(messages).toContainEqual(
      expect.stringContaining(`release name "--post-renderer=${script}" is not a valid Helm release name`),
    );
    expect(messages).toContainEqual(
      expect.stringContaining(`chart name "--post-renderer=${script}" is not a valid chart name`),
    );
  },
);

helmTest(
  'value files that leave the repository are refused with a finding; none of their content is read',
  async () => {
    const secret = join(outside, 'secret-values.yaml');
    writeFileSync(secret, 'stolen: RUNNER-SECRET-CONTENT\n');
    const up = '../'.repeat(12);
    repo = manifestsRepo(chartFiles('charts/demo'));
    await repo.commit({
      'apps/relative.yaml': application(
        'relative',
        `path: charts/demo\nhelm:\n  valueFiles: ["${up}${secret.slice(1)}"]`,
      ),
      'apps/absolute.yaml': application(
        'absolute',
        `path: charts/demo\nhelm:\n  valueFiles: ["/${up}${secret.slice(1)}"]`,
      ),
      'apps/ref.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ref, namespace: argocd}
spec:
  sources:
    - repoURL: https://github.com/acme/manifests
      path: charts/demo
      helm:
        valueFiles: ["$values/${up}${secret.slice(1)}"]
    - repoURL: https://github.com/acme/manifests
      ref: values
  destination: {server: https://kubernetes.default.svc, namespace: ref}
`,
      'charts/demo/escape.yaml': null,
    });
    execFileSync('ln', ['-s', secret, join(repo.dir, 'charts/demo/linked-values.yaml')]);
    await repo.commit({
      'apps/linked.yaml': application(
        'linked',
        'path: charts/demo\nhelm:\n  valueFiles: [linked-values.yaml]',
      ),
    });
    // the link commit is the head; its base already has the three escaping apps
    const run = await repo.diff(['--base', 'HEAD~2']);
    expect(run.stdout + run.stderr).not.toContain('RUNNER-SECRET-CONTENT');
    const messages = findings(run.json);
    expect(messages.filter((m) => /resolves outside the repository; it is not read/.test(m))).toHaveLength(3);
    expect(messages).toContainEqual(
      expect.stringContaining('value file linked-values.yaml is a link that leaves the repository'),
    );
  },
);

test('a base input written as a git option is refused before git runs', async () => {
  const { ran } = trap();
  const workspace = mkdtempSync(join(tmpdir(), 'slipway-ws-'));
  try {
    const run = await runAction({
      inputs: { token: 'x', command: 'check', base: `--upload-pack=touch ${join(outside, 'ran')}` },
      event: {
        name: 'pull_request',
        payload: { pull_request: { number: 1, base: { sha: 'a'.repeat(40) } } },
      },
      env: { GITHUB_REPOSITORY: 'acme/manifests', GITHUB_WORKSPACE: workspace },
      cwd: workspace,
    });
    expect(run.code).toBe(1);
    expect(run.annotations.at(-1)?.message).toMatch(
      /^Input "base-revision" must be a branch name or a commit id; got "--upload-pack=/,
    );
    expect(ran()).toBe(false);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});

// helm renders a copy of the whole chart folder: the one place a crafted tree's paths would be written
helmTest('`..` entries of a crafted git tree are never written outside the render folder', async () => {
  repo = manifestsRepo(chartFiles('charts/demo'));
  const name = `slipway-escape-${process.pid}-${Date.now()}.yaml`;
  // render folders are made in /dev/shm where it exists, else in the temporary folder: watch both
  const escapeTargets = [join(tmpdir(), name), join('/dev/shm', name)];
  // charts/demo/../../../<name>: trees named `..` that git itself would refuse to check out
  const hash = (input: string, args: string[]) =>
    execFileSync('git', args, { cwd: repo?.dir, input }).toString().trim();
  const blob = hash('escaped: true\n', ['hash-object', '-w', '--stdin']);
  let tree = hash(`100644 blob ${blob}\t${name}\n`, ['mktree']);
  for (let i = 0; i < 3; i++) tree = hash(`040000 tree ${tree}\t..\n`, ['mktree', '--missing']);
  const demo = repo.git('rev-parse', 'HEAD:charts/demo');
  const listing = repo.git('ls-tree', 'HEAD:charts/demo') + `\n040000 tree ${tree}\t..\n`;
  const newDemo = hash(listing, ['mktree', '--missing']);
  expect(newDemo).not.toBe(demo);
  const charts = hash(`040000 tree ${newDemo}\tdemo\n`, ['mktree', '--missing']);
  const apps = hash(
    `100644 blob ${hash(application('demo', 'path: charts/demo'), ['hash-object', '-w', '--stdin'])}\tdemo.yaml\n`,
    ['mktree'],
  );
  const root = hash(`040000 tree ${apps}\tapps\n040000 tree ${charts}\tcharts\n`, ['mktree', '--missing']);
  const commit = repo.git(
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@t',
    'commit-tree',
    root,
    '-p',
    'HEAD',
    '-m',
    'crafted',
  );
  repo.git('update-ref', 'refs/heads/main', commit);
  const run = await repo.diff();
  expect(escapeTargets.filter((target) => existsSync(target))).toEqual([]);
  expect(run.json?.apps.map((a) => a.name)).toEqual(['demo']);
  for (const target of escapeTargets) rmSync(target, { force: true });
});
