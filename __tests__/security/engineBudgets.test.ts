// Every engine that evaluates repository content has a budget (docs/security.md, "Budgets"): a regex, a
// template, a generator, a glob or a CEL rule written to run forever or to fill memory ends quickly — as a
// finding on its file naming the limit, or with the answer a linear-time engine gives — and the rest of
// the preview goes on. Each attack runs through dist/cli.js diff on a real git repository, in a process
// given 1 GiB of heap and 40 s: past either it fails here instead of hanging the suite.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { application, manifestsRepo, REPO_URL, type DiffJson } from '../support/manifestsRepo.js';
import { ROOT } from '../support/runAction.js';
import { configMap } from '../support/builders.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  json: DiffJson;
}

function diff(dir: string, format = 'json'): Promise<Run> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=1024',
        join(ROOT, 'dist', 'cli.js'),
        'diff',
        '--base',
        'HEAD~1',
        '--head',
        'HEAD',
        '--format',
        format,
        dir,
      ],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      let json = { apps: [], notPreviewed: [] } as unknown as DiffJson;
      try {
        json = JSON.parse(stdout) as DiffJson;
      } catch {
        // asserted below through the app list
      }
      done({ code, stdout, stderr, seconds: (Date.now() - started) / 1000, json });
    });
  });
}

/**
 * A repository with the Application `web`; the head changes web's ConfigMap and adds `files`. The change
 * to web must show whatever the other files do.
 */
async function attack(files: Record<string, string>, base: Record<string, string> = {}): Promise<Run> {
  const repo = manifestsRepo({
    'argocd/web.yaml': application('web', 'path: apps/web'),
    'apps/web/cm.yaml': configMap('web', { v: '1' }),
    ...base,
  });
  try {
    repo.commit({ 'apps/web/cm.yaml': configMap('web', { v: '2' }), ...files });
    const run = await diff(repo.dir);
    const web = run.json.apps.find((a) => a.name === 'web');
    expect({ stderr: run.stderr.slice(0, 500), web: web?.changes.map((c) => c.object) }).toEqual({
      stderr: expect.any(String),
      web: expect.arrayContaining(['ConfigMap/web/web']),
    });
    expect(run.seconds).toBeLessThan(30);
    return run;
  } finally {
    repo.remove();
  }
}

/** An ApplicationSet (Go templates) whose generated apps deploy apps/web under the name `appName`. */
const appSet = (
  name: string,
  generators: string,
  appName: string,
  extra = '',
) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: ${name}, namespace: argocd}
spec:
  goTemplate: true
  generators:
