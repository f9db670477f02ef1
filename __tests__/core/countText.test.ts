// Counts in messages (template budgets, alias bombs, CEL costs) read as en-US prints them, without
// loading ICU at start: the same text as toLocaleString('en-US') for every whole number.
import fc from 'fast-check';
import { countText } from '../../src/core/countText.js';
import { TEMPLATE_LIMITS } from '../../src/core/argo/goTemplate.js';

test.each([0, 7, 999, 1000, 1024 * 1024, 2_000_000, 32 * 1024 * 1024, 100_000, 123_456_789, -1234, -999])(
  '%d reads as toLocaleString("en-US") prints it',
  (n) => expect(countText(n)).toBe(n.toLocaleString('en-US')),
);

test('every safe integer reads as toLocaleString("en-US") prints it', () => {
  fc.assert(
    fc.property(fc.maxSafeInteger(), (n) => {
      expect(countText(n)).toBe(n.toLocaleString('en-US'));
    }),
    { numRuns: 2000 },
  );
});

test('what is not a whole number is refused, not printed as a count', () => {
  for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
    expect(() => countText(n)).toThrow(RangeError);
});

test("the template budget's limits are named with their counts grouped", () => {
  expect(countText(TEMPLATE_LIMITS.steps)).toBe('2,000,000');
  expect(countText(TEMPLATE_LIMITS.outputChars)).toBe('33,554,432');
});
