// CEL rules run within the API server's budgets, and `matches` runs RE2 (see docs/security.md, "Budgets").
import { compileRule, startCelObject } from '../../src/core/validate/celRules.js';

const check = (rule: string, self: unknown) => {
  const compiled = compileRule({ rule });
  if (!('check' in compiled)) throw new Error(compiled.notChecked);
  startCelObject();
  return compiled.check(self);
};

test('matches is RE2: Go syntax, linear time, and a string literal that spells .matches( is left alone', () => {
  expect(check("self.matches('^[[:alpha:]]+\\\\z')", 'abc')).toBe(true);
  expect(check("self.matches('^(a+)+$')", `${'a'.repeat(100_000)}b`)).toBe('false');
  expect(check("self == 'x.matches(y)' || self.matches('^b')", 'b')).toBe(true);
  expect(check("self.matches('(?=a)')", 'a')).toMatch(/invalid or unsupported Perl syntax/);
});

test('a rule past 1,000,000 steps is over the per-call budget; one within it passes', () => {
  const items = Array.from({ length: 2000 }, (_, i) => BigInt(i));
  expect(check('self.all(x, self.all(y, x >= 0))', items)).toEqual({
    exceeded: expect.stringMatching(
      /exceeds the CEL cost budget of 1,000,000 steps for one rule \(limit perCall/,
    ),
  });
  expect(check('self.all(x, x >= 0)', items)).toBe(true);
});
