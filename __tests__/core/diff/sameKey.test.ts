// Objects are compared by a cheap key before their YAML is printed for a diff: the key must be equal
// exactly when the canonical YAML is, and so must the comparison without a key (sameData).
import { canonicalYaml, comparable, sameData, sameKey } from '../../../src/core/diff/canonical.js';

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
  ['an undefined value and an absent key', { a: 1, b: undefined }, { a: 1 }],
  ['an undefined value and null', { a: undefined }, { a: null }],
  ['equal deep values', { a: [{ b: [1, { c: 'x' }] }] }, { a: [{ b: [1, { c: 'x' }] }] }],
  ['a deep difference', { a: [{ b: [1, { c: 'x' }] }] }, { a: [{ b: [1, { c: 'y' }] }] }],
  ['a longer list', { a: [1, 2] }, { a: [1, 2, 3] }],
  ['a map and a list', { a: { '0': 1 } }, { a: [1] }],
  ['NaN and NaN', { a: NaN }, { a: NaN }],
  ['an extra key on the right', { a: 1 }, { a: 1, b: 2 }],
];

test.each(pairs)('%s: same key exactly when the same YAML', (_name, a, b) => {
  const sameYaml =
    canonicalYaml(a as Record<string, unknown>) === canonicalYaml(b as Record<string, unknown>);
  expect(sameKey(a) === sameKey(b)).toBe(sameYaml);
  expect(sameData(a, b)).toBe(sameYaml);
  expect(sameData(b, a)).toBe(sameYaml);
});

test('the comparable form is a copy: the rendered object is untouched, and a __proto__ key stays data', () => {
  const data = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<string, unknown>;
  const obj = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'c',
      uid: 'u-1',
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' },
    },
    data,
    status: { phase: 'x' },
  };
  const before = JSON.stringify(obj);
  const copy = comparable(obj, []);
  expect(JSON.stringify(obj)).toBe(before);
  expect(copy).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: copy.data });
  expect(Object.keys(copy.data as object)).toEqual(['__proto__', 'x']);
  expect(Object.getPrototypeOf(copy.data)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
