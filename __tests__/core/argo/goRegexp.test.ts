// sprig's regex functions with Go's regexp semantics. Vectors from Masterminds/sprig regex_test.go
// (commit 3f16fe902e70ed691db95f2eeb87e6612796a3d3: TestRegexMatch, TestRegexFindAll, TestRegexFindl,
// TestRegexReplaceAll, TestRegexReplaceAllLiteral, TestRegexSplit, TestRegexQuoteMeta), run through the
// template engine as an ApplicationSet runs them.
import { renderGoTemplate } from '../../../src/core/argo/goTemplate.js';
import { SPRIG_FUNCTIONS } from '../../../src/core/argo/sprigFunctions.js';

const render = (template: string) =>
  renderGoTemplate(template, {}, { missingKeyError: false, functions: SPRIG_FUNCTIONS });

const EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}';

test.each([
  [`{{ regexMatch "${EMAIL}" "test@acme.com" }}`, 'true'],
  [`{{ regexMatch "${EMAIL}" "Test@Acme.Com" }}`, 'true'],
  [`{{ regexMatch "${EMAIL}" "test" }}`, 'false'],
  [`{{ regexMatch "${EMAIL}" "test.com" }}`, 'false'],
  [`{{ regexMatch "${EMAIL}" "test@acme" }}`, 'false'],
  ['{{ len (regexFindAll "a{2}" "aa" -1) }}', '1'],
  ['{{ len (regexFindAll "a{2}" "aaaaaaaa" 1) }}', '1'],
  ['{{ len (regexFindAll "a{2}" "aaaa" -1) }}', '2'],
  ['{{ len (regexFindAll "a{2}" "none" -1) }}', '0'],
  ['{{ regexFind "fo.?" "foorbar" }}', 'foo'],
  ['{{ regexFind "fo.?" "foo foe fome" }}', 'foo'],
  ['{{ regexFind "fo.?" "none" }}', ''],
  ['{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "T" }}', '-T-T-'],
  ['{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "$1" }}', '--xx-'],
  ['{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "$1W" }}', '---'],
  ['{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }}', '-W-xxW-'],
  ['{{ regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "T" }}', '-T-T-'],
  ['{{ regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "$1" }}', '-$1-$1-'],
  ['{{ regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "${1}" }}', '-${1}-${1}-'],
  ['{{ len (regexSplit "a" "banana" -1) }}', '4'],
  ['{{ len (regexSplit "a" "banana" 0) }}', '0'],
  ['{{ len (regexSplit "a" "banana" 1) }}', '1'],
  ['{{ len (regexSplit "a" "banana" 2) }}', '2'],
  ['{{ len (regexSplit "z+" "pizza" -1) }}', '2'],
  ['{{ len (regexSplit "z+" "pizza" 0) }}', '0'],
  ['{{ len (regexSplit "z+" "pizza" 1) }}', '1'],
  ['{{ len (regexSplit "z+" "pizza" 2) }}', '2'],
  ['{{ regexQuoteMeta "1.2.3" }}', '1\\.2\\.3'],
  ['{{ regexQuoteMeta "pretzel" }}', 'pretzel'],
])('%s renders %j', (template, expected) => {
  expect(render(template)).toBe(expected);
});

test('RE2 syntax: a Perl-only construct fails the template; regexMatch of a bad pattern is false', () => {
  expect(() => render('{{ regexFind "(?=a)" "a" }}')).toThrow(/error parsing regexp/);
  expect(render('{{ regexMatch "(?=a)" "a" }}')).toBe('false');
});
