import { runCli } from '../../src/main/cli/index';
import { testDayClock } from './test-date';

/**
 * The admin CLI as tests run it: the shipped commands on the test's day (PEERDESK_TEST_DATE
 * or the fixed default), time flowing from 09:00. This entry exists only in the test tree and
 * is bundled by the tests themselves: the shipped CLI (src/main/cli/main.ts) has no way to
 * set its clock, so no real store can be given backdated records.
 */
void runCli(process.argv.slice(2), testDayClock()).then((code) => {
  process.exitCode = code;
});
