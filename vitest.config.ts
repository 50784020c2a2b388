import { defineConfig } from 'vitest/config';

// One suite for everything. The Neo4j suites share one database, so test files run one
// at a time; within a file tests are sequential too. Slow real-service tests get room.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
