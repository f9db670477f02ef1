// A directory app's files as Argo CD's findManifests reads them: upstream test cases as vectors
// (fixtures/argo/find-manifests.json: Argo CD's reposerver tests at a pinned commit; gobwas-glob.json: the
// glob library's own cases), and the matching budget.
import { readFileSync } from 'node:fs';
import { nonStringAnnotations, type Rendered } from '../../../src/core/render/objects.js';
import { renderDirectory } from '../../../src/core/render/directorySource.js';
import { directoryGlob, MAX_GLOB_LENGTH } from '../../../src/core/render/directoryGlob.js';
import { renderState } from '../../../src/core/render/renderState.js';
import type { DirectoryOptions } from '../../../src/core/argo/unit.js';
import type { TreeEntry } from '../../../src/core/fileTree.js';
import { decodeRepositoryText } from '../../../src/core/yaml/manifestText.js';
import { sourceType } from '../../../src/core/argo/sourceType.js';

type FileFact = string | { link: string } | { base64: string };
interface Expectation {
  objects?: number;
  names?: string[];
  error?: boolean;
}
interface Case {
  test: string;
  file: string;
  line: number;
  folder: string;
  files: Record<string, FileFact>;
  directory?: DirectoryOptions;
  upstream: Expectation;
  slipway?: Expectation;
  note?: string;
}

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/argo/${name}`, import.meta.url), 'utf8')) as T;

const findManifests = fixture<{ source: { commit: string }; cases: Case[] }>('find-manifests.json');
const sourceTypes = fixture<{
  source: { commit: string };
  cases: Array<{
    test: string;
    file: string;
    line: number;
    folder: string;
    files: Record<string, string>;
    upstream: { type: string };
    slipway?: { type: string };
    note?: string;
  }>;
}>('source-type.json');
const gobwas = fixture<{ cases: Array<{ line: number; pattern: string; path: string; match: boolean }> }>(
  'gobwas-glob.json',
);

function treeOf(files: Record<string, FileFact>): Map<string, TreeEntry> {
  const tree = new Map<string, TreeEntry>();
  for (const [path, fact] of Object.entries(files)) {
    if (typeof fact === 'string') tree.set(path, { text: fact });
    else if ('link' in fact) tree.set(path, { link: fact.link });
    else tree.set(path, { text: decodeRepositoryText(Buffer.from(fact.base64, 'base64')) });
  }
  return tree;
}

/** What the unit's pipeline keeps of a directory render (render.ts: the annotation check follows). */
function render(c: Case): Rendered {
  const rendered = renderDirectory(treeOf(c.files), c.folder, c.directory ?? {}, 'app:test');
  const checked = nonStringAnnotations(rendered.objects, 'app:test');
  return { objects: checked.objects, findings: [...rendered.findings, ...checked.findings] };
}

describe(`Argo CD's directory-app cases (argo-cd ${findManifests.source.commit.slice(0, 12)})`, () => {
  test.each(findManifests.cases.map((c) => [`${c.file}:${c.line} ${c.test}`, c] as const))('%s', (_, c) => {
    const expected = c.slipway ?? c.upstream;
    const out = render(c);
    const failed = renderState(out.findings) === 'failed';
    const names = out.objects.map((o) => (o.obj.metadata as { name?: string } | undefined)?.name).sort();
    // an error is the whole app failing (Argo CD's ComparisonError): its objects do not count
    expect({
      error: failed,
      objects: expected.objects === undefined ? undefined : out.objects.length,
      names: expected.names === undefined ? undefined : names,
    }).toEqual({ error: expected.error === true, objects: expected.objects, names: expected.names });
  });

  test('every upstream case passes, or its difference is written down', () => {
    const differ = findManifests.cases.filter((c) => c.slipway !== undefined);
    expect(differ.every((c) => typeof c.note === 'string' && c.note.length > 0)).toBe(true);
    // the closing count: 34 cases, 3 documented differences (null lists counted after GenerateManifests
    // drops them, a link out of the repository refused)
    expect([findManifests.cases.length, differ.length]).toEqual([34, 3]);
  });
});

