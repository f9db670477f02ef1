// External input is parsed, not cast (eslint.config.js, eslint-rules/noObjectCast.js): outside the parsing
// modules `npm run lint` fails on an assertion to an object shape. These tests run ESLint's own API, with
// type information, on snippets linted as if they were a file of the project.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { PARSING_MODULES } from '../../eslint.config.js';
import { ROOT } from '../support/runAction.js';

const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === 'slipway/no-object-cast' });

// a file of the project that is neither a parsing module nor generated: the snippet stands in for it
const AT = 'src/core/plainText.ts';

async function castErrors(code: string, file = AT): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

const PRELUDE = `
interface Helm { releaseName?: string; valueFiles?: string[] }
type Report = { schema: string; apps: string[] };
class Index { size = 0; }
declare const raw: unknown;
declare const text: string;
declare const list: Helm[];
`;

test.each([
  ['an interface', 'export const h = raw as Helm;'],
  ['a type alias of an object', 'export const r = raw as Report;'],
  ['a type literal', 'export const o = raw as { name?: string };'],
  ['a Record', 'export const m = raw as Record<string, unknown>;'],
  ['a Partial (a mapped type)', 'export const p = raw as Partial<Helm>;'],
  ['an array of shapes', 'export const l = raw as Helm[];'],
  ['a union with a shape', 'export const u = raw as Helm | undefined;'],
  ['`as unknown as` a shape', 'export const x = text as unknown as Report;'],
  ['an angle-bracket assertion', 'export const a = <Helm>raw;'],
  ['JSON.parse(…) as a shape', 'export const j = JSON.parse(text) as Report;'],
  ['JSON.parse(…) as a primitive', 'export const s = JSON.parse(text) as string;'],
])('`as` %s fails lint', async (_what, code) => {
  expect(await castErrors(PRELUDE + code)).toEqual([expect.stringMatching(/^slipway\/no-object-cast: /)]);
});

test.each([
  ['as const', "export const k = ['a', 'b'] as const;"],
  ['a primitive', 'export const n = raw as number;'],
  ['a literal union', "export const l = raw as 'a' | 'b';"],
  ['unknown', 'export const u = JSON.parse(text) as unknown;'],
  ['a class instance', 'export const i = raw as Index;'],
  ['a lib type (Error)', 'export const e = raw as Error;'],
  ['a function', 'export const f = raw as (x: string) => number;'],
  ['an empty array', 'export const e: Helm[] = [] as Helm[];'],
  ['the element an index may miss (for `!`)', 'export const h = list[0] as Helm;'],
])('`as` %s passes', async (_what, code) => {
  expect(await castErrors(PRELUDE + code)).toEqual([]);
});

test('a parsing module may assert a shape, and generated files are not linted for it', async () => {
  expect(PARSING_MODULES.length).toBeGreaterThan(0);
  const [parser] = PARSING_MODULES;
  expect(await castErrors(PRELUDE + 'export const h = raw as Helm;', parser)).toEqual([]);
  expect(
    await castErrors(PRELUDE + 'export const h = raw as Helm;', 'src/core/validate/k8sFields.generated.ts'),
  ).toEqual([]);
});
