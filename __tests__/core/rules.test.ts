// The rule module is the one list of finding rules: README's findings table is built from it, the render
// state and the auto-merge gate read it, and a finding with an id it does not declare does not compile.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { AppDiff } from '../../src/core/diff/diffModel.js';
import type { Finding } from '../../src/core/finding.js';
import { parsePolicy } from '../../src/core/policy/parsePolicy.js';
import { eligibility } from '../../src/core/policy/eligibility.js';
import { renderState } from '../../src/core/render/renderState.js';
import { toSarif } from '../../src/core/report/findings.js';
import { RULE_IDS, ruleOf, rulesTable } from '../../src/core/rules.js';
import { ROOT } from '../support/runAction.js';
import { policyFile } from '../support/builders.js';

const START = '<!-- findings: generated from src/core/rules.ts -->';
const END = '<!-- /findings -->';

test("README's findings table matches src/core/rules.ts (on failure, paste the printed table between the markers)", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
  const expected = rulesTable();
  if (section !== expected) process.stdout.write(`${expected}\n`);
  expect(readme.indexOf(START)).toBeGreaterThan(-1);
  expect(section).toBe(expected);
});

test('a rule that leaves an app unpreviewed blocks auto-merge at any severity', () => {
  const unpreviewed = RULE_IDS.filter((id) => ruleOf(id).render === 'not-previewed');
  expect(unpreviewed.length).toBeGreaterThan(0);
  for (const id of unpreviewed) expect([id, ruleOf(id).blocksAutoMerge]).toEqual([id, true]);
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('every declared rule is emitted somewhere in src/ (no rule documented that nothing raises)', () => {
  const code = sources(join(ROOT, 'src'))
    .filter((f) => !f.endsWith(join('core', 'rules.ts')))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  expect(RULE_IDS.filter((id) => !code.includes(`'${id}'`))).toEqual([]);
});

describe('the render state and the auto-merge gate follow the module, whatever the rule is called', () => {
  const POLICY = policyFile({ environments: { staging: { paths: ['apps/**'], autoMerge: 'any' } } });
  const policy = parsePolicy('.slipway.yml', POLICY).policy;
  const app = (findings: Finding[]): AppDiff => ({
    id: 'app:web',
    name: 'web',
    status: 'changed',
    sourcePath: 'apps/web',
    file: 'apps/web.yaml',
    line: 1,
    settingChanges: [],
    hooks: [],
    changes: [],
    findings,
  });
  const verdict = (finding: Finding) =>
    eligibility({
      policy,
      policyErrors: [],
      fork: false,
      changedFiles: ['apps/web/a.yaml'],
      uncovered: [],
      diff: {
        apps: [app([finding])],
        unchangedApps: 0,
        totals: { created: 0, changed: 0, deleted: 0 },
        images: [],
        notPreviewed: [],
      },
    }).reasons.some((r) => r.startsWith('app web was not fully previewed'));

  test.each(RULE_IDS)('%s', (id) => {
    const as = (severity: Finding['severity']): Finding => ({ severity, rule: id, message: 'm' });
    expect(verdict(as('error'))).toBe(true);
    expect(verdict(as('warning'))).toBe(ruleOf(id).blocksAutoMerge);
    expect(verdict(as('notice'))).toBe(ruleOf(id).blocksAutoMerge);
    const failed = ruleOf(id).render === 'failed';
    const unpreviewed = ruleOf(id).render === 'not-previewed';
    expect(renderState([as('error')])).toBe(failed ? 'failed' : unpreviewed ? 'not-previewed' : 'rendered');
    expect(renderState([as('warning')])).toBe(unpreviewed ? 'not-previewed' : 'rendered');
  });
});

test('a finding whose rule is not declared in src/core/rules.ts does not type-check (npm run lint runs tsc)', () => {
  const file = join(ROOT, 'src', 'core', 'undeclaredRule.ts');
  const snippet = [
    "import type { Finding } from './finding.js';",
    "export const declared: Finding = { severity: 'error', rule: 'yaml-syntax', message: 'm' };",
    "export const undeclared: Finding = { severity: 'error', rule: 'no-such-rule', message: 'm' };",
  ].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? snippet : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const program = ts.createProgram([file], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => [
      d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line,
      ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0],
    ]);
  expect(errors).toEqual([[2, expect.stringContaining('"no-such-rule"')]]);
});

test("SARIF describes each rule it reports with the module's doc and default level", () => {
  const sarif = toSarif([{ severity: 'warning', rule: 'no-schema', message: 'm' }], '0.1.0') as {
    runs: Array<{ tool: { driver: { rules: unknown[] } } }>;
  };
  expect(sarif.runs[0]?.tool.driver.rules).toEqual([
    {
      id: 'no-schema',
      name: 'no-schema',
      shortDescription: {
        text: 'a custom resource has no usable CRD, so it is not validated (require-schemas: an error)',
        markdown: ruleOf('no-schema').doc,
      },
      defaultConfiguration: { level: 'warning' },
    },
  ]);
});
