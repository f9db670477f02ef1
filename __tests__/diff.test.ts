// The predicted cluster diff on real git repositories: the example manifests at base, a change at head.
import { localRenderer } from '../src/edges/renderers.js';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { computeDiff, type PreviewSettings } from '../src/pipeline/preview.js';
import { COMMENT_LIMIT, diffMarkdown } from '../src/core/report/diffMarkdown.js';
import { diffJson, diffJsonText } from '../src/core/report/diffJson.js';
import { diffText } from '../src/core/report/diffText.js';
import { blobsReadLazily } from '../src/edges/gitBlobs.js';
import { diskTree, gitTree } from '../src/edges/trees.js';
import { ROOT } from './support/runAction.js';
import { helmTest } from './support/helm.js';
import type { Renderer } from '../src/ports.js';

const REPO = 'https://github.com/acme/manifests';
/** The repository examples/manifests' Applications name. */
const EXAMPLES = 'https://github.com/acme/k8s-manifests';
const SETTINGS: PreviewSettings = {
  repoUrls: [REPO, EXAMPLES],
  render: 'changed',
  kubernetesVersion: '1.31',
  strict: false,
  requireSchemas: false,
  imageTagSeverity: 'warning',
  kustomizeBuildOptions: [],
  paths: [],
};

let dir: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir })
    .toString()
    .trim();
