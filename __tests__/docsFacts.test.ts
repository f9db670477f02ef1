// Facts that agree: a measured figure lives in one place, docs/benchmarks.md (with the goal it is held
// to), generated from the last bench run's output (bench/results.json); every figure in the user docs is
// a value of that file, and the README and the CHANGELOG link there instead of quoting figures that drift
// apart; user documents say what Slipway does, not how it came to do it.
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

/**
 * A measured figure and the numbers in it: a ratio (`2.2 ×`, not a product `3,000 × 3,000` or a repetition
 * `255 × \`a\``), a percentage, milliseconds, megabytes, CPU-seconds, a throughput, or seconds with decimals
 * or a `~` (a whole number of seconds is a setting: a timeout, a retry delay); `0.4–0.5 s` is two figures.
 */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MEASURED = new RegExp(
  String.raw`(?<![\w.:/-])(~)?(${NUMBER})(?:\s?[–-]\s?(${NUMBER}))?\s?(×(?!\s?[\d\x60])|%(?!\w)|ms\b|MB\b|CPU-s\b|s\b|objects per (?:CPU-)?second)`,
  'g',
);

/** The figures of a text: each with the numbers it states. */
function figures(text: string): Array<{ figure: string; numbers: number[] }> {
  const out: Array<{ figure: string; numbers: number[] }> = [];
  for (const m of text.matchAll(MEASURED)) {
    const [figure, tilde, first, second, unit] = m as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
      string,
    ];
    const numbers = [first, ...(second ? [second] : [])];
    if (unit === 's' && !tilde && !numbers.some((n) => n.includes('.'))) continue;
    out.push({ figure, numbers: numbers.map((n) => Number(n.replace(/,/g, ''))) });
  }
  return out;
}

/** Every number bench/results.json holds, at any depth. */
function benchValues(): Set<number> {
  const values = new Set<number>();
  const walk = (v: unknown): void => {
    if (typeof v === 'number') values.add(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(JSON.parse(read('bench/results.json')));
  return values;
}

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

test('docs/benchmarks.md is generated from bench/results.json', async () => {
  // @ts-expect-error: a plain ESM script without types
  const { updateBenchmarks } = (await import('../scripts/bench-docs.mjs')) as {
    updateBenchmarks: (doc: string, results: unknown) => string;
  };
  const doc = read('docs/benchmarks.md');
  // run `node scripts/bench-docs.mjs` after `npm run bench`
  expect(doc).toBe(updateBenchmarks(doc, JSON.parse(read('bench/results.json'))));
  expect(doc).toMatch(/<!-- bench:start -->\nMeasured on \d{4}-\d\d-\d\d/);
});

test.each(userDocs)('every figure in %s is a value of the last bench output', (file) => {
  const values = benchValues();
  const stale = read(file)
    .split('\n')
    .flatMap((line, i) =>
      figures(line)
        .filter(({ numbers }) => numbers.some((n) => !values.has(n)))
        .map(({ figure }) => `${file}:${i + 1}: ${figure} (${line.trim()})`),
    );
  expect(stale).toEqual([]);
});

test('a figure is told from a setting, a product or a repetition', () => {
  expect(figures('read whole 3.09 × (0.61 s against 0.197 s); ~1 s; 2.35–2.38× the PR; 3.2 MB')).toEqual([
    { figure: '3.09 ×', numbers: [3.09] },
    { figure: '0.61 s', numbers: [0.61] },
    { figure: '0.197 s', numbers: [0.197] },
    { figure: '~1 s', numbers: [1] },
    { figure: '2.35–2.38×', numbers: [2.35, 2.38] },
    { figure: '3.2 MB', numbers: [3.2] },
  ]);
  expect(figures('28,571 objects per CPU-second; 418–469 ms; 61 %')).toEqual([
    { figure: '28,571 objects per CPU-second', numbers: [28571] },
    { figure: '418–469 ms', numbers: [418, 469] },
    { figure: '61 %', numbers: [61] },
  ]);
  // settings, products, repetitions and addresses are not measurements
  expect(
    figures('retried after 1, 4 and 9 s; a 3,000 × 3,000 matrix; 255 × `a`; [fe80::1%eth0]; 10 s'),
  ).toEqual([]);
});

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
