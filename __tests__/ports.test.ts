// Commands and the pipeline reach GitHub, git, the renderers and the file system only through the ports
// (src/ports.ts), and the ports import no adapter (eslint.config.js). `npm run lint` fails on such an
// import; these tests run ESLint's own API on snippets placed where the rule applies.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from './support/runAction.js';

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: false } } }],
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function importErrors(file: string, from: string): Promise<string[]> {
  const code = `import { x } from '${from}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

test.each([
  ['src/commands/snippet.ts', '../github/errors.js', 'src/commands reach the outside through the ports'],
  ['src/commands/snippet.ts', '../edges/trees.js', 'src/commands reach the outside through the ports'],
  ['src/commands/snippet.ts', 'node:fs', 'src/commands reach the outside through the ports'],
  ['src/commands/snippet.ts', '@octokit/rest', 'src/commands reach the outside through the ports'],
  ['src/pipeline/snippet.ts', '../github/client.js', 'src/pipeline takes its edges as ports'],
  ['src/ports.ts', './github/bumpState.js', 'src/ports.ts owns the types its ports speak'],
])('%s importing %s fails lint', async (file, from, message) => {
  expect(await importErrors(file, from)).toEqual([expect.stringContaining(message)]);
});

test.each([
  ['src/commands/snippet.ts', '../ports.js'],
  ['src/commands/snippet.ts', '../core/errors.js'],
  ['src/commands/snippet.ts', '../pipeline/preview.js'],
  ['src/github/snippet.ts', '../ports.js'],
])('%s importing %s passes', async (file, from) => {
  expect(await importErrors(file, from)).toEqual([]);
});
