// Files are read document by document with js-yaml and positions from `yaml` only when asked; that
// reading must give what `yaml` alone gives: the same objects, lines, findings and field positions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { manifestDocuments, yamlDocuments } from '../../../src/core/render/documentReader.js';
import type { ParsedDocument } from '../../../src/core/render/objects.js';
import { ROOT } from '../../support/runAction.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every path from a document's root to a scalar, and a few that do not exist. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => paths(v, [...prefix, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, [...prefix, 'absent']];
}

/** What a user sees of a reading: objects with lines, findings, and where each field is. */
function seen(docs: Iterable<ParsedDocument>) {
  return [...docs].map((d) => ({
    objects: d.objects.map((o) => ({ obj: o.obj, line: o.line, within: o.within })),
    findings: d.findings,
    where: d.objects.flatMap((o) =>
      paths(o.obj).map((p) => [p.join('.'), d.locate(o.within ? [...o.within.path, ...p] : p)]),
    ),
  }));
}

const CORNERS: Record<string, string> = {
  'several documents with comments':
    '# c\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n# d\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: b\n',
  'document end markers': 'apiVersion: v1\nkind: A\n...\n---\napiVersion: v1\nkind: B\n...\n',
  'a marker with content':
    '--- {apiVersion: v1, kind: A, metadata: {name: x}}\n--- # c\napiVersion: v1\nkind: B\n',
  'a document that is not an object': '- a\n---\nplain\n---\napiVersion: v1\nkind: A\n',
  'a document without a kind': 'apiVersion: v1\nmetadata: {name: x}\n',
  'a syntax error in the second document':
    'apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: [B\n---\napiVersion: v1\nkind: C\n',
  'a list':
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n  - plain\n',
  'a typed list and a null list':
    'apiVersion: batch/v1\nkind: CronJobList\nitems:\n  - metadata: {name: c}\n---\napiVersion: v1\nkind: List\nitems: null\n',
  'a block scalar': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: |\n    x\n    y\n  b: >-\n    z\n',
  'windows line ends': 'apiVersion: v1\r\nkind: A\r\n---\r\napiVersion: v1\r\nkind: B\r\n',
  'empty documents': '---\n---\n# only a comment\n---\napiVersion: v1\nkind: A\n',
  'a tab in the indentation': 'apiVersion: v1\nkind: A\nmetadata:\n\tname: x\n',
  'a byte order mark, comments and blank lines before the first object':
    '\ufeff# c\n\n  \napiVersion: v1\nkind: A\n---\n\n# d\n--- \n# e\napiVersion: v1\nkind: B\n',
};

test.each(Object.entries(CORNERS))('%s: the fast reading is the yaml reading', (_name, text) => {
  expect(seen(manifestDocuments(text, 'f.yaml', 'u'))).toEqual(
    seen(yamlDocuments(text, 'f.yaml', 'u', {}, 0)),
  );
});

test('every manifest of the fixtures and examples reads the same both ways', () => {
  const files = [...yamlFiles(join(ROOT, '__tests__', 'fixtures')), ...yamlFiles(join(ROOT, 'examples'))];
  const differing = files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return (
      JSON.stringify(seen(manifestDocuments(text, file))) !==
      JSON.stringify(seen(yamlDocuments(text, file, undefined, {}, 0)))
    );
  });
  expect(differing).toEqual([]);
});
