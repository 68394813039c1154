import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../src/main/backend';
import { readKeyFile } from '../../src/main/store/vault/key-file';
import { unwrapKey } from '../../src/main/store/vault/key-wrapping';
import { storeFilesIn } from '../../src/main/store/store-files';
import { cliCallRatio, scryptInNewProcessMs } from './cli-speed';
import { encryptionOverhead } from './encryption-overhead';
import { medianMs, printFigures, type Figure } from './measure';
import { measureFilterKeystrokes, measureMatrixScreen } from './roster-browser';
import { addSyntheticMembers, addSyntheticTallies, addSyntheticTraining } from './synthetic-program';
import type { Channel } from '../../src/shared/contract';
import { testDate, testDayClock } from '../helpers/test-date';

// The synthetic program is built around a fixed day, so every run measures the same data.
const BENCH_DAY = testDate();
const benchClock = testDayClock();

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

/**
 * The first read after a write recomputes every member's standing and training (later
 * reads reuse it until the next write), so this is the figure that matters.
 */
async function afterWrite(backend: Backend, channel: Channel, input: unknown = {}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    await call(backend.invoke('settings.set', { autoLockMinutes: 10 + (i % 2) }));
    const start = performance.now();
    await call(backend.invoke(channel, input));
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[5] ?? Number.NaN;
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
  const { cliMs, scryptMs, ratio } = await cliCallRatio(dataDir, PASSPHRASE);
  const scryptProcess = await scryptInNewProcessMs();
  await call(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
  return [
    { name: 'unlock (scrypt + open + schema check)', value: unlock, unit: 'ms', target: '150–800 ms', ok: unlock >= 150 && unlock <= 800 },
    { name: 'CLI `call settings.get` via npm run, start to exit', value: cliCall, unit: 'ms', target: '< 1500 ms', ok: cliCall < 1500 },
    { name: 'CLI `call settings.get` (node scripts/cli.mjs), start to exit', value: cliMs, unit: 'ms', target: '—', ok: true },
    { name: 'scrypt alone, production cost, in process', value: scryptMs, unit: 'ms', target: '—', ok: true },
    { name: 'CLI call ÷ scrypt alone', value: ratio, unit: 'x', target: '≤ 1.3', ok: ratio <= 1.3 },
    { name: 'scrypt alone in a new Node process, start to exit', value: scryptProcess, unit: 'ms', target: '—', ok: true },
    { name: 'CLI call ÷ scrypt in a new Node process', value: cliMs / scryptProcess, unit: 'x', target: '—', ok: true },
  ];
}

async function rosterFigures(backend: Backend, root: string): Promise<Figure[]> {
  await addSyntheticMembers(backend, 500);
  const list = await afterWrite(backend, 'roster.list');
  const nas = join(root, 'nas');
  mkdirSync(nas);
  const publish = await medianMs(5, () => call(backend.invoke('roster.publishToFolder', {})));
  const keystrokes = (await measureFilterKeystrokes(backend)).sort((a, b) => a - b);
  const keystroke = keystrokes[Math.floor(keystrokes.length / 2)] ?? Number.NaN;
  const worst = keystrokes.at(-1) ?? Number.NaN;
  return [
    { name: 'roster.list, 500 members (after a write)', value: list, unit: 'ms', target: '< 20 ms', ok: list < 20 },
    { name: 'roster filter keystroke → rendered (median)', value: keystroke, unit: 'ms', target: '< 50 ms', ok: keystroke < 50 },
    { name: 'roster filter keystroke → rendered (worst)', value: worst, unit: 'ms', target: '—', ok: true },
    { name: 'publish roster to NAS (HTML, CSV, PDF)', value: publish, unit: 'ms', target: '< 500 ms', ok: publish < 500 },
  ];
}

async function trainingFigures(backend: Backend): Promise<Figure[]> {
  await addSyntheticTraining(backend, BENCH_DAY);
  const matrix = await afterWrite(backend, 'training.matrix');
  const list = await afterWrite(backend, 'roster.list');
  const warmList = await medianMs(20, () => call(backend.invoke('roster.list', {})));
  const screens = (await measureMatrixScreen(backend)).sort((a, b) => a - b);
  const screen = screens[Math.floor(screens.length / 2)] ?? Number.NaN;
  return [
    { name: 'training.matrix, 500 members × 10 courses × 8 years (after a write)', value: matrix, unit: 'ms', target: '< 100 ms', ok: matrix < 100 },
    { name: 'roster.list with 8 years of training, after a write', value: list, unit: 'ms', target: '< 20 ms', ok: list < 20 },
    { name: 'roster.list with 8 years of training, unchanged data', value: warmList, unit: 'ms', target: '< 20 ms', ok: warmList < 20 },
    { name: 'training matrix screen rendered (Chromium)', value: screen, unit: 'ms', target: '< 500 ms', ok: screen < 500 },
  ];
}

async function tallyFigures(backend: Backend): Promise<Figure[]> {
  const started = performance.now();
  const count = await addSyntheticTallies(backend, BENCH_DAY);
  const perTally = (performance.now() - started) / count;
  const month = `${Number(BENCH_DAY.slice(0, 4)) - 1}-06`;
  const summary = await afterWrite(backend, 'tallies.summary', { month });
  const statuses = await afterWrite(backend, 'tallies.month', { month });
  return [
    { name: `tallies.submit, average over ${count} tallies (10 years)`, value: perTally, unit: 'ms', target: '—', ok: true },
    { name: "a month's aggregation (tallies.summary), after a write", value: summary, unit: 'ms', target: '< 30 ms', ok: summary < 30 },
    { name: 'on-time/late/missing for a month (tallies.month), after a write', value: statuses, unit: 'ms', target: '< 30 ms', ok: statuses < 30 },
  ];
}

/** The Chief's monthly summary (data, trend chart, PDF written) and the dashboard, after a write. */
async function reportFigures(backend: Backend): Promise<Figure[]> {
  const month = `${Number(BENCH_DAY.slice(0, 4)) - 1}-06`;
  const report = await afterWrite(backend, 'reports.saveMonthly', { month });
  const dashboard = await afterWrite(backend, 'dashboard.today');
  return [
    { name: 'monthly report PDF with trend chart, 500 members × 10 years (after a write)', value: report, unit: 'ms', target: '< 500 ms', ok: report < 500 },
    { name: 'dashboard.today (after a write)', value: dashboard, unit: 'ms', target: '< 100 ms', ok: dashboard < 100 },
  ];
}

/** Backup of the whole database, encrypted vs plain SQLite on one workload, peak memory. */
async function scaleFigures(backend: Backend, dataDir: string, root: string): Promise<Figure[]> {
  const backup = await medianMs(3, () => call(backend.invoke('backups.create', {})));
  const backupFile = join(root, `peerdesk-backup-${BENCH_DAY}.db`);
  const key = await unwrapKey(readKeyFile(storeFilesIn(dataDir).keys).passphrase, PASSPHRASE);
  if (!key) throw new Error('The bench store does not open with its passphrase');
  const { warm, cold } = await encryptionOverhead(backupFile, key, root);
  const ratio = warm.encrypted / warm.plain;
  const coldRatio = cold.encrypted / cold.plain;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`encrypted/plain: ${ratio.toFixed(2)}x (${warm.encrypted.toFixed(1)} ms vs ${warm.plain.toFixed(1)} ms, connection open as in the app; database ${(statSync(backupFile).size / 1_048_576).toFixed(1)} MB)`);
  console.log(`encrypted/plain, cold cache: ${coldRatio.toFixed(2)}x (${cold.encrypted.toFixed(1)} ms vs ${cold.plain.toFixed(1)} ms, a fresh connection per run)`);
  return [
    { name: 'backup of the whole database (VACUUM INTO, encrypted)', value: backup, unit: 'ms', target: '—', ok: true },
    { name: 'encrypted/plain SQLite, same workload, as the app runs (×)', value: ratio, unit: 'x', target: '≤ 1.3', ok: ratio <= 1.3 },
    { name: 'encrypted/plain SQLite, same workload, cold cache (×)', value: coldRatio, unit: 'x', target: '—', ok: true },
    { name: 'peak memory of the backend process (RSS)', value: peakMb, unit: 'MB', target: '—', ok: true },
  ];
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-bench-'));
  const dataDir = join(root, 'data');
  try {
    const backend = createBackend({ dataDir, clock: benchClock, dialogs: { chooseFolder: async () => join(root, 'nas'), chooseSaveFile: async ({ defaultName }) => join(root, defaultName), chooseOpenFile: async () => null } });
    await call(backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE }));
    const figures = [...(await sessionFigures(backend, dataDir)), ...(await rosterFigures(backend, root)), ...(await trainingFigures(backend)), ...(await tallyFigures(backend)), ...(await reportFigures(backend)), ...(await scaleFigures(backend, dataDir, root))];
    backend.close();
    printFigures(figures);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
