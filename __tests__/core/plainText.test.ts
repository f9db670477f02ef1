import { plainText } from '../../src/core/plainText.js';

test.each([
  ['api', undefined, 'api'],
  [3, undefined, '3'],
  [true, undefined, 'true'],
  [undefined, '?', '?'],
  [null, 'default', 'default'],
  // a map where a name should be (a malformed manifest) is shown, never "[object Object]"
  [{ a: 1 }, undefined, '{"a":1}'],
  [['x'], undefined, '["x"]'],
])('plainText(%p, %p) is %p', (value, fallback, text) => {
  expect(plainText(value, fallback)).toBe(text);
});