const write = (files: Record<string, string | null>) => {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, path));
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-diff-'));
  cpSync(join(ROOT, 'examples', 'manifests'), dir, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function diffAfter(
  files: Record<string, string | null>,
  settings: Partial<PreviewSettings> = {},
  renderer: Renderer = localRenderer,
) {
  write(files);
  git('add', '-A');
  git('commit', '-qm', 'head');
  return computeDiff(gitTree(dir, 'HEAD~1'), gitTree(dir, 'HEAD'), { ...SETTINGS, ...settings }, renderer);
}

/** The real renderer, noting each kustomize build's folder and whether it asked for origin annotations. */
function notingRenderer(): { renderer: Renderer; builds: string[] } {
  const builds: string[] = [];
  const renderer: Renderer = {
    ...localRenderer,
    kustomizeBuild(tree, path, inputs, overrides, options, origins) {
      builds.push(`${path}${origins === false ? '' : ' +origins'}`);
      return localRenderer.kustomizeBuild(tree, path, inputs, overrides, options, origins);
    },
  };
  return { renderer, builds };
}

const STAGING = 'apps/api/overlays/staging/kustomization.yaml';
const stagingAt = (tag: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: api-staging\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "${tag}"\n`;
const app = (name: string, path: string, extra = '') =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n${extra}spec:\n  source: {repoURL: ${REPO}, path: ${path}}\n  destination: {namespace: ${name}}\n  syncPolicy: {automated: {prune: true}}\n`;

test('an image bump in one overlay: one app changes, only its base and head are rendered', async () => {
  const run = await diffAfter({ [STAGING]: stagingAt('1.5.0') });
  expect(run.rendered).toBe(2);
  expect(run.diff.unchangedApps).toBe(2);
  expect(run.diff.apps.map((a) => [a.name, a.status])).toEqual([['api-staging', 'changed']]);
  const change = run.diff.apps[0]?.changes[0];
  expect(change).toMatchObject({
    change: 'changed',
    object: 'Deployment/api-staging/api',
    summary: ['image api: ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.5.0'],
    consequence: 'applied automatically; self-heal reverts manual changes',
  });
  expect(run.diff.images).toEqual(['ghcr.io/acme/api:1.4.0 → ghcr.io/acme/api:1.5.0']);
  expect(diffText(run.diff, false)).toContain(
    '-          image: ghcr.io/acme/api:1.4.0\n    +          image: ghcr.io/acme/api:1.5.0',
  );
});

test('a one-app PR reads only the files its renders need, and says what eager trees say', async () => {
  write({ [STAGING]: stagingAt('1.5.0') });
  git('add', '-A');
  git('commit', '-qm', 'head');
  const base = gitTree(dir, 'HEAD~1');
  const head = gitTree(dir, 'HEAD');
  const run = await computeDiff(base, head, SETTINGS, localRenderer);
  // the api base's three workload files (the api's renders); not web's deployment nor the chart's values
  expect(blobsReadLazily(base)).toBe(3);
  expect(base.get('apps/web/deployment.yaml')?.text).toContain('kind: Deployment');
  expect(blobsReadLazily(base)).toBe(4);
  // the same revisions checked out and read whole from disk
  const checkout = (rev: string) => {
    const out = mkdtempSync(join(tmpdir(), 'slipway-diff-checkout-'));
    git('worktree', 'add', '-q', '--detach', out, rev);
    return out;
  };
  const [baseDir, headDir] = [checkout('HEAD~1'), checkout('HEAD')];
  const eager = await computeDiff(diskTree(baseDir), diskTree(headDir), SETTINGS, localRenderer);
  for (const d of [baseDir, headDir]) rmSync(d, { recursive: true, force: true });
  expect(diffJson(run.diff)).toEqual(diffJson(eager.diff));
  expect(run.diff.apps.map((a) => [a.name, a.status])).toEqual([['api-staging', 'changed']]);
});

test('a deleted manifest: deleted in a pruning app, left running in one without prune', async () => {
  const noPrune = app('web', 'apps/web').replace('automated: {prune: true}', 'automated: {}');
  write({
    'argocd/web.yaml': noPrune,
    'apps/web/service.yaml':
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n',
  });
  git('add', '-A');
  git('commit', '-qm', 'web service');
  const run = await diffAfter({
    'apps/api/base/service.yaml': null,
    'apps/api/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - secret.yaml\n',
    'apps/web/service.yaml': null,
  });
  const consequences = Object.fromEntries(
    run.diff.apps.flatMap((a) => a.changes.map((c) => [`${a.name} ${c.object}`, [c.change, c.consequence]])),
  );
  expect(consequences).toEqual({
    'api-production Service/api-production/api': ['deleted', 'deleted when someone syncs with prune'],
    'api-staging Service/api-staging/api': ['deleted', 'will be deleted'],
    'web Service/web/web': [
      'deleted',
      'will be left running (automated sync without prune); the app shows OutOfSync',
    ],
  });
});

test('a base is built without origin annotations unless a deleted object needs its own file from it', async () => {
  const bump = notingRenderer();
  const run = await diffAfter({ [STAGING]: stagingAt('1.5.0') }, {}, bump.renderer);
  // the base's objects matter only where they equal the head's: its build skips the annotations
  expect(bump.builds.sort()).toEqual(['apps/api/overlays/staging', 'apps/api/overlays/staging +origins']);
  expect(run.diff.apps[0]?.changes[0]).toMatchObject({ file: 'apps/api/base/deployment.yaml', line: 1 });

  const removal = notingRenderer();
  const removed = await diffAfter(
    {
      'apps/api/base/service.yaml': null,
      'apps/api/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - secret.yaml\n',
    },
    {},
    removal.renderer,
  );
  // a deleted object is shown from the base: that base is built again, with the annotations
  expect(removal.builds.filter((b) => b.startsWith('apps/api/overlays/staging')).sort()).toEqual([
    'apps/api/overlays/staging',
    'apps/api/overlays/staging +origins',
    'apps/api/overlays/staging +origins',
  ]);
  const deleted = removed.diff.apps.flatMap((a) => a.changes.map((c) => [a.name, c.change, c.file, c.line]));
  expect(deleted).toEqual([
    ['api-production', 'deleted', 'apps/api/base/service.yaml', 1],
    ['api-staging', 'deleted', 'apps/api/base/service.yaml', 1],
  ]);
});

helmTest(
  'a base built again for a deleted object renders its Helm source as the first build did (the CRD API versions)',
  async () => {
    write({
      'argocd/multi.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata: {name: multi}',
        'spec:',
        '  sources:',
        `    - {repoURL: ${REPO}, path: apps/multi/k}`,
        `    - {repoURL: ${REPO}, path: apps/multi/chart}`,
        '  destination: {namespace: multi}',
        '',
      ].join('\n'),
      'apps/multi/k/kustomization.yaml': 'resources: [a.yaml, b.yaml]\n',
      'apps/multi/k/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      'apps/multi/k/b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n',
      'apps/multi/chart/Chart.yaml': 'apiVersion: v2\nname: multi\nversion: 1.0.0\n',
      'apps/multi/chart/templates/cm.yaml':
        '{{- if .Capabilities.APIVersions.Has "example.com/v1" }}\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: needs-crd}\n{{- end }}\n',
      'crds/widget.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: widgets.example.com}\nspec:\n  group: example.com\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]\n',
    });
    git('add', '-A');
    git('commit', '-qm', 'multi-source app');
    const run = await diffAfter({
      'apps/multi/k/kustomization.yaml': 'resources: [a.yaml]\n',
      'apps/multi/k/b.yaml': null,
    });
    // only the deleted ConfigMap: the chart's object, rendered at both sides with the CRD's version, is unchanged
    expect(run.diff.apps.flatMap((a) => a.changes.map((c) => [a.name, c.change, c.object, c.file]))).toEqual([
      ['multi', 'deleted', 'ConfigMap/multi/b', 'apps/multi/k/b.yaml'],
    ]);
  },
);

test('apps a base deploys (app-of-apps) keep their own files, though the base skips origin annotations', async () => {
  const child = (repo: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: child\nspec:\n  source: {repoURL: https://github.com/other/${repo}, path: x}\n  destination: {namespace: child}\n`;
  write({
    'argocd/root.yaml': app('root', 'apps/root'),
    'apps/root/kustomization.yaml': 'resources:\n  - cm.yaml\n  - child.yaml\n',
    'apps/root/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n',
    'apps/root/child.yaml': child('one'),
  });
  git('add', '-A');
  git('commit', '-qm', 'root app');
  const run = await diffAfter({ 'apps/root/child.yaml': child('two') });
  // the child points at another repository, which this preview does not fetch: not previewed, from its own file
  expect(run.diff.apps.find((a) => a.name === 'root')?.status).toBe('changed');
  const children = run.diff.apps.filter((a) => a.name.endsWith('child'));
  // one entry, the child as its Application names it
  expect(children.map((a) => `${a.name} ${a.status} ${a.file}:${a.line}`)).toEqual([
    'child not-previewed apps/root/child.yaml:1',
  ]);
  expect(children.map((a) => a.note).join('\n')).toContain(
    'not previewed: apps/root/child.yaml:1: could not fetch https://github.com/other/two@HEAD (other repositories are not fetched here)',
  );
  expect(run.diff.notPreviewed).toEqual([]);
});

test('an app-of-apps changed elsewhere: its child, found in its own file and left alone, is not listed again under the parent', async () => {
  const child = `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: child\nspec:\n  source: {repoURL: https://github.com/other/one, path: x}\n  destination: {namespace: child}\n`;
  const cm = (value: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {value: "${value}"}\n`;
  write({
    'argocd/root.yaml': app('root', 'apps/root'),
    'apps/root/kustomization.yaml': 'resources:\n  - cm.yaml\n  - child.yaml\n',
    'apps/root/cm.yaml': cm('one'),
    'apps/root/child.yaml': child,
  });
  git('add', '-A');
  git('commit', '-qm', 'root app');
  const run = await diffAfter({ 'apps/root/cm.yaml': cm('two') });
  expect(run.diff.apps.map((a) => `${a.name} ${a.status}`)).toEqual(['root changed']);
  expect(run.diff.notPreviewed).toEqual([]);
});

test('Prune=false on an object keeps it running even in a pruning app', async () => {
  write({
    'apps/web/cm.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keep\n  annotations: {argocd.argoproj.io/sync-options: Prune=false}\n',
  });
  git('add', '-A');
  git('commit', '-qm', 'keep');
  const run = await diffAfter({ 'apps/web/cm.yaml': null });
  expect(run.diff.apps[0]?.changes[0]?.consequence).toBe(
    'will be left running (Prune=false); the app shows OutOfSync',
  );
});

test('a new app, and removed apps with and without the resources finalizer', async () => {
  const run = await diffAfter({
    'argocd/jobs.yaml': app('jobs', 'apps/jobs'),
    'apps/jobs/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: jobs}\n',
    'argocd/api-staging.yaml': null,
    'argocd/web.yaml': null,
  });
  const byName = Object.fromEntries(run.diff.apps.map((a) => [a.name, [a.status, a.note]]));
  expect(byName).toEqual({
    jobs: ['new', 'new app: 1 object(s) created automatically'],
    'api-staging': ['removed', 'app removed: Argo CD deletes its 3 object(s) (resources finalizer)'],
    web: [
      'removed',
      'app removed without the resources finalizer: its 1 object(s) are left running, orphaned',
    ],
  });
});

test('an Application spelled with escapes or a !!binary tag, as Kubernetes decodes them, is still previewed', async () => {
  const run = await diffAfter({
    // "\x2e" is ".", and !!binary's base64 is "argoproj.io/v1alpha1": Argo CD syncs both as Applications
    'argocd/escaped.yaml': app('escaped', 'apps/jobs')
      .replace('argoproj.io', 'argoproj\\x2eio')
      .replace(/^apiVersion: (.*)$/m, 'apiVersion: "$1"'),
    'argocd/binary.yaml': app('binary', 'apps/jobs').replace(
      'argoproj.io/v1alpha1',
      `!!binary ${Buffer.from('argoproj.io/v1alpha1').toString('base64')}`,
    ),
    'argocd/json.json': JSON.stringify({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'json' },
      spec: { source: { repoURL: REPO, path: 'apps/jobs' }, destination: { namespace: 'json' } },
    }).replace('argoproj.io', 'argoproj\\u002eio'),
    'apps/jobs/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: jobs}\n',
  });
  expect(run.diff.apps.map((a) => [a.name, a.status]).sort()).toEqual([
    ['binary', 'new'],
    ['escaped', 'new'],
    ['json', 'new'],
  ]);
});

test('an ApplicationSet spelled with escapes or a !!binary tag, in a repository without another, still generates its apps', async () => {
  // whether a run loads the ApplicationSet engine is decided from the files' text before parsing them
  const appSet = (name: string) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: ApplicationSet',
      `metadata: {name: ${name}, namespace: argocd}`,
      'spec:',
      `  generators: [{list: {elements: [{app: ${name}}]}}]`,
      '  template:',
      "    metadata: {name: '{{app}}'}",
      '    spec:',
      `      source: {repoURL: '${REPO}', path: apps/jobs}`,
      "      destination: {server: 'https://kubernetes.default.svc', namespace: '{{app}}'}",
      '',
    ].join('\n');
  const run = await diffAfter({
    // "\x53" is "S"; !!binary's base64 is "ApplicationSet"; "\u0053" in JSON: Argo CD reads all three
    'argocd/escaped.yaml': appSet('escaped').replace('kind: ApplicationSet', 'kind: "Application\\x53et"'),
    'argocd/binary.yaml': appSet('binary').replace(
      'kind: ApplicationSet',
      `kind: !!binary ${Buffer.from('ApplicationSet').toString('base64')}`,
    ),
    'argocd/json.json': JSON.stringify({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: 'json' },
      spec: {
        generators: [{ list: { elements: [{ app: 'json' }] } }],
        template: {
          metadata: { name: '{{app}}' },
          spec: { source: { repoURL: REPO, path: 'apps/jobs' }, destination: { namespace: '{{app}}' } },
        },
      },
    }).replace('"ApplicationSet"', '"Application\\u0053et"'),
    'apps/jobs/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: jobs}\n',
  });
  expect(run.diff.apps.map((a) => [a.name, a.status]).sort()).toEqual([
    ['binary', 'new'],
    ['escaped', 'new'],
    ['json', 'new'],
  ]);
});

test('the JSON printed one app at a time is the JSON of the whole diff (new, removed and changed apps; none)', async () => {
  const run = await diffAfter({
    'argocd/jobs.yaml': app('jobs', 'apps/jobs'),
    'apps/jobs/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: jobs}\n',
    'argocd/web.yaml': null,
    [STAGING]: stagingAt('1.5.0'),
  });
  expect(run.diff.apps.length).toBeGreaterThan(2);
  const counts = { units: run.units, rendered: run.rendered };
  for (const diff of [run.diff, { ...run.diff, apps: [] }]) {
    const printed = [...diffJsonText(diff, counts)].join('');
    expect(printed).toBe(`${JSON.stringify({ ...(diffJson(diff) as object), ...counts }, null, 2)}\n`);
  }
});

test('a renamed app with identical output is reported as renamed, not removed and created', async () => {
  const web = execFileSync('cat', [join(dir, 'argocd/web.yaml')]).toString();
  const run = await diffAfter({
    'argocd/web.yaml': null,
    'argocd/frontend.yaml': web.replace('name: web\n', 'name: frontend\n'),
  });
  expect(run.diff.apps.map((a) => [a.name, a.status, a.renamedFrom, a.changes.length])).toEqual([
    ['frontend', 'renamed', 'web', 0],
  ]);
});

test('a Secret change shows which keys changed and never a value, in every format', async () => {
  const run = await diffAfter({
    'apps/api/base/secret.yaml':
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\nstringData:\n  DATABASE_PASSWORD: s3cr3t-new-password\n  API_KEY: brand-new-key-123\n',
  });
  const outputs = [
    JSON.stringify(diffJson(run.diff)),
    diffText(run.diff, false),
    diffMarkdown(run.diff, { commentId: 't' }),
  ];
  for (const out of outputs) {
    expect(out).not.toContain('s3cr3t-new-password');
    expect(out).not.toContain('brand-new-key-123');
    expect(out).not.toContain('example-only-not-a-real-password');
  }
  const text = diffText(run.diff, false);
  expect(text).toContain('+  API_KEY: <secret value hidden>');
  expect(text).toContain('-  DATABASE_PASSWORD: <secret value hidden>');
  expect(text).toContain('+  DATABASE_PASSWORD: <secret value changed>');
});

test('a change to a shared kustomize base renders every app built on it', async () => {
  const run = await diffAfter({
    'apps/api/base/service.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: {app: api}\n  ports:\n    - port: 8080\n      targetPort: 8080\n',
  });
  expect(run.diff.apps.map((a) => a.name)).toEqual(['api-production', 'api-staging']);
  expect(run.rendered).toBe(4);
});

test('a change to a README renders nothing', async () => {
  const run = await diffAfter({ 'README.md': '# manifests\n' });
  expect(run.rendered).toBe(0);
  expect(run.diff.apps).toEqual([]);
  expect(diffMarkdown(run.diff, { commentId: 't' })).toContain(
    '**No change** to what the apps deploy (3 app(s) checked).',
  );
});

test('ignoreDifferences jsonPointers are respected', async () => {
  write({
    'argocd/web.yaml': app('web', 'apps/web', '').replace(
      '  syncPolicy',
      '  ignoreDifferences:\n    - {group: apps, kind: Deployment, jsonPointers: [/spec/replicas]}\n  syncPolicy',
    ),
  });
  git('add', '-A');
  git('commit', '-qm', 'ignore replicas');
  const deployment = execFileSync('cat', [join(dir, 'apps/web/deployment.yaml')]).toString();
  const run = await diffAfter({
    'apps/web/deployment.yaml': deployment.replace('replicas: 1', 'replicas: 5'),
  });
  expect(run.diff.apps).toEqual([]);
  expect(run.rendered).toBe(2);
});

test('validation findings of the head are shown per app', async () => {
  const run = await diffAfter({
    'apps/web/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: lots\n',
  });
  expect(run.diff.apps[0]?.findings.map((f) => f.message)).toContain('spec.replicas must be integer');
  expect(diffMarkdown(run.diff, { commentId: 't' })).toMatch(
    /\| web \| in-cluster \/ web \| auto \| \+0 ~1 −0 \| ❌ \d+ error\(s\)/,
  );
});

test('an oversized diff is cut to fit a comment, keeping the table and saying what was cut', async () => {
  const big = Array.from({ length: 3000 }, (_, i) => `  KEY_${i}: "${'v'.repeat(40)}${i}"`).join('\n');
  const run = await diffAfter({
    'apps/web/big.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${big}\n`,
  });
  const markdown = diffMarkdown(run.diff, { commentId: 't', fullReport: 'the job summary' });
  expect(markdown.length).toBeLessThan(COMMENT_LIMIT);
  expect(markdown).toContain('| web | in-cluster / web | auto | +1 ~0 −0 | ✅ |');
  expect(markdown).toMatch(/✂️ .*left out to fit the comment\. The full report: the job summary\./);
  expect(diffMarkdown(run.diff, { commentId: 't', budget: Infinity }).length).toBeGreaterThan(COMMENT_LIMIT);
});

test('--render all renders every app at base and head, with the same result', async () => {
  const changed = await diffAfter({ [STAGING]: stagingAt('1.6.0') });
  const all = await computeDiff(
    gitTree(dir, 'HEAD~1'),
    gitTree(dir, 'HEAD'),
    { ...SETTINGS, render: 'all' },
    localRenderer,
  );
  expect(all.rendered).toBe(6);
  expect(diffJson(all.diff)).toEqual(diffJson(changed.diff));
});

test('golden: the comment for an image bump and a replica change', async () => {
  const deployment = execFileSync('cat', [join(dir, 'apps/web/deployment.yaml')]).toString();
  const run = await diffAfter({
    [STAGING]: stagingAt('1.5.0'),
    'apps/web/deployment.yaml': deployment.replace('replicas: 1', 'replicas: 2'),
  });
  const markdown = diffMarkdown(run.diff, {
    commentId: 'golden',
    fileUrl: (file, line) => `https://github.com/acme/manifests/blob/HEAD/${file}#L${line}`,
  });
  const golden = join(ROOT, '__tests__', 'fixtures', 'diff', 'image-bump.md');
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, markdown);
  expect(markdown).toBe(execFileSync('cat', [golden]).toString());
});
