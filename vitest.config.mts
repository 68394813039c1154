import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // The date matrix (scripts/test-dates.mjs) keeps one report per date.
    reporters: ['default', ['json', { outputFile: process.env.PEERDESK_VITEST_REPORT || 'test-results/vitest.json' }]],
  },
});
