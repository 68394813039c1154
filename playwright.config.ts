import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/chromium';

export default defineConfig({
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
});
