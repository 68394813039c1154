/**
 * Prints the one line CI reads, `N passed, N failed`, summed over the vitest and
 * Playwright JSON reports that `npm test` writes into test-results/ (the date matrix's in
 * test-results/dates/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;

function addVitest(path) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests ?? 0;
  // A file that fails to load has no failed test of its own: count it once.
  const filesFailedWithoutTests = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  failed += (report.numFailedTests ?? 0) + filesFailedWithoutTests;
}

function addPlaywright(path) {
  const { stats } = JSON.parse(readFileSync(path, 'utf8'));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}

if (existsSync('test-results/vitest.json')) addVitest('test-results/vitest.json');
if (existsSync('test-results/playwright.json')) addPlaywright('test-results/playwright.json');
const dates = 'test-results/dates';
for (const name of existsSync(dates) ? readdirSync(dates).sort() : []) {
  if (name.startsWith('unit-')) addVitest(join(dates, name));
  if (name.startsWith('e2e-')) addPlaywright(join(dates, name));
}

console.log(`${passed} passed, ${failed} failed`);
