/**
 * The date matrix: the tests whose outcome depends on the calendar run again with
 * PEERDESK_TEST_DATE set to each date below — the 1st, the tally due day and the day after,
 * the end of February in a leap year, New Year, the last day of a 30-day month. The unit
 * tests in tests/unit/any-day cover the rules, dashboard, tallies, reports, selection,
 * training, backup retention and the demo seed; the dashboard and reports screens run end to
 * end on a few of the dates. Each run writes its JSON report into test-results/dates/, which
 * scripts/test-totals.mjs adds to the totals.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const unitDates = ['2026-12-01', '2026-12-10', '2026-12-11', '2027-01-01', '2027-01-10', '2027-04-30', '2026-12-31', '2028-02-28', '2028-02-29', '2028-03-01'];
const endToEndDates = ['2026-12-01', '2026-12-10', '2028-02-29'];

const out = join('test-results', 'dates');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const failedAt = [];
function run(label, date, report, command, args, env = {}) {
  process.stdout.write(`\n${label} on ${date}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, PEERDESK_TEST_DATE: date, ...env } });
  if (result.status === 0) return;
  failedAt.push(`${label} on ${date}`);
  // A run that died before writing its report still counts as a failure in the totals.
  if (!existsSync(report)) writeFileSync(report, JSON.stringify({ numPassedTests: 0, numFailedTests: 1, stats: { expected: 0, unexpected: 1 } }));
}

for (const date of unitDates) {
  const report = join(out, `unit-${date}.json`);
  run('tests/unit/any-day', date, report, 'npx', ['vitest', 'run', 'tests/unit/any-day'], { PEERDESK_VITEST_REPORT: report });
}
for (const date of endToEndDates) {
  const report = join(out, `e2e-${date}.json`);
  run('tests/e2e/reports.spec.ts', date, report, 'npx', ['playwright', 'test', 'tests/e2e/reports.spec.ts', '--reporter=dot,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: report,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
}

if (failedAt.length) {
  console.error(`\nThe date matrix failed: ${failedAt.join('; ')}`);
  process.exit(1);
}
console.log(`\nThe date matrix passed on ${unitDates.length} dates (unit) and ${endToEndDates.length} (end to end).`);