${generators}
  template:
    metadata: {name: '${appName}'}
    spec:
      project: default
      source: {repoURL: ${REPO_URL}, path: apps/web}
      destination: {server: https://kubernetes.default.svc, namespace: generated}
${extra}`;

const oneElement = (name: string) => `    - list: {elements: [{name: ${name}}]}`;

const skipped = (run: Run, name: string) =>
  run.json.notPreviewed.filter((n) => n.name === name).map((n) => `${n.file}: ${n.reason}`);

const newApps = (run: Run) =>
  run.json.apps
    .filter((a) => a.status === 'new')
    .map((a) => a.name)
    .sort();

test('regexMatch "^(a+)+$" on a long string runs in linear time (RE2), with Go’s answer', async () => {
  const run = await attack({
    'argocd/regex.yaml': appSet(
      'regex',
      oneElement('r'),
      '{{ .name }}-{{ if regexMatch "^(a+)+$" (printf "%sb" (repeat 50000 "a")) }}bad{{ else }}ok{{ end }}-{{ regexReplaceAll "(a+)+b" "xaaab" "${1}z" }}',
    ),
  });
  expect(newApps(run)).toEqual(['r-ok-xaaaz']);
  expect(skipped(run, 'regex')).toEqual([]);
});

test('range until 1000000000 is a finding naming the list limit; the other ApplicationSets are previewed', async () => {
  const run = await attack({
    'argocd/huge.yaml': appSet('huge', oneElement('h'), '{{ .name }}{{ range until 1000000000 }}{{ end }}'),
    'argocd/fine.yaml': appSet('fine', oneElement('fine'), '{{ .name }}'),
  });
  expect(skipped(run, 'huge')).toEqual([
    'argocd/huge.yaml: ApplicationSet: it exceeds the template budget: a list of more than 100,000 items (limit listItems), not previewed',
  ]);
  expect(newApps(run)).toEqual(['fine']);
});

test('nested range until 30000 stops at the step limit; untilStep 3 0 0 is empty, as in Go', async () => {
  const run = await attack({
    'argocd/nested.yaml': appSet(
      'nested',
      oneElement('n'),
      '{{ .name }}{{ range until 30000 }}{{ range until 30000 }}{{ end }}{{ end }}',
    ),
    'argocd/step.yaml': appSet(
      'step',
      oneElement('step'),
      '{{ .name }}{{ range untilStep 3 0 0 }}x{{ end }}{{ range untilStep 0 3 1 }}{{ . }}{{ end }}',
    ),
  });
  // the step count ends it; on a machine slowed to a crawl the time limit behind it may come first
  expect(skipped(run, 'nested')).toEqual([
    expect.stringMatching(
      /^argocd\/nested\.yaml: ApplicationSet: it exceeds the template budget: more than (2,000,000 template steps \(limit steps\)|10 s of template execution \(limit timeMs\)), not previewed$/,
    ),
  ]);
  expect(newApps(run)).toEqual(['step012']);
});

test('a string doubled in a loop stops at the value limit, not at the end of memory', async () => {
  const run = await attack({
    'argocd/double.yaml': appSet(
      'double',
      oneElement('d'),
      '{{ $s := "ab" }}{{ range until 64 }}{{ $s = printf "%s%s" $s $s }}{{ end }}{{ .name }}',
    ),
  });
  expect(skipped(run, 'double')).toEqual([
    'argocd/double.yaml: ApplicationSet: it exceeds the template budget: a value of more than 1,048,576 characters (limit valueChars), not previewed',
  ]);
});

test('a 3,000 × 3,000 matrix generator is a finding naming the generated-apps limit', async () => {
  const elements = (key: string) =>
    `[${Array.from({ length: 3000 }, (_, i) => `{${key}: "${i}"}`).join(', ')}]`;
  const run = await attack({
    'argocd/matrix.yaml': appSet(
      'matrix',
      `    - matrix:
        generators:
          - list: {elements: ${elements('a')}}
          - list: {elements: ${elements('b')}}`,
      'm-{{ .a }}-{{ .b }}',
    ),
  });
  expect(skipped(run, 'matrix')).toEqual([
    'argocd/matrix.yaml: ApplicationSet: it generates more than 10,000 Applications (limit generatedApps), not previewed',
  ]);
});

test('a git directories path of many stars against an 80-character folder is matched in linear time, as path.Match', async () => {
  const pattern = `${'*a'.repeat(40)}*b`;
  const run = await attack({
    [`${'a'.repeat(80)}/cm.yaml`]: configMap('long', {}),
    'argocd/dirs.yaml': appSet(
      'dirs',
      `    - git:
        repoURL: ${REPO_URL}
        revision: HEAD
        directories: [{path: '${pattern}'}, {path: 'apps/**'}]`,
      'dir-{{ .path.basename }}',
    ),
  });
  expect(skipped(run, 'dirs')).toEqual([]);
  // `**` is one segment in path.Match: apps/web, never apps itself or anything deeper
  expect(newApps(run)).toEqual(['dir-web']);
});

test('an invalid elementsYaml, templatePatch or generator file is a finding naming the file, never quoting it; the others are previewed', async () => {
  const secret = 'hunter2-DB_PASSWORD';
  const run = await attack({
    'argocd/elements.yaml': appSet(
      'elements',
      `    - list:\n        elementsYaml: '[{name: a}, {password: ${secret}, [ }'`,
      '{{ .name }}',
    ),
    'argocd/patch.yaml': appSet(
      'patch',
      oneElement('p'),
      '{{ .name }}',
      `  templatePatch: |\n    spec: [${secret}\n`,
    ),
    'config/params.json': `{"name": "x", "password": "${secret}",`,
    'argocd/files.yaml': appSet(
      'files',
      `    - git:\n        repoURL: ${REPO_URL}\n        revision: HEAD\n        files: [{path: 'config/*.json'}]`,
      'files-{{ .name }}',
    ),
    'argocd/good.yaml': appSet('good', oneElement('good'), '{{ .name }}'),
  });
  expect([...skipped(run, 'elements'), ...skipped(run, 'patch'), ...skipped(run, 'files')]).toEqual([
    "argocd/elements.yaml: ApplicationSet: its list generator's elementsYaml is not valid YAML or JSON (line 1), not previewed",
    'argocd/patch.yaml: ApplicationSet: its templatePatch, rendered, is not valid YAML or JSON (line 2), not previewed',
    'argocd/files.yaml: ApplicationSet: its git files generator file config/params.json is not valid YAML or JSON (line 1), not previewed',
  ]);
  expect(newApps(run)).toEqual(['good']);
  expect(run.stdout + run.stderr).not.toContain(secret);
});

describe('CEL rules', () => {
  const crd = (rule: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: lists.example.com}
spec:
  group: example.com
  names: {kind: List, plural: lists}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-validations: [{rule: "${rule}", message: the rule failed}]
              properties:
                name: {type: string}
                items: {type: array, items: {type: integer}}
`;
  const list = (spec: string) =>
    `apiVersion: example.com/v1\nkind: List\nmetadata: {name: l}\nspec: ${spec}\n`;
  const webFindings = (run: Run) =>
    run.json.apps.find((a) => a.name === 'web')?.findings.map((f) => `${f.severity} ${f.message}`);

  test('all() inside all() over 20,000 items stops at the per-call cost limit, as the API server does', async () => {
    const run = await attack(
      {
        'apps/web/list.yaml': list(`{items: [${Array.from({ length: 20_000 }, (_, i) => i).join(', ')}]}`),
      },
      { 'apps/web/crd.yaml': crd('self.items.all(x, self.items.all(y, x >= 0))') },
    );
    expect(webFindings(run)).toEqual([
      expect.stringMatching(
        /^error spec fails its CRD's rule: rule self\.items\.all\(x, self\.items\.all\(y, x >= 0\)\) exceeds the CEL cost budget of 1,000,000 steps for one rule \(limit perCall/,
      ),
    ]);
  });

  test("matches('^(a+)+$') on a long string runs in linear time (RE2)", async () => {
    const run = await attack(
      { 'apps/web/list.yaml': list(`{name: ${'a'.repeat(50_000)}b}`) },
      { 'apps/web/crd.yaml': crd("self.name.matches('^(a+)+$')") },
    );
    expect(webFindings(run)).toEqual([
      expect.stringMatching(/^error spec fails its CRD's rule: the rule failed$/),
    ]);
  });
});

test('an ApplicationSet that could not be previewed makes the headline "Preview incomplete", never "No change"', async () => {
  const repo = manifestsRepo({
    'argocd/web.yaml': application('web', 'path: apps/web'),
    'apps/web/cm.yaml': configMap('web', { v: '1' }),
  });
  try {
    // without cluster definitions (input `clusters`) this ApplicationSet is not previewed
    repo.commit({ 'argocd/fleet.yaml': appSet('fleet', '    - clusters: {}', '{{ .name }}') });
    const run = await diff(repo.dir, 'markdown');
    expect(run.stdout).toMatch(
      /\*\*Preview incomplete\*\* — ⚠️ 1 app\(s\) could not be previewed \(1 of \d+\); no change in the \d+ app\(s\) checked\./,
    );
    expect(run.stdout).not.toContain('**No change**');
  } finally {
    repo.remove();
  }
});
