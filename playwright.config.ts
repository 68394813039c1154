import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/chromium';
import type { HarnessOptions } from './tests/e2e/harness';

/** The date matrix, end to end: the dashboard and reports screens on a few calendar edges (the rest at unit level, vitest.config.mts). */
const matrixDates = ['2026-12-01', '2028-02-29'];

export default defineConfig<HarnessOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    headless: true,
    // The smaller of the two screens PeerDesk is laid out for (layout.spec.ts checks 1920×1080 too).
    viewport: { width: 1366, height: 768 },
    trace: 'off',
    screenshot: 'only-on-failure',
    // No transitions: accessibility checks then see the settled page, not a half-faded one.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  outputDir: 'test-results/e2e-artifacts',
  projects: [
    { name: 'chromium' },
    ...matrixDates.map((date) => ({ name: `on ${date}`, testMatch: 'reports.spec.ts', use: { testDate: date } })),
  ],
});
