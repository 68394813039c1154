import { runCli } from '../../src/main/cli/index';
import { fastKdf } from './fast-kdf';
import { testDayClock } from './test-date';

/**
 * The admin CLI as tests run it: the shipped commands on the test's day (PEERDESK_TEST_DATE
 * or the fixed default), time flowing from 09:00, with the cheap key derivation of the unit
 * tests for stores it sets up (about 0.85 s less per unlock). This entry exists only in the test tree and
 * is bundled by the tests themselves: the shipped CLI (src/main/cli/main.ts) has no way to
 * set its clock, so no real store can be given backdated records.
 */
void runCli(process.argv.slice(2), { clock: testDayClock(), kdfParams: fastKdf }).then((code) => {
  process.exitCode = code;
});
