// One bad file is a finding naming it, and the rest of the run goes on; memory and time stay bounded;
// bump writes all files or none and never changes a byte it did not mean to. Through dist/.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffUnits } from '../../src/core/diff/clusterDiff.js';
import { COMMENT_LIMIT, diffMarkdown } from '../../src/core/report/diffMarkdown.js';
import { writeManifests } from '../../src/edges/fileTree.js';
import { application, manifestsRepo } from '../support/manifestsRepo.js';
import { ROOT, runCli } from '../support/runAction.js';
import { configMap } from '../support/builders.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-bounded-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (files: Record<string, string | Buffer>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};

async function validate(...args: string[]) {
  const run = await runCli(['validate', '--format', 'json', ...args], { cwd: dir });
  return {
    ...run,
    findings: (JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string; message: string }> })
      .findings,
  };
}

test('an alias bomb, a deeply nested document and an oversized file are findings; the other files are still checked', async () => {
  let bomb = configMap('bomb', 'data:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n');
  for (let i = 1; i < 12; i++)
    bomb += `  a${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  write({
    'apps/bomb.yaml': bomb,
    'apps/deep.yaml': `${configMap('deep', 'data:\n  x: ')}${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    'apps/huge.yaml': configMap('huge', `data:\n  x: "${'x'.repeat(11 * 1024 * 1024)}"\n`),
    'apps/bad.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: many\n',
  });
  const run = await validate('.');
  const by = (file: string) =>
    run.findings.filter((f) => f.file === file).map((f) => `${f.rule}: ${f.message}`);
  expect(by('apps/bomb.yaml')).toEqual([
    expect.stringMatching(/^yaml-limits: this document expands its aliases to more than 1,000,000 nodes/),
  ]);
  expect(by('apps/deep.yaml')).toEqual([expect.stringMatching(/^(yaml-limits|yaml-syntax): /)]);
  expect(by('apps/huge.yaml')).toEqual([
    expect.stringMatching(
      /^file-too-large: apps\/huge\.yaml is 11 MiB, over the 10 MiB limit for one file \(max-file-size\)/,
    ),
  ]);
  expect(by('apps/bad.yaml')).toContainEqual(expect.stringContaining('spec.replicas must be integer'));
  // a file named on the command line gets the same treatment
  const single = await validate('apps/huge.yaml');
  expect(single.findings.map((f) => f.rule)).toEqual(['file-too-large']);
});

