// Facts that agree: a measured figure lives in one place, docs/benchmarks.md (with the goal it is held
// to), and the README and the CHANGELOG link there instead of quoting figures that drift apart; user
// documents say what Slipway does, not how it came to do it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/runAction.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const userDocs = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Lines quoting a measurement: a ratio, a percentage, milliseconds, megabytes, a throughput. */
const FIGURE = /\d[\d.,–-]*\s?(?:×|%|ms\b|MB\b)|objects per (?:CPU-)?second/;
/** Lines telling how the project was built rather than what it does. */
const HISTORY =
  /\b(?:this|previous|earlier|last|(?:fir|seco|thi|four|fif|six|seven|eigh|nin|ten)(?:st|nd|rd|th)) rounds?\b|\(#\d+\)|\bGoals \(#/i;

function offending(file: string, pattern: RegExp): string[] {
  return read(file)
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

test.each(['README.md', 'CHANGELOG.md'])(
  '%s quotes no measured figure (docs/benchmarks.md has them)',
  (file) => {
    expect(offending(file, FIGURE)).toEqual([]);
    expect(read(file)).toContain('docs/benchmarks.md');
  },
);

test.each(userDocs)('%s holds no development history', (file) => {
  expect(offending(file, HISTORY)).toEqual([]);
});

test('the patterns catch what these documents once said', () => {
  const old = [
    'a one-app pull request in a 500-app repository is previewed in 0.61 s — 3.1× the floor',
    "(2.7–3.6× in the previous round's runs)",
    '## Goals (#17) and where they stand (2026-11-27, tenth round)',
    'validation runs at ~24,000–29,000 objects per CPU-second',
    'peaks at 173–184 MB (goal 256 MB)',
  ];
  expect(old.map((line) => [FIGURE.test(line), HISTORY.test(line)])).toEqual([
    [true, false],
    [true, true],
    [false, true],
    [true, false],
    [true, false],
  ]);
});
