import { systemClock } from '../clock';
import { runCli } from './index';

// The shipped admin CLI: always today's date, from the system clock.
void runCli(process.argv.slice(2), { clock: systemClock }).then((code) => {
  process.exitCode = code;
});
