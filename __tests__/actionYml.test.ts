import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from '../src/outputs.js';
import { parseSettings } from '../src/settings.js';
import { VERSION } from '../src/version.js';
import { ROOT } from './support/runAction.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** Every input name the code asks for, over every command. */
function inputsReadByCode(): Set<string> {
  const read = new Set<string>(['token']); // main.ts masks the token before parsing
  const values: Record<string, string> = { image: 'app', tag: '1', token: 't', 'manifests-repo': 'a/b' };
  for (const command of ['bump', 'check']) {
    parseSettings((name) => {
      read.add(name);
      return name === 'command' ? command : (values[name] ?? '');
    }, {});
  }
  return read;
}

test('action.yml declares exactly the inputs the code reads', () => {
  expect([...inputsReadByCode()].sort()).toEqual(Object.keys(action.inputs).sort());
});

test('action.yml declares exactly the outputs the code sets', () => {
  expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(action.outputs).sort());
});

test('the action runs on node24 from the bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});

test('the CLI version is the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

test('the README tables of inputs and outputs are generated from action.yml', async () => {
  // @ts-expect-error: a plain ESM script without types
  const { renderTables, updateReadme } = (await import('../scripts/action-docs.mjs')) as {
    renderTables: (yml: string) => Record<string, string>;
    updateReadme: (readme: string, tables: Record<string, string>) => string;
  };
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const fresh = updateReadme(readme, renderTables(readFileSync(join(ROOT, 'action.yml'), 'utf8')));
  expect(readme).toBe(fresh); // run `node scripts/action-docs.mjs` after changing action.yml
});

test('the example workflows are valid YAML and give slipway only inputs action.yml declares', () => {
  const dir = join(ROOT, 'examples', 'workflows');
  const declared = Object.keys(action.inputs);
  for (const file of readdirSync(dir)) {
    const workflow = parse(readFileSync(join(dir, file), 'utf8')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    const steps = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('acme/slipway@'));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps)
      for (const input of Object.keys(step.with ?? {})) expect(declared).toContain(input);
  }
});

test('every input says what it is in one line (details are linked, not inlined)', () => {
  const long = Object.entries(action.inputs as Record<string, { description: string }>)
    .filter(([, input]) => input.description.includes('\n') || input.description.length > 160)
    .map(([name]) => name);
  expect(long).toEqual([]);
});
