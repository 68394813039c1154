/**
 * A child process for the two-processes test: unlocks a store and adds `count` members named
 * `<prefix><n>` and marks each temporarily inactive, printing each name only after the backend acknowledged the write, or a line
 * `ERR <message>` when a write was refused. Then it prints `done` and keeps the store open
 * (unlocked) until its stdin closes, like an app window left open.
 */
import { createBackend } from '../../../src/main/backend';
import { testDayClock } from '../../helpers/test-date';

const [dataDir, passphrase, prefix, count] = process.argv.slice(2) as [string, string, string, string];

async function run(): Promise<void> {
  const backend = createBackend({ dataDir, clock: testDayClock(), kdfParams: { N: 1024, r: 8, p: 1 }, logError: (m) => process.stderr.write(`${m}\n`) });
  const unlocked = await backend.invoke('session.unlock', { passphrase });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  for (let n = 0; n < Number(count); n++) {
    const result = await backend.invoke('roster.create', {
      firstName: 'Writer',
      lastName: `${prefix}${n}`,
      sworn: n % 2 === 0,
      staffGroup: 'Juvenile Hall',
      joinedOn: '2025-01-06',
      workPhone: `(707) 55${String(n).padStart(5, '0')}`,
    });
    // A status change reads the member's history, then writes: the kind of transaction that
    // meets another process's commit half-way unless it takes the write lock first.
    const changed = result.ok ? await backend.invoke('roster.changeStatus', { id: result.value.id, status: 'temporarily-inactive', effectiveOn: '2025-02-01' }) : result;
    process.stdout.write(changed.ok ? `${prefix}${n}\n` : `ERR ${changed.error.code}: ${changed.error.message}\n`);
  }
  process.stdout.write('done\n');
  process.stdin.on('data', () => undefined);
  process.stdin.on('end', () => {
    backend.close();
    process.exit(0);
  });
}

void run().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
