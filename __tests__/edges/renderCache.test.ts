// The render cache: a push's validation keeps each render under a hash of everything it reads; a pull
// request's base is served from an entry only when the key matches exactly — another tool version, option
// or file content renders again — and an entry that is truncated, unreadable or of a wrong checksum is
// ignored with a notice while the render runs.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileTree, TreeEntry } from '../../src/core/fileTree.js';
import type { HelmRelease } from '../../src/core/render/helmInputs.js';
import { renderCacheAt, type ToolVersions } from '../../src/edges/renderCache.js';
import type { HelmFiles, Renderer } from '../../src/ports.js';

/** A renderer whose output names its call number: a served render shows the number of the kept one. */
function countingRenderer(): Renderer & { calls: number } {
  const fake = {
    calls: 0,
    async kustomizeBuild(_tree: FileTree, path: string) {
      fake.calls++;
      return {
        ok: true,
        stdout: `kind: ConfigMap\nmetadata: {name: ${path}-render-${fake.calls}}\n`,
        error: '',
        renderer: 'kubectl kustomize',
        originToRepo: () => undefined,
      };
    },
    async helmTemplate(_tree: FileTree, chart: { path: string } | { ref: unknown }) {
      fake.calls++;
      const name = 'path' in chart ? chart.path : 'remote';
      return {
        ok: true,
        stdout: `kind: ConfigMap\nmetadata: {name: ${name}-render-${fake.calls}}\n`,
        error: '',
      };
    },
    async versions() {
      return [];
    },
  };
  return fake;
}

const gitBlobId = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');

const FILES: Record<string, string> = {
  'base/kustomization.yaml': 'resources: [cm.yaml]\n',
  'base/cm.yaml': 'kind: ConfigMap\nmetadata: {name: cm}\n',
  'apps/one/kustomization.yaml': 'resources: [../../base]\n',
  'chart/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'chart/templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: {{ .Release.Name }}}\n',
  'chart/values-prod.yaml': 'replicas: 3\n',
};
const INPUTS = ['apps/one/kustomization.yaml', 'base/kustomization.yaml', 'base/cm.yaml'];

/** A tree read from disk (texts, no blob ids): what a push's validation renders. */
const diskTree = (files = FILES): FileTree =>
  new Map(Object.entries(files).map(([path, text]) => [path, { text } as TreeEntry]));
/** A tree read from git (blob ids): what a pull request's base is. */
const gitTree = (files = FILES): FileTree =>
  new Map(Object.entries(files).map(([path, text]) => [path, { text, blob: gitBlobId(text) } as TreeEntry]));

const tools = (
  kustomize = 'kubectl v1.31.0 Kustomize Version: v5.4.2',
  helm = 'helm v3.16.0',
): ToolVersions => ({
  kustomize: async () => kustomize,
  helm: async () => helm,
});

const HELM_FILES: HelmFiles = {
  valueFiles: ['chart/values-prod.yaml'],
  fileParameters: [],
  dependencyFolders: [],
};
const RELEASE: HelmRelease = { releaseName: 'one', namespace: 'one', kubeVersion: '1.31', apiVersions: [] };

let folder: string;
let notices: string[];
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'slipway-render-cache-')), 'render-cache');
  notices = [];
});
afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

const cacheWith = (versions = tools()) => renderCacheAt(folder, (m) => notices.push(m), versions);

/** What a push keeps: one kustomize build (with origins, as validation runs it) and one helm template. */
async function push(versions = tools(), tree = diskTree()) {
  const inner = countingRenderer();
  const writer = cacheWith(versions).writing(inner);
  const built = await writer.kustomizeBuild(tree, 'apps/one', INPUTS, undefined, [], true);
  const templated = await writer.helmTemplate(tree, { path: 'chart' }, HELM_FILES, {}, RELEASE);
  expect(writer.counts()).toMatchObject({ kept: 2, rendered: 2 });
  return { built: built.stdout, templated: templated.stdout };
}

