/**
 * A child process for the crash-safety test: unlocks a store and adds members in a loop,
 * printing each one's number only after the backend acknowledged the write. The parent
 * kills it with SIGKILL at a random moment.
 */
import { createBackend } from '../../../src/main/backend';
import { testDayClock } from '../../helpers/test-date';

const [dataDir, passphrase, startAt] = process.argv.slice(2) as [string, string, string];

async function run(): Promise<void> {
  const backend = createBackend({ dataDir, clock: testDayClock(), kdfParams: { N: 1024, r: 8, p: 1 }, logError: () => undefined });
  const unlocked = await backend.invoke('session.unlock', { passphrase });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  for (let n = Number(startAt); ; n++) {
    const result = await backend.invoke('roster.create', {
      firstName: 'Crash',
      lastName: `W${n}`,
      sworn: n % 2 === 0,
      staffGroup: 'Juvenile Hall',
      joinedOn: '2025-01-06',
      workPhone: `(707) 55${String(n).padStart(5, '0')}`,
    });
    if (!result.ok) throw new Error(result.error.message);
    process.stdout.write(`${n}\n`);
  }
}

void run();
