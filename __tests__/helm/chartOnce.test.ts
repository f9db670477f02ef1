// Many apps share one chart: its Chart.yaml and lock are read and parsed once per run, not once per app
// (a 300-app repository whose apps all deploy one chart parsed it 300 times per side on every preview).
// Counted through the reader (a tree entry that counts reads of its text, as git's lazily read blobs are
// read) and through the injected parser; no timing.
import { parse } from 'yaml';
import { SEARCHED_STRINGS, type FileTree, type TreeEntry } from '../../src/core/fileTree.js';
import { chartCache, chartDependencies } from '../../src/core/render/chartDependencies.js';
import { computeDiff } from '../../src/pipeline/preview.js';
import type { Renderer } from '../../src/ports.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { application, REPO_URL } from '../support/manifestsRepo.js';

const APPS = 300;
const CHART =
  'apiVersion: v2\nname: shared\nversion: 1.0.0\ndependencies:\n  - {name: lib, version: 1.0.0, repository: "file://../lib"}\n';
const LOCK =
  'dependencies:\n  - {name: lib, version: 1.0.0, repository: "file://../lib"}\ndigest: sha256:0\n';

/** A file as git's reader gives it: a blob id, what `git grep` found it lacks, and its text read on use (counted). */
function countedEntry(text: string, blob: string, reads: Map<string, number>, path: string): TreeEntry {
  return {
    blob,
    lacks: new Set(SEARCHED_STRINGS.filter((s) => !text.includes(s))),
    get text() {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return text;
    },
  };
}

function repository(reads: Map<string, number>, changedApp?: number): FileTree {
  const tree = new Map<string, TreeEntry>();
  const plain = (path: string, text: string) => tree.set(path, { text });
  tree.set('charts/shared/Chart.yaml', countedEntry(CHART, 'c0', reads, 'Chart.yaml'));
  tree.set('charts/shared/Chart.lock', countedEntry(LOCK, 'l0', reads, 'Chart.lock'));
  plain('charts/shared/templates/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
  plain('charts/lib/Chart.yaml', 'apiVersion: v2\nname: lib\nversion: 1.0.0\n');
  for (let i = 0; i < APPS; i++) {
    plain(
      `argocd/app${i}.yaml`,
      application(`app${i}`, `path: charts/shared\nhelm:\n  valueFiles: [../../values/app${i}.yaml]`),
    );
    plain(`values/app${i}.yaml`, `replicas: ${i === changedApp ? 2 : 1}\n`);
  }
  return tree;
}

/** helm template, faked: one ConfigMap per release, holding the value file's text. */
const fakeHelm: Renderer = {
  ...concatenatingRenderer,
  async helmTemplate(tree, _chart, files, _helm, release) {
    const values = files.valueFiles.map((f) => tree.get(f)?.text ?? '').join('');
    return {
      ok: true,
      stdout: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${release.releaseName}}\ndata: {values: ${JSON.stringify(values)}}\n`,
      error: '',
    };
  },
};

test(`a one-app preview of ${APPS} apps that share one chart reads and parses the chart once`, async () => {
  const reads = new Map<string, number>();
  const parsed: string[] = [];
  const charts = chartCache((text) => {
    parsed.push(text);
    return parse(text);
  });
  const settings = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const, charts };
  const run = await computeDiff(repository(reads), repository(reads, 7), settings, fakeHelm);

  expect(run.units).toBe(APPS);
  expect(run.affected).toBe(1);
  expect(run.diff.apps.filter((a) => a.status !== 'unchanged').map((a) => a.name)).toEqual(['app7']);
  expect(Object.fromEntries(reads)).toEqual({ 'Chart.yaml': 1, 'Chart.lock': 1 });
  expect(parsed.filter((t) => t === CHART)).toHaveLength(1);
  expect(parsed.filter((t) => t === LOCK)).toHaveLength(1);
});

test('a chart shared by many apps still reports its problems on each app', () => {
  const tree = new Map<string, TreeEntry>([
    ['charts/shared/Chart.yaml', { text: CHART }],
    // the lock sends lib to a chart repository: helm dependency build would reach the network
    ['charts/shared/Chart.lock', { text: LOCK.replace('file://../lib', 'https://charts.example.com') }],
    ['charts/lib/Chart.yaml', { text: 'apiVersion: v2\nname: lib\nversion: 1.0.0\n' }],
  ]);
  let parses = 0;
  const cache = chartCache((text) => {
    parses++;
    return parse(text);
  });
  const one = chartDependencies(
    tree,
    'charts/shared',
    { unit: 'one', file: 'argocd/one.yaml', line: 1 },
    cache,
  );
  const two = chartDependencies(
    tree,
    'charts/shared',
    { unit: 'two', file: 'argocd/two.yaml', line: 3 },
    cache,
  );
  expect(parses).toBe(2); // Chart.yaml and Chart.lock, once
  for (const [deps, unit, file, line] of [
    [one, 'one', 'argocd/one.yaml', 1],
    [two, 'two', 'argocd/two.yaml', 3],
  ] as const) {
    expect(deps.localFolders).toEqual(['charts/lib']);
    expect(deps.findings).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'chart-lock', unit, file, line }),
    ]);
    expect(deps.findings[0]?.message).toMatch(/Chart\.lock gives dependency "lib" the repository/);
  }
});

test('a chart whose Chart.yaml differs between base and head is read again', () => {
  const cache = chartCache();
  const at = { file: 'argocd/one.yaml', line: 1 };
  const base = new Map<string, TreeEntry>([['c/Chart.yaml', { text: 'name: c\n' }]]);
  const head = new Map<string, TreeEntry>([
    [
      'c/Chart.yaml',
      { text: 'name: c\ndependencies: [{name: d, repository: "https://charts.example.com"}]\n' },
    ],
  ]);
  expect(chartDependencies(base, 'c', at, cache).notPreviewed).toBeUndefined();
  expect(chartDependencies(head, 'c', at, cache).notPreviewed).toMatch(/chart dependency d needs https:/);
});
