import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../src/main/backend/backend';
import { medianMs, printFigures, type Figure } from './measure';

/**
 * `npm run bench`: the speed figures the issues name, measured on real encrypted stores
 * with the production key-derivation cost. Grows with every feature.
 */
const PASSPHRASE = 'quiet harbour lantern 42';

async function main() {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'peerdesk-bench-')), 'data');
  const figures: Figure[] = [];
  try {
    const backend = createBackend({ dataDir });
    const setup = await backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    if (!setup.ok) throw new Error(setup.error.message);

    const unlock = await medianMs(5, async () => {
      backend.close();
      const result = await backend.invoke('session.unlock', { passphrase: PASSPHRASE });
      if (!result.ok) throw new Error(result.error.message);
    });
    figures.push({ name: 'unlock (scrypt + open + schema check)', value: unlock, unit: 'ms', target: '150–800 ms', ok: unlock >= 150 && unlock <= 800 });
    backend.close();

    const cliCall = await medianMs(3, () => {
      const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'call', 'settings.get', '--data-dir', dataDir], {
        env: { ...process.env, PEERDESK_PASSPHRASE: PASSPHRASE },
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(run.stderr);
    });
    figures.push({ name: 'CLI `call settings.get`, start to exit', value: cliCall, unit: 'ms', target: '< 1500 ms', ok: cliCall < 1500 });
  } finally {
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
  printFigures(figures);
}

void main();