describe('files beside the manifests that are not manifests', () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata: {a: "1"}\n';
  const run = (extra: Record<string, string>) =>
    renderDirectory(treeOf({ 'web/cm.yaml': cm, ...extra }), 'web', { recurse: true }, 'app:web');

  test.each([
    ['a kustomization without apiVersion and kind', 'resources: [cm.yaml]\nnamePrefix: x-\n'],
    ['a README-like YAML', 'title: Web\nowners: [alice, bob]\n'],
    ['a list', '- one\n- two\n'],
    ['a scalar', 'just words\n'],
    ['broken YAML', 'title: [unclosed\n'],
    // the first document Argo CD cannot decode ends the file; without metadata: it is not a manifest
    [
      'a first document that is not a manifest, then a typeless one',
      'title: x\n---\napiVersion: v1\nkind: Secret\n',
    ],
  ])('%s is ignored, as Argo CD ignores it', (_, text) => {
    const out = run({ 'web/extra.yaml': text });
    expect(out.findings).toEqual([]);
    expect(out.objects).toHaveLength(1);
  });

  test('broken YAML holding apiVersion:, kind: and metadata: fails the app, naming the file', () => {
    const out = run({ 'web/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n' });
    expect(renderState(out.findings)).toBe('failed');
    expect(out.findings[0]).toMatchObject({ rule: 'yaml-syntax', file: 'web/bad.yaml' });
    expect(out.findings[0]?.message).toContain('Argo CD reads web/bad.yaml as manifests');
  });

  test('a first document that is not a manifest in a file that holds one fails the app', () => {
    const out = run({ 'web/extra.yaml': `title: x\n---\n${cm}` });
    expect(out.findings).toEqual([
      expect.objectContaining({ rule: 'missing-type', file: 'web/extra.yaml', line: 1 }),
    ]);
  });

  test('a document Argo CD cannot decode after one it decoded fails the app', () => {
    const out = run({ 'web/two.yaml': `${cm}---\n- a list\n` });
    expect(out.findings).toEqual([
      expect.objectContaining({ rule: 'not-an-object', file: 'web/two.yaml', line: 6 }),
    ]);
  });

  test('a JSON file is always read as a manifest', () => {
    const out = run({ 'web/package.json': '{"name": "web"}' });
    expect(renderState(out.findings)).toBe('failed');
  });
});

describe('links, encodings and annotations', () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n';

  test('a link to nothing or to a folder is skipped; a loop and a link out of the repository are errors', () => {
    const tree = treeOf({
      'web/cm.yaml': cm,
      'web/gone.yaml': { link: 'missing.yaml' },
      'web/dir.yaml': { link: '../other' },
      'other/x.txt': 'x',
    });
    expect(renderDirectory(tree, 'web').findings).toEqual([]);
    const loop = treeOf({ 'web/a.yaml': { link: 'b.yaml' }, 'web/b.yaml': { link: 'a.yaml' } });
    expect(renderDirectory(loop, 'web').findings[0]?.message).toContain('in a loop');
    const out = treeOf({ 'web/up.yaml': { link: '../../etc/passwd' } });
    expect(renderDirectory(out, 'web').findings[0]?.message).toContain('outside the repository');
  });

  test('UTF-16 with a byte order mark is decoded, little- and big-endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cm, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeRepositoryText(le)).toBe(cm);
    expect(decodeRepositoryText(be)).toBe(cm);
    for (const bytes of [le, be]) {
      const tree = new Map<string, TreeEntry>([['web/cm.yaml', { text: decodeRepositoryText(bytes) }]]);
      expect(renderDirectory(tree, 'web').objects).toHaveLength(1);
    }
  });

  test('an annotation that is not a string fails the app; null annotations do not', () => {
    const bad = nonStringAnnotations(
      [
        {
          obj: { kind: 'ConfigMap', metadata: { name: 'a', annotations: { replicas: 3 } } },
          file: 'a.yaml',
          line: 4,
        },
        { obj: { kind: 'ConfigMap', metadata: { name: 'b', annotations: null } }, file: 'b.yaml', line: 1 },
      ],
      'app:x',
    );
    expect(bad.objects).toHaveLength(1);
    expect(bad.findings).toEqual([
      expect.objectContaining({ rule: 'invalid-metadata', file: 'a.yaml', line: 4, object: 'ConfigMap/a' }),
    ]);
    expect(renderState(bad.findings)).toBe('failed');
  });
});

