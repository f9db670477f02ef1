// Argo CD's own generator tests as the spec: the table-driven cases of applicationset/generators/
// {list,git,matrix,merge,value_interpolation,cluster}_test.go and controllers/template/patch_test.go, turned into
// vectors (inputs and expected outputs, with the upstream file, line and pinned commit) under
// __tests__/fixtures/argo/appset/ and run through Slipway's generation engine. A vector whose case cannot
// hold offline is listed as not previewed with the reason; one where Slipway knowingly differs says why,
// and the test holds the difference to be real (so a fix shows up as a failure here, to be marked).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generatorParams,
  patchApplication,
  templatedValues,
} from '../../../src/core/argo/applicationSets.js';
import { clusterSet } from '../../../src/core/argo/clusters.js';
import { treeFromTexts } from '../../../src/core/fileTree.js';
import { ROOT } from '../../support/runAction.js';

interface Vector {
  test: string;
  line: number;
  name?: string;
  kind?: 'values' | 'patch';
  goTemplate?: boolean;
  newGitFileGlobbing?: boolean;
  generator?: Record<string, unknown>;
  files?: Record<string, string>;
  directories?: string[];
  values?: Record<string, string>;
  params?: Record<string, unknown>;
  application?: Record<string, unknown>;
  templatePatch?: string;
  expected?: unknown[];
  expectedError?: string;
  ordered?: boolean;
  /** The folder of `files` holding the cluster Secrets the cluster generator reads. */
  clusters?: string;
  /** A parameter holding a list whose order Argo CD leaves open (flatList's `clusters`). */
  unorderedKey?: string;
  status?: 'passing' | 'difference' | 'not previewed';
  reason?: string;
}

interface VectorFile {
  upstream: { repository: string; commit: string; file: string };
  vectors: Vector[];
}

const DIR = join(ROOT, '__tests__/fixtures/argo/appset');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as VectorFile) }));

/** JSON with map keys sorted: parameter sets compared whatever order their keys came in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );

function run(v: Vector): unknown[] {
  const tree = treeFromTexts(v.files ?? {});
  const options = {
    goTemplate: v.goTemplate === true,
    tree,
    ...(v.clusters !== undefined && { clusters: clusterSet(tree, v.clusters) }),
    repoUrls: ['RepoURL', 'https://git.example.com', 'https://git.example.com/repo-a.git'],
    newGitFileGlobbing: v.newGitFileGlobbing === true,
    ...(v.directories && { directories: v.directories }),
  };
  if (v.kind === 'values') return [templatedValues(v.values ?? {}, { ...v.params }, options)];
  if (v.kind === 'patch') return [patchApplication(v.application ?? {}, v.templatePatch ?? '', {}, options)];
  return generatorParams(v.generator ?? {}, options);
}

/** What Slipway gives: the parameter sets (as a multiset unless order matters), or that it failed. */
/** A set's list under `key` in a fixed order (each item as canonical JSON, sorted). */
function withUnordered(set: unknown, key: string | undefined): unknown {
  if (key === undefined || !set || typeof set !== 'object') return set;
  const list = (set as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return set;
  return { ...set, [key]: list.map(canonical).sort() };
}

function outcome(v: Vector): string {
  try {
    const got = run(v)
      .map((p) => withUnordered(p, v.unorderedKey))
      .map(canonical);
    return JSON.stringify(v.ordered === false ? got.sort() : got);
  } catch (error) {
    return `error: ${(error as Error).constructor.name}`;
  }
}

function expectedOutcome(v: Vector): string {
  if (v.expectedError !== undefined) return 'error';
  const want = (v.expected ?? []).map((p) => withUnordered(p, v.unorderedKey)).map(canonical);
  return JSON.stringify(v.ordered === false ? want.sort() : want);
}

const agrees = (v: Vector): boolean => {
  const got = outcome(v);
  return v.expectedError !== undefined
    ? got.startsWith('error: ') && !got.includes('NotModeled')
    : got === expectedOutcome(v);
};

describe.each(FILES)('$upstream.file', ({ upstream, vectors }) => {
  const previewed = vectors.filter((v) => v.status !== 'not previewed');
  test.each(previewed.filter((v) => v.status !== 'difference'))(`${upstream.file}:$line $test $name`, (v) => {
    // an expected error: Slipway fails the set too (as input Argo CD refuses, not as a generator it skips)
    const got = outcome(v);
    const failed = /^error: (BadInput|TemplateError|BadSelector)$/.test(got);
    expect(v.expectedError !== undefined && failed ? 'error' : got).toBe(expectedOutcome(v));
  });
  const differences = previewed.filter((v) => v.status === 'difference');
  if (differences.length > 0)
    test.each(differences)(`${upstream.file}:$line $test $name differs, as documented: $reason`, (v) => {
      expect(v.reason).toBeTruthy();
      expect(agrees(v)).toBe(false);
    });
  const unpreviewed = vectors.filter((v) => v.status === 'not previewed');
  if (unpreviewed.length > 0)
    test('cases that cannot hold offline are listed with the reason', () => {
      for (const v of unpreviewed) expect(v.reason).toMatch(/\w{3}/);
      process.stdout.write(
        `${upstream.file}: not previewed\n${unpreviewed.map((v) => `  :${v.line} ${v.test} ${v.name ?? ''} — ${v.reason}`).join('\n')}\n`,
      );
    });
});

test('every vector names its upstream line, and each file the pinned commit', () => {
  for (const file of FILES) {
    expect(file.upstream.commit).toMatch(/^[0-9a-f]{40}$/);
    for (const v of file.vectors) expect(v.line).toBeGreaterThan(0);
  }
  const counts = FILES.map(({ upstream, vectors }) => {
    const n = (s: string) => vectors.filter((v) => (v.status ?? 'passing') === s).length;
    return `${upstream.file}: ${n('passing')} passing, ${n('difference')} documented difference, ${n('not previewed')} not previewed`;
  });
  process.stdout.write(`${counts.join('\n')}\n`);
});
