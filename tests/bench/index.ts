import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../src/main/backend/backend';
import { medianMs, printFigures, type Figure } from './measure';
import { measureFilterKeystrokes } from './roster-browser';
import { addSyntheticMembers } from './synthetic-program';

/**
 * `npm run bench`: the speed figures the issues name, measured on real encrypted stores
 * with the production key-derivation cost. Grows with every feature.
 */
const PASSPHRASE = 'quiet harbour lantern 42';

async function call<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

async function sessionFigures(backend: Backend, dataDir: string): Promise<Figure[]> {
  const unlock = await medianMs(5, async () => {
    backend.close();
    await call(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
  });
  backend.close();
  const cliCall = await medianMs(3, () => {
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'call', 'settings.get', '--data-dir', dataDir], {
      env: { ...process.env, PEERDESK_PASSPHRASE: PASSPHRASE },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stderr);
  });
  await call(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
  return [
    { name: 'unlock (scrypt + open + schema check)', value: unlock, unit: 'ms', target: '150–800 ms', ok: unlock >= 150 && unlock <= 800 },
    { name: 'CLI `call settings.get`, start to exit', value: cliCall, unit: 'ms', target: '< 1500 ms', ok: cliCall < 1500 },
  ];
}

async function rosterFigures(backend: Backend, root: string): Promise<Figure[]> {
  await addSyntheticMembers(backend, 500);
  const list = await medianMs(20, () => call(backend.invoke('roster.list', {})));
  const nas = join(root, 'nas');
  mkdirSync(nas);
  const publish = await medianMs(5, () => call(backend.invoke('roster.publishToFolder', {})));
  const keystrokes = (await measureFilterKeystrokes(backend)).sort((a, b) => a - b);
  const keystroke = keystrokes[Math.floor(keystrokes.length / 2)] ?? Number.NaN;
  const worst = keystrokes.at(-1) ?? Number.NaN;
  return [
    { name: 'roster.list, 500 members', value: list, unit: 'ms', target: '< 20 ms', ok: list < 20 },
    { name: 'roster filter keystroke → rendered (median)', value: keystroke, unit: 'ms', target: '< 50 ms', ok: keystroke < 50 },
    { name: 'roster filter keystroke → rendered (worst)', value: worst, unit: 'ms', target: '—', ok: true },
    { name: 'publish roster to NAS (HTML, CSV, PDF)', value: publish, unit: 'ms', target: '< 500 ms', ok: publish < 500 },
  ];
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-bench-'));
  const dataDir = join(root, 'data');
  try {
    const backend = createBackend({ dataDir, dialogs: { chooseFolder: async () => join(root, 'nas'), chooseSaveFile: async () => null } });
    await call(backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE }));
    const figures = [...(await sessionFigures(backend, dataDir)), ...(await rosterFigures(backend, root))];
    backend.close();
    printFigures(figures);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