describe("include and exclude, as Argo CD's glob library matches them", () => {
  test.each(gobwas.cases.map((c) => [`glob_test.go:${c.line} ${c.pattern} ~ ${c.path}`, c] as const))(
    '%s',
    (_, c) => {
      const glob = directoryGlob(c.pattern);
      expect(glob.ok && glob.match(c.path)).toBe(c.match);
    },
  );

  test('`**/*.yaml` needs a slash; `*` crosses folders', () => {
    const g = (p: string) => directoryGlob(p) as { ok: true; match: (s: string) => boolean };
    expect(g('**/*.yaml').match('top.yaml')).toBe(false);
    expect(g('**/*.yaml').match('a/b/c.yaml')).toBe(true);
    expect(g('*.yaml').match('a/b/c.yaml')).toBe(true);
  });

  test('a pattern Argo CD cannot compile matches nothing, with a warning', () => {
    expect(directoryGlob('e[[a*')).toMatchObject({ ok: false, reason: 'invalid' });
    const tree = treeOf({ 'web/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    const out = renderDirectory(tree, 'web', { include: '[z-a]' });
    expect(out.objects).toEqual([]);
    expect(out.findings).toEqual([expect.objectContaining({ rule: 'invalid-glob', severity: 'warning' })]);
    expect(renderDirectory(tree, 'web', { exclude: '[' }).objects).toHaveLength(1);
  });

  test('matching is linear: `*a*a*…*b` over a long path takes no backtracking', () => {
    const glob = directoryGlob(`${'*a'.repeat(200)}*b`);
    const path = 'a'.repeat(4000);
    const started = Date.now();
    expect(glob.ok && glob.match(path)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a pattern over the budget is an error, and the app is not rendered', () => {
    expect(directoryGlob('a'.repeat(MAX_GLOB_LENGTH + 1))).toMatchObject({ ok: false, reason: 'tooLong' });
    const tree = treeOf({ 'web/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    const out = renderDirectory(tree, 'web', { include: '*'.repeat(MAX_GLOB_LENGTH + 1) });
    expect(renderState(out.findings)).toBe('failed');
  });
});

describe(`which renderer a source without a type gets, as Argo CD's discovery decides (argo-cd ${sourceTypes.source.commit.slice(0, 12)})`, () => {
  test.each(sourceTypes.cases.map((c) => [`${c.file}:${c.line} ${c.test}`, c] as const))('%s', (_, c) => {
    expect(sourceType(treeOf(c.files), { path: c.folder })).toBe((c.slipway ?? c.upstream).type);
  });

  test('every upstream case passes, or its difference is written down', () => {
    const differ = sourceTypes.cases.filter((c) => c.slipway !== undefined);
    expect(differ.every((c) => typeof c.note === 'string' && c.note.length > 0)).toBe(true);
    // the closing count: 8 cases of discovery_test.go (2 differ: generation turned off in the repo-server),
    // 3 of repository_test.go
    const count = (file: string) => sourceTypes.cases.filter((c) => c.file === file).length;
    expect([
      count('util/app/discovery/discovery_test.go'),
      count('reposerver/repository/repository_test.go'),
      differ.length,
    ]).toEqual([8, 3, 2]);
  });
});