test('a legitimate file with 1,100 aliases and YAML merge keys validates cleanly', async () => {
  write({
    'apps/aliases.yaml': `${configMap('many', 'data:\n  base: &v value\n')}${Array.from({ length: 1100 }, (_, i) => `  k${i}: *v\n`).join('')}`,
    'apps/merge.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: merged}
spec:
  <<: &defaults
    selector: {matchLabels: {app: merged}}
    template:
      metadata: {labels: {app: merged}}
      spec:
        containers: [{name: app, image: "nginx:1.27"}]
  replicas: 2
`,
  });
  const run = await validate('.');
  expect(run.findings.filter((f) => f.rule !== 'not-previewed')).toEqual([]);
  expect(run.code).toBe(0);
});

test('a comment stays within GitHub’s limit with thousands of apps and images, and says what it cut', () => {
  const sides = Array.from({ length: 3000 }, (_, i) => {
    const unit = {
      id: `app:app-${i}`,
      file: `apps/app-${i}.yaml`,
      line: 1,
      sources: [{ path: `apps/app-${i}` }],
    };
    const deploy = (tag: string) => ({
      obj: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: `app-${i}` },
        spec: {
          template: { spec: { containers: [{ name: 'app', image: `ghcr.io/acme/service-${i}:${tag}` }] } },
        },
      },
      file: `apps/app-${i}/deploy.yaml`,
      line: 1,
    });
    return {
      base: { unit, objects: [deploy('1.0.0')], findings: [] },
      head: { unit, objects: [deploy('1.0.1')], findings: [] },
    };
  });
  const diff = diffUnits(
    sides.map((s) => s.base),
    sides.map((s) => s.head),
    0,
  );
  expect(diff.images).toHaveLength(3000);
  const comment = diffMarkdown(diff, { commentId: 'big', fullReport: 'the job summary' });
  expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(comment).toMatch(/images: .* and \d+ more/);
  // 3000 different images: no two apps' changes are shown as one
  expect(comment).not.toContain('Changes made in several apps');
  // the rows give way to a list of names, so every app is still accounted for
  expect(comment).toContain('The apps are named without their rows to fit the comment.');
  const list = /^3000 app\(s\): (.*)\.$/m.exec(comment)?.[1] ?? '';
  expect(new Set(list.split(', '))).toEqual(new Set(sides.map((_, i) => `app:app-${i}`)));
});

test('a directory app reads hidden files and files over 4 MiB, and `path: .x` means the folder .x', async () => {
  const repo = manifestsRepo({
    'argocd/cfg.yaml': application('cfg', 'path: .config'),
    '.config/keep.yaml': configMap('keep'),
  });
  try {
    await repo.commit({
      '.config/.hidden.yaml': configMap('hidden'),
      '.config/large.yaml': configMap('large', `data:\n  x: "${'x'.repeat(5 * 1024 * 1024)}"\n`),
    });
    const run = await repo.diff();
    expect(run.json?.apps[0]?.changes.map((c) => c.object)).toEqual([
      'ConfigMap/cfg/hidden',
      'ConfigMap/cfg/large',
    ]);
  } finally {
    repo.remove();
  }
});

describe('bump writes', () => {
  const deployment = (tag: string, extra = '') =>
    Buffer.from(
      `apiVersion: apps/v1\nkind: Deployment\n${extra}metadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:${tag}\n`,
      'latin1',
    );

  test('keep the file mode and every byte outside the tag, even in a file that is not UTF-8', async () => {
    const latin1 = deployment('1.0.0', '# caf\xe9 \xff\xfe owned by \xe9quipe\n');
    write({ 'private.yaml': deployment('1.0.0'), 'latin1.yaml': latin1 });
    chmodSync(join(dir, 'private.yaml'), 0o600);
    const run = await runCli(['bump', '--dir', dir, 'ghcr.io/acme/api:1.1.0']);
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'private.yaml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'latin1.yaml'))).toEqual(
      deployment('1.1.0', '# caf\xe9 \xff\xfe owned by \xe9quipe\n'),
    );
    expect(execFileSync('ls', ['-A', dir]).toString().split('\n').filter(Boolean).sort()).toEqual([
      'latin1.yaml',
      'private.yaml',
    ]);
  });

  test('restore every original when one rename fails part-way', () => {
    write({ 'a.yaml': 'a: old\n', 'b.yaml': 'b: old\n', 'sub/c.yaml': 'c: old\n' });
    // a folder cannot be hard-linked as a backup: the third replacement fails after two succeeded
    const changed = new Map([
      ['a.yaml', 'a: new\n'],
      ['b.yaml', 'b: new\n'],
      ['sub', 'not a file\n'],
    ]);
    expect(() => writeManifests(dir, changed)).toThrow(
      /could not replace .*sub: .*; every file was restored/,
    );
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('a: old\n');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('b: old\n');
    expect(execFileSync('ls', ['-A', dir]).toString().split('\n').filter(Boolean).sort()).toEqual([
      'a.yaml',
      'b.yaml',
      'sub',
    ]);
  });
});

test('bump sent SIGTERM while writing leaves no temporary file and no half-written tree', async () => {
  // enough files that the write phase lasts long enough to be interrupted in the middle of it
  const files = 4000;
  for (let i = 0; i < files; i++) write({ [`apps/a${i}.yaml`]: `image: ghcr.io/acme/api:1.0.0\n` });
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist', 'cli.js'), 'bump', '--dir', dir, 'ghcr.io/acme/api:1.1.0'],
    {
      stdio: 'ignore',
    },
  );
  const temps = () => readdirSync(join(dir, 'apps')).filter((f) => f.includes('.slipway-'));
  let caught = false;
  const deadline = Date.now() + 30_000;
  while (!caught && Date.now() < deadline && child.exitCode === null) {
    if (temps().length > 0) {
      child.kill('SIGTERM');
      caught = true;
    } else await new Promise((r) => setTimeout(r, 2));
  }
  await new Promise((r) =>
    child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r(null),
  );
  expect(caught).toBe(true); // the signal arrived while temporary files existed
  expect(temps()).toEqual([]);
  // all or nothing: the write batch is synchronous, so the signal is handled before it starts or after it ends
  const changed = readdirSync(join(dir, 'apps')).filter((f) =>
    readFileSync(join(dir, 'apps', f), 'utf8').includes('1.1.0'),
  ).length;
  expect([0, files]).toContain(changed);
});
