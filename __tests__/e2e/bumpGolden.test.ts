// Golden cases for `slipway bump` through the bundled CLI: each folder of fixtures/bump holds an input
// tree, the args, the expected tree (byte for byte), and optionally the expected stdout (the report, with
// --json), exit code and lines of stderr (`stderr-includes`: warnings).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, runCli } from '../support/runAction.js';

const CASES = join(ROOT, '__tests__', 'fixtures', 'bump');

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else out[relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  visit(dir);
  return out;
}

const cases = readdirSync(CASES).sort();

test('there are at least 25 golden cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
});

describe.each(cases)('%s', (name) => {
  const dir = join(CASES, name);
  test('gives the expected tree', async () => {
    const work = mkdtempSync(join(tmpdir(), 'slipway-golden-'));
    try {
      cpSync(join(dir, 'input'), work, { recursive: true });
      const args = readFileSync(join(dir, 'args'), 'utf8').split('\n').filter(Boolean);
      const run = await runCli(['bump', '--dir', work, ...args]);
      const expectedCode = existsSync(join(dir, 'exit-code'))
        ? Number(readFileSync(join(dir, 'exit-code'), 'utf8'))
        : 0;
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: expectedCode,
        stderr: expect.any(String),
      });
      // a golden case states its stdout only when it matters
      // eslint-disable-next-line jest/no-conditional-expect
      if (existsSync(join(dir, 'stdout'))) expect(run.stdout).toBe(readFileSync(join(dir, 'stdout'), 'utf8'));
      // and the lines its stderr must hold (a warning), when it names them
      const stderrLines = existsSync(join(dir, 'stderr-includes'))
        ? readFileSync(join(dir, 'stderr-includes'), 'utf8').split('\n').filter(Boolean)
        : [];
      for (const line of stderrLines) expect(run.stderr).toContain(line);
      expect(readTree(work)).toEqual(readTree(join(dir, 'expected')));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

/** What kustomize renders from a folder, line by line. */
const render = (dir: string) =>
  execFileSync('kubectl', ['kustomize', dir], { env: process.env }).toString().split('\n');

// the kustomize cases render through kustomize itself: before and after, only the image line may differ
const kustomizeCases = cases.filter((name) =>
  ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((f) =>
    existsSync(join(CASES, name, 'input', f)),
  ),
);

test.each(kustomizeCases)('%s: kustomize renders the same objects, only the image changed', (name) => {
  const before = render(join(CASES, name, 'input'));
  const after = render(join(CASES, name, 'expected'));
  expect(after).toHaveLength(before.length);
  const changed = after.filter((line, i) => line !== before[i]);
  for (const line of changed) expect(line).toMatch(/^\s*(- )?image: /);
});

test('kustomize renders the new tag@digest exactly, never the old digest beside the new one', () => {
  const images = (name: string) =>
    render(join(CASES, name, 'expected'))
      .filter((line) => line.includes('image:'))
      .map((line) => line.trim().replace(/^- /, ''));
  const b = 'b'.repeat(64);
  expect(images('36-kustomize-newtag-digest-only')).toEqual([`image: postgres:11@sha256:${b}`]);
  expect(images('37-kustomize-newtag-tag-and-digest')).toEqual([`image: postgres:12@sha256:${b}`]);
  expect(images('47-kustomization-without-extension')).toEqual(['image: postgres:12']);
});
