import { runCli } from '../../src/main/cli/index';

/**
 * The admin CLI as tests run it: the shipped commands, on a day the test chooses
 * (PEERDESK_TEST_NOW, an ISO instant) with time flowing from there. This entry exists only in
 * the test tree and is bundled by the tests themselves: the shipped CLI (src/main/cli/main.ts)
 * has no way to set its clock, so no real store can be given backdated records.
 */
const chosen = Date.parse(process.env.PEERDESK_TEST_NOW ?? '');
if (Number.isNaN(chosen)) {
  process.stderr.write('PEERDESK_TEST_NOW must be set to an ISO date-time\n');
  process.exit(2);
}
const startedAt = Date.now();

void runCli(process.argv.slice(2), () => new Date(chosen + (Date.now() - startedAt))).then((code) => {
  process.exitCode = code;
});
