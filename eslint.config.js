import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import { noObjectCast } from './eslint-rules/noObjectCast.js';

// The core is pure: data in, data out. No I/O, no processes, no GitHub, no Actions toolkit, and no reaching
// up into the layers that use it.
const CORE_PURE = {
  paths: [
    'fs',
    'node:fs',
    'fs/promises',
    'node:fs/promises',
    'child_process',
    'node:child_process',
    'http',
    'node:http',
    'https',
    'node:https',
    'node:os',
    'os',
  ].map((name) => ({
    name,
    message: 'src/core is pure: do I/O in src/edges or src/github and pass data in.',
  })),
  patterns: [
    {
      group: ['@actions/*', '@octokit/*'],
      message: 'src/core is pure: GitHub and the Actions toolkit belong to src/github and src/main.ts.',
    },
    {
      group: [
        '**/edges/*',
        '**/github/*',
        '**/commands/*',
        '**/pipeline/*',
        '**/cli/*',
        '**/ports.js',
        '../../main.js',
        '../main.js',
        '**/log.js',
        '**/settings.js',
      ],
      message: 'src/core must not import the layers built on it (edges, github, commands, cli, settings).',
    },
  ],
};

// The folders of src/core, lowest first: a folder imports only folders of earlier layers (and the files at
// the top of src/core, which import no folder).
export const CORE_LAYERS = [
  ['image', 'workload'],
  ['yaml'],
  ['argo'],
  ['render'],
  ['validate'],
  ['diff'],
  ['report'],
  ['policy'],
  ['bump'],
];

function coreImportRules() {
  const rule = (files, later, message) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: CORE_PURE.paths,
          patterns: [
            ...CORE_PURE.patterns,
            ...(later.length > 0 ? [{ group: later.map((f) => `**/${f}/*`), message }] : []),
          ],
        },
      ],
    },
  });
  const all = CORE_LAYERS.flat();
  return [
    rule(
      ['src/core/*.ts'],
      all,
      'the files at the top of src/core are below every core folder: import none.',
    ),
    ...CORE_LAYERS.flatMap((layer, i) => {
      const earlier = CORE_LAYERS.slice(0, i).flat();
      return layer.map((folder) =>
        rule(
          [`src/core/${folder}/**/*.ts`],
          all.filter((f) => f !== folder && !earlier.includes(f)),
          `src/core/${folder} may import only earlier core folders (${earlier.join(', ') || 'none'}; order: ${CORE_LAYERS.map((l) => l.join('/')).join(' → ')}).`,
        ),
      );
    }),
  ];
}

// External input is parsed, not cast (eslint-rules/noObjectCast.js): a document read from a repository, a
// file or a cache is checked by its schema in one of these modules, and the code after them trusts its types.
// Only here may a value be asserted to an object shape (`x as { … }`, `JSON.parse(…) as T`).
export const PARSING_MODULES = ['src/core/argo/applicationParts.ts', 'src/core/diff/partialReport.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // type-aware rules on the sources: promises not awaited, objects printed as [object Object], any leaks
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.generated.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.generated.ts', ...PARSING_MODULES],
    plugins: { slipway: { rules: { 'no-object-cast': noObjectCast } } },
    rules: { 'slipway/no-object-cast': 'error' },
  },
  // the core is pure (CORE_PURE), and its folders are layered (CORE_LAYERS): one rule per folder, since a
  // later block's no-restricted-imports replaces an earlier one's for the same file
  ...coreImportRules(),
  {
    // the pipeline runs core stages over the ports it is given: it never builds an edge itself
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/edges/*', '**/github/*', '**/commands/*', '**/cli/*', '@actions/*', '@octokit/*'],
              message: 'src/pipeline takes its edges as ports (src/ports.ts); the entries build them.',
            },
          ],
          paths: ['node:fs', 'node:child_process', 'fs', 'child_process'].map((name) => ({
            name,
            message: 'src/pipeline takes its edges as ports (src/ports.ts); the entries build them.',
          })),
        },
      ],
    },
  },
  {
    // commands reach GitHub, git, the renderers and the file system only through the ports they are given
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/edges/*', '**/github/*', '**/cli/*', '@actions/*', '@octokit/*'],
              message:
                'src/commands reach the outside through the ports (src/ports.ts) the entries give them.',
            },
          ],
          paths: ['node:fs', 'node:child_process', 'fs', 'child_process'].map((name) => ({
            name,
            message: 'src/commands reach the outside through the ports (src/ports.ts) the entries give them.',
          })),
        },
      ],
    },
  },
  {
    // the ports own the types they speak: ports.ts imports no adapter (its implementations import it)
    files: ['src/ports.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/edges/*', '**/github/*', '**/commands/*', '**/cli/*', '**/settings*'],
              message:
                'src/ports.ts owns the types its ports speak: declare them here (or in src/core), never import an adapter.',
            },
          ],
        },
      ],
    },
  },
  {
    // tests: jest's recommended rules (a test that cannot fail, a conditional expect, a disabled test)
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // helmTest is `test` when helm is installed (CI), a reported skip otherwise
      'jest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['helmTest'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
