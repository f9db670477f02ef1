// Go's path.Match, as Argo CD's git directories generator matches folders. The vectors are the table of
// golang/go src/path/match_test.go (matchTests, lines 19-77 at commit 1b54bfdf578d39ccd33157465c61eb9be57db3f6):
// pattern, name, whether it matches, and whether the pattern is malformed (ErrBadPattern).
import { BadPattern, goPathMatch } from '../../../src/core/argo/pathMatch.js';

const BAD = 'bad';
const vectors: Array<[string, string, boolean | typeof BAD]> = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a☺b', true],
  ['a[^a]b', 'a☺b', true],
  ['a???b', 'a☺b', false],
  ['a[^a][^a][^a]b', 'a☺b', false],
  ['[a-ζ]*', 'α', true],
  ['*[a-ζ]', 'A', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['[x\\-]', '-', true],
  ['[x\\-]', 'z', false],
  ['[\\-x]', 'x', true],
  ['[\\-x]', '-', true],
  ['[\\-x]', 'a', false],
  ['[]a]', ']', BAD],
  ['[-]', '-', BAD],
  ['[x-]', 'x', BAD],
  ['[x-]', '-', BAD],
  ['[x-]', 'z', BAD],
  ['[-x]', 'x', BAD],
  ['[-x]', '-', BAD],
  ['[-x]', 'a', BAD],
  ['\\', 'a', BAD],
  ['[a-b-c]', 'a', BAD],
  ['[', 'a', BAD],
  ['[^', 'a', BAD],
  ['[^bc', 'a', BAD],
  ['a[', 'a', BAD],
  ['a[', 'ab', BAD],
  ['a[', 'x', BAD],
  ['a/b[', 'x', BAD],
  ['*x', 'xxx', true],
];

const outcome = (pattern: string, name: string) => {
  try {
    return goPathMatch(pattern, name);
  } catch (error) {
    return error instanceof BadPattern ? BAD : error;
  }
};

test.each(vectors)('Match(%j, %j) is %j', (pattern, name, expected) => {
  expect(outcome(pattern, name)).toBe(expected);
});

test('`**` is two stars in one segment, never a globstar', () => {
  expect(goPathMatch('apps/**', 'apps/web')).toBe(true);
  expect(goPathMatch('apps/**', 'apps/web/prod')).toBe(false);
  expect(goPathMatch('**/prod', 'apps/prod')).toBe(true);
  expect(goPathMatch('**/prod', 'apps/web/prod')).toBe(false);
});

test('a pattern of many stars against a long name finishes at once', () => {
  const pattern = `${'*a'.repeat(40)}*b`;
  const started = Date.now();
  expect(goPathMatch(pattern, 'a'.repeat(80))).toBe(false);
  expect(goPathMatch(pattern, `${'a'.repeat(80)}b`)).toBe(true);
  expect(Date.now() - started).toBeLessThan(100);
});
