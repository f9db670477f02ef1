/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/support/toolsOnPath.ts'],
  testTimeout: 60000,
  // tests wait on the processes they spawn (node, git, kustomize, helm) much of the time: three workers
  // keep two cores busier than two did (84.5-89.1 s against 88.5-99.5 s, three runs each in turn)
  maxWorkers: 3,
};
