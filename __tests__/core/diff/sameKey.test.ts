// Objects are compared by a cheap key before their YAML is printed for a diff: the key must be equal
// exactly when the canonical YAML is.
import { canonicalYaml, sameKey } from '../../../src/core/diff/canonical.js';

const pairs: Array<[string, unknown, unknown]> = [
  ['keys in another order', { a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 }],
  ['a list in another order', { a: [1, 2] }, { a: [2, 1] }],
  ['a number and its string', { a: 1 }, { a: '1' }],
  ['null and an absent key', { a: null }, {}],
  ['NaN and null', { a: NaN }, { a: null }],
  ['Infinity and null', { a: Infinity }, { a: null }],
  ['-0 and 0', { a: -0 }, { a: 0 }],
  ['true and "true"', { a: true }, { a: 'true' }],
  ['numeric keys', { '2': 'b', '1': 'a' }, { '1': 'a', '2': 'b' }],
  ['nested empty values', { a: {}, b: [] }, { a: [], b: {} }],
];

test.each(pairs)('%s: same key exactly when the same YAML', (_name, a, b) => {
  const sameYaml =
    canonicalYaml(a as Record<string, unknown>) === canonicalYaml(b as Record<string, unknown>);
  expect(sameKey(a) === sameKey(b)).toBe(sameYaml);
});
