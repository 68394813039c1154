import { defineConfig } from 'vitest/config';

/**
 * The date matrix: the calendar-sensitive tests (tests/unit/any-day — rules, dashboard,
 * tallies, reports, selection, training, backup retention, the demo seed) run again on each
 * calendar edge: the 1st, the tally due day and the day after, New Year's Eve and Day, the
 * last day of a 30-day month, and 28 and 29 February of a leap year.
 */
const matrixDates = ['2026-12-01', '2026-12-10', '2026-12-11', '2026-12-31', '2027-01-01', '2027-04-30', '2028-02-28', '2028-02-29'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      // Every test on the fixed default day (tests/helpers/test-date.ts).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      ...matrixDates.map((date) => ({ extends: true as const, test: { name: `on ${date}`, include: ['tests/unit/any-day/**/*.test.ts'], env: { PEERDESK_TEST_DATE: date } } })),
    ],
  },
});
