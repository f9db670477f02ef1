// The folders of src/core are layered (eslint.config.js, CORE_LAYERS): a folder imports only earlier
// ones. `npm run lint` fails on a back edge; these tests run ESLint's own API on snippets placed in core.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { CORE_LAYERS } from '../../eslint.config.js';
import { ROOT } from '../support/runAction.js';

const eslint = new ESLint({
  cwd: ROOT,
  // only the import rules: the type-aware rules would need the snippet to be a file of the project
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: false } } }],
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function importErrors(file: string, from: string): Promise<string[]> {
  const code = `import { x } from '${from}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

test('CORE_LAYERS names every folder of src/core once', () => {
  const folders = readdirSync(join(ROOT, 'src/core')).filter((f) =>
    statSync(join(ROOT, 'src/core', f)).isDirectory(),
  );
  expect(CORE_LAYERS.flat().sort()).toEqual(folders.sort());
});

test.each([
  ['src/core/argo/snippet.ts', '../render/objects.js'],
  ['src/core/image/snippet.ts', '../yaml/scalar.js'],
  ['src/core/policy/snippet.ts', '../bump/plan.js'],
  ['src/core/argo/snippet.ts', '../bump/targets/scan.js'],
  ['src/core/report/snippet.ts', '../policy/policy.js'],
  ['src/core/image/snippet.ts', '../workload/podContainers.js'],
  ['src/core/snippet.ts', './diff/clusterDiff.js'],
])('%s importing %s (a later core folder) fails lint', async (file, from) => {
  expect(await importErrors(file, from)).toEqual([
    expect.stringMatching(/^no-restricted-imports: .*src\/core/),
  ]);
});

test.each([
  ['src/core/render/snippet.ts', '../argo/unit.js'],
  ['src/core/bump/snippet.ts', '../policy/policy.js'],
  ['src/core/bump/targets/snippet.ts', '../../yaml/scalar.js'],
  ['src/core/diff/snippet.ts', '../finding.js'],
  ['src/core/argo/snippet.ts', './unit.js'],
])('%s importing %s (an earlier one, or its own) passes', async (file, from) => {
  expect(await importErrors(file, from)).toEqual([]);
});

test('the core stays pure in every folder (the layer rule keeps the purity rule)', async () => {
  expect(await importErrors('src/core/diff/snippet.ts', 'node:fs')).toEqual([
    expect.stringContaining('src/core is pure'),
  ]);
  expect(await importErrors('src/core/snippet.ts', '../edges/files.js')).toEqual([
    expect.stringContaining('must not import the layers built on it'),
  ]);
});
