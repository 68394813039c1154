/**
 * Prints the one line CI reads, `N passed, N failed`, summed over the vitest and
 * Playwright JSON reports that `npm test` writes into test-results/.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

const vitestReport = 'test-results/vitest.json';
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests ?? 0;
  // A file that fails to load has no failed test of its own: count it once.
  const filesFailedWithoutTests = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  failed += (report.numFailedTests ?? 0) + filesFailedWithoutTests;
}

const playwrightReport = 'test-results/playwright.json';
if (existsSync(playwrightReport)) {
  const { stats } = JSON.parse(readFileSync(playwrightReport, 'utf8'));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}

console.log(`${passed} passed, ${failed} failed`);
