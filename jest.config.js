import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Test files that render kustomize (the `kustomize` binary, else `kubectl kustomize`, as src/edges/renderers.ts
// looks them up). On a machine without either they are left out with the reason printed; CI must run them.
const KUSTOMIZE_TESTS = [
  'check/appStates',
  'check/argoFidelity',
  'check/applicationsRepository',
  'check/clusterGenerator',
  'diff',
  'e2e/bumpGolden',
  'e2e/check',
  'e2e/checkComment',
  'e2e/checkFrontEnds',
  'e2e/checkoutPath',
  'e2e/checkPolicy',
  'e2e/checkShards',
  'e2e/codeLoaded',
  'e2e/commentGroups',
  'e2e/exampleWorkflows',
  'e2e/progress',
  'edges/processLauncher',
  'edges/treeIndexStore',
  'e2e/renderCache',
  'pipeline/baseOrigins',
  'security/autoMergeVerdict',
  'security/carriedState',
  'security/checkRun',
  'security/policyEligibility',
  'security/pullRequestText',
  'security/renderers',
  'validate',
  'validate/grouping',
  'validate/folderRead',
  'cli/validateFlags',
];

function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, name), constants.X_OK);
      return folder !== '' && statSync(join(folder, name)).isFile();
    } catch {
      return false;
    }
  });
}

const withoutKustomize = !onPath('kustomize') && !onPath('kubectl');
if (withoutKustomize) {
  const reason = 'neither kustomize nor kubectl is on PATH (GitHub-hosted runners have both)';
  if (process.env.CI === 'true') throw new Error(`${reason}; CI must run the tests that render kustomize`);
  console.warn(`Skipping ${KUSTOMIZE_TESTS.length} test files that render kustomize: ${reason}.`);
}

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(withoutKustomize ? KUSTOMIZE_TESTS.map((name) => `<rootDir>/__tests__/${name}\\.test\\.ts$`) : []),
  ],
  setupFiles: ['<rootDir>/__tests__/support/toolsOnPath.ts'],
  testTimeout: 60000,
  // tests wait on the processes they spawn (node, git, kustomize, helm) much of the time: three workers
  // keep two cores busier than two did (84.5-89.1 s against 88.5-99.5 s, three runs each in turn)
  maxWorkers: 3,
};
