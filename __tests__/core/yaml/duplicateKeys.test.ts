// duplicateKeyOffsets finds what `yaml`'s own unique-key check finds, in one walk.
import { parseAllDocuments } from 'yaml';
import { duplicateKeyOffsets } from '../../../src/core/yaml/duplicateKeys.js';

test.each([
  'a: 1\nb: 2\n',
  'a: 1\na: 2\n',
  'a: {x: 1, x: 2}\n',
  'list:\n  - k: 1\n    k: 2\n  - k: 3\n',
  '1: a\n1.0: b\n',
  '"1": a\n1: b\n',
  '~: a\nnull: b\n',
  'a: 1\n---\na: 2\n',
  'outer:\n  inner:\n    deep: 1\n    deep: 2\n  inner2: 3\n',
  '? [a, b]\n: 1\n? [a, b]\n: 2\n',
])('%j', (text) => {
  const expected = parseAllDocuments(text)
    .flatMap((d) => d.errors)
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => e.pos[0])
    .sort((a, b) => a - b);
  const found = parseAllDocuments(text, { uniqueKeys: false })
    .flatMap((d) => duplicateKeyOffsets(d))
    .sort((a, b) => a - b);
  expect(found).toEqual(expected);
});
