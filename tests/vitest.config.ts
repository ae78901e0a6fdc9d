import { defineConfig } from 'vitest/config';

// Tests by kind, each a project: `unit` tests src/lib and the schemas on small synthetic fixtures; `content` checks
// the portal's real content, deriving every expectation from it; `scripts` runs command-line tools in scratch copies
// of the project; `e2e` drives Chromium through the built dist/ (built once by `npm run build`).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', root: 'tests', include: ['lib/**/*.test.ts', 'schemas/**/*.test.ts'] } },
      { test: { name: 'content', root: 'tests', include: ['content/**/*.test.ts'], testTimeout: 30_000 } },
      // The scripts run as child processes over a scratch copy of the whole content, several per test.
      { test: { name: 'scripts', root: 'tests', include: ['scripts/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'e2e', root: 'tests', include: ['e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