test("a pull request's base renders come from the entries a push kept, and the renderer does not run", async () => {
  const kept = await push();
  const inner = countingRenderer();
  const base = gitTree();
  const reader = cacheWith().reading(inner, base);
  // the base's kustomize build is asked without origins (pairedRenders.ts): the kept build with them serves it
  const built = await reader.kustomizeBuild(base, 'apps/one', INPUTS, undefined, [], false);
  const templated = await reader.helmTemplate(base, { path: 'chart' }, HELM_FILES, {}, RELEASE);
  expect(inner.calls).toBe(0);
  expect(built).toMatchObject({ ok: true, stdout: kept.built });
  expect(templated).toMatchObject({ ok: true, stdout: kept.templated });
  expect(reader.note()).toBe('2 of 2 base render(s) from the render cache');
  expect(notices).toEqual([]);
});

test('a served render lets the work that is due go first (a head render that ended starts the next one)', async () => {
  await push();
  const base = gitTree();
  const reader = cacheWith().reading(countingRenderer(), base);
  const order: string[] = [];
  setImmediate(() => order.push('due'));
  await reader.kustomizeBuild(base, 'apps/one', INPUTS).then(() => order.push('served'));
  expect(order).toEqual(['due', 'served']);
});

test('a changed tool version, option or file misses: the render runs', async () => {
  await push();
  const base = gitTree();
  const misses: Array<[string, (r: Renderer, tree: FileTree) => Promise<unknown>, ToolVersions?]> = [
    [
      'kustomize version',
      (r, t) => r.kustomizeBuild(t, 'apps/one', INPUTS),
      tools('kubectl v1.32.0 Kustomize Version: v5.5.0'),
    ],
    [
      'helm version',
      (r, t) => r.helmTemplate(t, { path: 'chart' }, HELM_FILES, {}, RELEASE),
      tools(undefined, 'helm v3.17.0'),
    ],
    ['build option', (r, t) => r.kustomizeBuild(t, 'apps/one', INPUTS, undefined, ['--enable-helm'])],
    ['kustomize override', (r, t) => r.kustomizeBuild(t, 'apps/one', INPUTS, { namePrefix: 'x-' })],
    ['path', (r, t) => r.kustomizeBuild(t, 'base', INPUTS)],
    ['one input fewer', (r, t) => r.kustomizeBuild(t, 'apps/one', INPUTS.slice(0, 2))],
    [
      'release namespace',
      (r, t) => r.helmTemplate(t, { path: 'chart' }, HELM_FILES, {}, { ...RELEASE, namespace: 'two' }),
    ],
    [
      'kube version',
      (r, t) => r.helmTemplate(t, { path: 'chart' }, HELM_FILES, {}, { ...RELEASE, kubeVersion: '1.30' }),
    ],
    [
      'api versions',
      (r, t) => r.helmTemplate(t, { path: 'chart' }, HELM_FILES, {}, { ...RELEASE, apiVersions: ['x/v1'] }),
    ],
    [
      'inline values',
      (r, t) => r.helmTemplate(t, { path: 'chart' }, HELM_FILES, { values: 'replicas: 4\n' }, RELEASE),
    ],
    [
      'parameters',
      (r, t) =>
        r.helmTemplate(
          t,
          { path: 'chart' },
          HELM_FILES,
          { parameters: [{ name: 'a', value: '1' }] },
          RELEASE,
        ),
    ],
    [
      'value files',
      (r, t) => r.helmTemplate(t, { path: 'chart' }, { ...HELM_FILES, valueFiles: [] }, {}, RELEASE),
    ],
  ];
  for (const [what, render, versions] of misses) {
    const inner = countingRenderer();
    await render(cacheWith(versions ?? tools()).reading(inner, base), base);
    expect([what, inner.calls]).toEqual([what, 1]);
  }
  // a changed blob of the base, of the chart's templates, of a value file
  for (const path of ['base/cm.yaml', 'chart/templates/cm.yaml', 'chart/values-prod.yaml']) {
    const changed = gitTree({ ...FILES, [path]: `${FILES[path]}# changed\n` });
    const inner = countingRenderer();
    const reader = cacheWith().reading(inner, changed);
    await reader.kustomizeBuild(changed, 'apps/one', INPUTS);
    await reader.helmTemplate(changed, { path: 'chart' }, HELM_FILES, {}, RELEASE);
    expect([path, inner.calls]).toEqual([path, 1]);
    expect(reader.counts().fromCache).toBe(1);
  }
  // a file added to the chart's folder is an input too
  const added = gitTree({ ...FILES, 'chart/templates/new.yaml': 'kind: Secret\n' });
  const inner = countingRenderer();
  await cacheWith().reading(inner, added).helmTemplate(added, { path: 'chart' }, HELM_FILES, {}, RELEASE);
  expect(inner.calls).toBe(1);
});

