// Jest runs the TypeScript sources as native ES modules (swc strips types; `npm run typecheck`
// type-checks once before the suite). Projects are the test depths: unit (pure domain),
// sim (trust simulation), integration (GraphQL against the embedded Neo4j), browser (Chromium),
// adversarial (attacks through the API on the demo market, in a Neo4j of its own).
// Only the projects that need a database name the Neo4j global setup, so `--selectProjects unit`
// starts no JVM.
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        target: 'es2022',
        transform: { react: { runtime: 'automatic' } },
      },
      module: { type: 'es6' },
    },
  ],
};
const common = { transform, extensionsToTreatAsEsm: ['.ts', '.tsx'], testEnvironment: 'node' };
const withNeo4j = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'sim', testMatch: ['<rootDir>/test/sim/**/*.test.ts'] },
    { ...common, ...withNeo4j, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, ...withNeo4j, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
    // Attacks staged through the API on the demo market, in a Neo4j of their own (test/adversarial).
    { ...common, displayName: 'adversarial', testMatch: ['<rootDir>/test/adversarial/**/*.test.ts'] },
  ],
  testTimeout: 60000,
};
