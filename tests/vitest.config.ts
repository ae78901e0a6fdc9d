import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of schemas and src/lib, and browser tests that need a built dist/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', root: 'tests', include: ['lib/**/*.test.ts', 'schemas/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      { test: { name: 'e2e', root: 'tests', include: ['e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