test('only the named tree (the base) is served, a chart from a chart repository never, and a reader keeps nothing', async () => {
  await push();
  const base = gitTree();
  const head = gitTree();
  const inner = countingRenderer();
  const reader = cacheWith().reading(inner, base);
  await reader.kustomizeBuild(head, 'apps/one', INPUTS);
  expect(inner.calls).toBe(1);
  const ref = { ref: { repoURL: 'https://charts.example.com', name: 'demo', version: '1.0.0' } };
  const writer = cacheWith().writing(countingRenderer());
  await writer.helmTemplate(base, ref as never, HELM_FILES, {}, RELEASE);
  expect(writer.counts()).toMatchObject({ kept: 0, rendered: 1 });
  const entries = readdirSync(folder).sort();
  // a miss read at the base renders and keeps nothing
  const missing = gitTree({ ...FILES, 'base/cm.yaml': 'kind: ConfigMap\nmetadata: {name: other}\n' });
  await cacheWith().reading(countingRenderer(), missing).kustomizeBuild(missing, 'apps/one', INPUTS);
  expect(readdirSync(folder).sort()).toEqual(entries);
  // a tool whose version cannot be told is never cached
  const unknown = cacheWith({ kustomize: async () => undefined, helm: async () => undefined }).writing(
    countingRenderer(),
  );
  await unknown.kustomizeBuild(base, 'apps/one', INPUTS);
  expect(unknown.counts()).toMatchObject({ kept: 0, rendered: 1 });
});

test('a link is keyed by the file it leads to', async () => {
  const linked = (target: string): FileTree => {
    const tree = new Map(gitTree({ ...FILES, 'base/a.yaml': 'kind: A\n', 'base/b.yaml': 'kind: B\n' }));
    tree.set('base/cm.yaml', { link: target, blob: gitBlobId(target) });
    return tree;
  };
  const kept = linked('a.yaml');
  await cacheWith().writing(countingRenderer()).kustomizeBuild(kept, 'apps/one', INPUTS);
  const inner = countingRenderer();
  const other = linked('b.yaml');
  await cacheWith().reading(inner, other).kustomizeBuild(other, 'apps/one', INPUTS);
  expect(inner.calls).toBe(1);
  const same = linked('a.yaml');
  await cacheWith().reading(inner, same).kustomizeBuild(same, 'apps/one', INPUTS);
  expect(inner.calls).toBe(1);
});

describe('an entry that cannot be used is ignored with a notice, and the render runs', () => {
  const spoil: Array<[string, (file: string) => void, RegExp]> = [
    ['truncated', (file) => writeFileSync(file, readFileSync(file).subarray(0, -5)), /is truncated/],
    ['cut in its header', (file) => writeFileSync(file, readFileSync(file).subarray(0, 30)), /is truncated/],
    [
      'a wrong checksum',
      (file) => {
        const bytes = readFileSync(file);
        bytes[bytes.length - 3] = 'X'.charCodeAt(0);
        writeFileSync(file, bytes);
      },
      /has a wrong checksum/,
    ],
    [
      'unreadable',
      (file) => {
        rmSync(file);
        mkdirSync(file);
      },
      /cannot be read \(EISDIR\)/,
    ],
  ];
  test.each(spoil)('%s', async (_, damage, problem) => {
    const kept = await push();
    for (const name of readdirSync(folder)) damage(join(folder, name));
    const inner = countingRenderer();
    const base = gitTree();
    const reader = cacheWith().reading(inner, base);
    const built = await reader.kustomizeBuild(base, 'apps/one', INPUTS);
    expect(inner.calls).toBe(1);
    expect(built).toMatchObject({ ok: true, stdout: kept.built }); // the same output, rendered again
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(problem);
    expect(notices[0]).toMatch(
      /^Render cache: the entry [0-9a-f]{12} .*; it is ignored and the render runs\.$/,
    );
    expect(reader.note()).toBe('0 of 1 base render(s) from the render cache (1 entry(ies) ignored)');
  });
});
