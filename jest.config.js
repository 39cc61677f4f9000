/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: '<rootDir>/__tests__/helpers/quiet-environment.cjs',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testTimeout: 60000,
  // The tests wait on loopback fakes and bundled child processes about as much as they compute: one
  // worker per core halves the wall time on 2 cores against Jest's default of cores - 1.
  maxWorkers: '100%',
};
