// The spec of Slipway's template engine is upstream's own tests: the table-driven cases of Argo CD's
// applicationset/utils/utils_test.go and of sprig v3.3.0's *_test.go (the version Argo CD's go.mod
// requires), as vectors under __tests__/fixtures/argo/templates/ (template, data, expected output or
// error, upstream file:line, pinned commit). Every vector runs through the engine; the ones that cannot
// hold for Argo CD or offline are listed below, each with its reason, and asserted to behave as said.
import { readFileSync } from 'node:fs';
import {
  compileGoTemplate,
  NotPreviewable,
  renderGoTemplate,
  renderLegacyTemplate,
  TemplateError,
} from '../../../src/core/argo/goTemplate.js';
import { SPRIG_FUNCTIONS } from '../../../src/core/argo/sprigFunctions.js';

interface Vector {
  source: string;
  test: string;
  name?: string;
  template: string;
  data: unknown;
  expected?: string;
  error?: string | true;
  legacy?: boolean;
  templateOptions?: string[];
  notApplicable?: string;
  scope?: string;
}
const load = (file: string) =>
  JSON.parse(readFileSync(`__tests__/fixtures/argo/templates/${file}`, 'utf8')) as {
    upstream: { commit: string };
    vectors: Vector[];
  };
const sprig = load('sprig-v3.3.0.json');
const argo = load('argo-cd-utils.json');

const render = (v: Vector) =>
  v.legacy
    ? renderLegacyTemplate(v.template, v.data as Record<string, unknown>)
    : renderGoTemplate(v.template, v.data, {
        missingKeyError: (v.templateOptions ?? []).includes('missingkey=error'),
        functions: SPRIG_FUNCTIONS,
      });

/** sprig vectors whose expected output Argo CD itself does not give, or that cannot hold offline. */
const SPRIG_NOT_APPLICABLE: Record<string, { reason: string; slipway: RegExp | typeof NotPreviewable }> = {
  'functions_test.go:18': {
    reason: 'Argo CD deletes env from the function map: the template fails as an unknown function',
    slipway: /function "env" not defined/,
  },
  'functions_test.go:26': {
    reason: 'Argo CD deletes expandenv from the function map: the template fails as an unknown function',
    slipway: /function "expandenv" not defined/,
  },
  'functions_test.go:83': {
    reason: 'shuffle is random (the vector seeds Go math/rand): not previewed',
    slipway: NotPreviewable,
  },
  'crypto_test.go:429': {
    reason: 'encryptAES draws a random IV: not previewed',
    slipway: NotPreviewable,
  },
};
/** functions_windows_test.go runs only on Windows; Argo CD's controller runs on Linux (its cases are not run). */
const notRun = (v: Vector) => v.source.startsWith('functions_windows_test.go:');

/** What Slipway's error must say for each Argo CD error vector (Argo CD's text, less Go's location). */
const ARGO_ERRORS: Record<string, RegExp> = {
  'Test Parse Error': /^function "functiondoesnotexist" not defined$/,
  'Test template error': /can't evaluate field test in type interface \{\}/,
  'lookup missing value with missingkey=error': /map has no entry for key "doesnotexist"/,
  'fromYaml error': /^error calling fromYaml: error unmarshaling JSON: cannot unmarshal string/,
  'fromYamlArray error': /^error calling fromYamlArray: error unmarshaling JSON: cannot unmarshal string/,
  'missing closing brace': /^invalid template: /,
};

/** What a vector renders, or FAILED when the template fails with a TemplateError. */
const FAILED = '\u0000 the template failed';
const outcome = (v: Vector): unknown => {
  try {
    return render(v);
  } catch (error) {
    return error instanceof TemplateError ? FAILED : error;
  }
};

const perFile = (vectors: Vector[], status: (v: Vector) => string) => {
  const counts: Record<string, Record<string, number>> = {};
  for (const v of vectors) {
    const file = v.source.split(':')[0] as string;
    const row = (counts[file] ??= {});
    row[status(v)] = (row[status(v)] ?? 0) + 1;
  }
  return counts;
};

describe('sprig v3.3.0 vectors', () => {
  const run = sprig.vectors.filter((v) => !notRun(v) && !SPRIG_NOT_APPLICABLE[v.source]);
  test.each(run.map((v) => [`${v.source} ${v.template}`, v] as const))('%s', (_, v) => {
    expect(outcome(v)).toBe(v.error === true ? FAILED : v.expected);
  });

  test.each(Object.entries(SPRIG_NOT_APPLICABLE))('%s is not applicable: %s', (source, { slipway }) => {
    const v = sprig.vectors.find((x) => x.source === source) as Vector;
    expect(() => render(v)).toThrow(slipway as RegExp);
  });

  test('the count per upstream file: every vector passes, or is listed with its reason', () => {
    const counts = perFile(sprig.vectors, (v) =>
      notRun(v) ? 'not applicable' : SPRIG_NOT_APPLICABLE[v.source] ? 'not applicable' : 'pass',
    );
    expect(counts).toEqual({
      'crypto_test.go': { pass: 4, 'not applicable': 1 },
      'date_test.go': { pass: 8 },
      'defaults_test.go': { pass: 42 },
      'dict_test.go': { pass: 33 },
      'functions_linux_test.go': { pass: 6 },
      'functions_test.go': { pass: 25, 'not applicable': 3 },
      'functions_windows_test.go': { 'not applicable': 6 },
      'issue_188_test.go': { pass: 2 },
      'list_test.go': { pass: 127 },
      'numeric_test.go': { pass: 38 },
      'reflect_test.go': { pass: 4 },
      'semver_test.go': { pass: 8 },
      'strings_test.go': { pass: 47 },
      'url_test.go': { pass: 3 },
    });
  });
});

describe("Argo CD's applicationset/utils vectors", () => {
  const run = argo.vectors.filter((v) => !v.notApplicable && v.scope !== 'application');
  const name = (v: Vector) => `${v.source} ${v.test}: ${v.name ?? ''}`;
  test.each(run.filter((v) => v.error === undefined).map((v) => [name(v), v] as const))('%s', (_, v) => {
    expect(render(v)).toBe(v.expected);
  });

  test.each(run.filter((v) => v.error !== undefined).map((v) => [name(v), v] as const))(
    '%s fails as in Argo CD',
    (_, v) => {
      expect(() => render(v)).toThrow(ARGO_ERRORS[v.name as string] as RegExp);
    },
  );

  // Argo CD's "failed to parse template" errors come from Go's parser: Slipway refuses when it compiles
  test.each(
    run
      .filter((v) => typeof v.error === 'string' && v.error.startsWith('failed to parse template'))
      .map((v) => [name(v), v] as const),
  )('%s fails when the template is compiled', (_, v) => {
    expect(() => compileGoTemplate(v.template, SPRIG_FUNCTIONS)).toThrow(TemplateError);
  });

  test('the vectors not run through the engine say why', () => {
    const skipped = argo.vectors.filter((v) => v.notApplicable || v.scope === 'application');
    expect(skipped.map((v) => v.name)).toEqual(['Test No Data', 'toYaml Error']);
  });
});
