import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend, type Backend } from '../../src/main/backend';
import { readBackupParts } from '../../src/main/store/backups/container';
import { readKeyFile } from '../../src/main/store/vault/key-file';
import { unwrapKey } from '../../src/main/store/vault/key-wrapping';
import { storeFilesIn } from '../../src/main/store/store-files';
import type { Channel } from '../../src/shared/contract';
import { testDate, testDayClock } from '../helpers/test-date';
import { cliCallRatio, scryptInNewProcessMs } from './cli-speed';
import { encryptionOverhead } from './encryption-overhead';
import { firstLoadGzipKb } from './first-load';
import { call, medianMs, printFigures, type Figure } from './measure';
import { pdfFloorMs, pdfFloorWithKeptFontsMs } from './pdf-floor';
import { measureFilterKeystrokes, measureMatrixScreen } from './roster-browser';
import { unlockMs } from './unlock';
import { addSyntheticTallies, addSyntheticTraining, syntheticRosterFile } from './synthetic-program';

/**
 * `npm run bench`: the speed figures the issues name, measured on real encrypted stores with
 * the production key-derivation cost, for a program of 500 and of 5000 members (ten years of
 * tallies, eight years of training). `npm run --silent bench -- --json` prints one JSON
 * object per line; `-- --members 500` measures one size.
 */
const PASSPHRASE = 'quiet harbour lantern 42';
// The synthetic program is built around a fixed day, so every run measures the same data.
const BENCH_DAY = testDate();
const REPORT_MONTH = `${Number(BENCH_DAY.slice(0, 4)) - 1}-06`;

function newBackend(root: string, name: string): { backend: Backend; dataDir: string } {
  const dataDir = join(root, name);
  const backend = createBackend({
    dataDir,
    clock: testDayClock(),
    dialogs: { chooseFolder: async () => join(root, 'nas'), chooseSaveFile: async ({ defaultName }) => join(root, defaultName), chooseOpenFile: async () => null },
  });
  return { backend, dataDir };
}

/** The median of `runs` calls of `channel`, each right after `before` (a write that may make it do more). */
function medianAfter(runs: number, before: (i: number) => Promise<unknown>, backend: Backend, channel: Channel, input: unknown = {}): Promise<number> {
  return timedMedian(runs, before, () => call(backend.invoke(channel, input)));
}

/** The median of `runs` timed calls of `task`, each with its input prepared (untimed) by `prepare`. */
async function timedMedian<I>(runs: number, prepare: (i: number) => Promise<I>, task: (input: I) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = await prepare(i);
    const start = performance.now();
    await task(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

/** `import`: a `members`-row roster file previewed and committed into a new store, median of three stores; the last one is kept. */
async function importFigure(root: string, members: number): Promise<{ figure: Figure; backend: Backend; dataDir: string }> {
  const file = syntheticRosterFile(members);
  const times: number[] = [];
  let last: { backend: Backend; dataDir: string } | null = null;
  for (let run = 0; run < 3; run++) {
    last?.backend.close();
    last = newBackend(root, `data-${members}-${run}`);
    await call(last.backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE }));
    const start = performance.now();
    const preview = await call(last.backend.invoke('roster.importPreview', file));
    await call(last.backend.invoke('roster.importCommit', { ...file, mapping: preview.mapping, mode: 'all-or-nothing' }));
    times.push(performance.now() - start);
  }
  if (!last) throw new Error('no import ran');
  const ms = times.sort((a, b) => a - b)[1] ?? Number.NaN;
  return { figure: { name: 'import', members, value: ms, unit: 'ms', target: members === 5000 ? '≤ 2000' : '—', ok: members !== 5000 || ms <= 2000 }, ...last };
}

/** The daily figures on a program of `members`, built through the channels the app uses. */
async function programFigures(root: string, members: number): Promise<Figure[]> {
  const { figure: imported, backend, dataDir } = await importFigure(root, members);
  await addSyntheticTraining(backend, BENCH_DAY);
  await addSyntheticTallies(backend, BENCH_DAY);
  const roster = (await call(backend.invoke('roster.list', {}))).members;
  const someone = (i: number) => roster[(i * 37) % roster.length] ?? roster[0];

  // A member's edit as the drawer sends it: the stored fields with a new job title.
  const editOf = async (i: number) => {
    const { id, history: _history, standing: _standing, displayName: _displayName, updatedAt: _updatedAt, ...fields } = await call(backend.invoke('roster.get', { id: someone(i)?.id ?? 0 }));
    return { id, fields: { ...fields, jobTitle: `Officer ${i}` } };
  };
  const editMember = async (i: number) => call(backend.invoke('roster.update', await editOf(i)));
  const tallyOf = (i: number) => ({ memberId: someone(i)?.id ?? 0, month: REPORT_MONTH, noContacts: false, contacts: { oneOnOne: (i % 5) + 1 }, hoursOnDuty: 2 });
  const submitTally = (i: number) => call(backend.invoke('tallies.submit', tallyOf(i)));
  const setSetting = (i: number) => call(backend.invoke('settings.set', { autoLockMinutes: 10 + (i % 2) }));
  // A course saved as it was: a change to the catalog makes every member's training stale.
  const course = (await call(backend.invoke('training.courses', {})))[0];
  const saveCourse = async () => course && call(backend.invoke('training.saveCourse', course));

  const write = await timedMedian(11, editOf, (edit) => call(backend.invoke('roster.update', edit)));
  const tallyWrite = await timedMedian(11, async (i) => tallyOf(i), (tally) => call(backend.invoke('tallies.submit', tally)));
  const team = await medianAfter(7, editMember, backend, 'roster.list');
  const wholeTeam = await medianAfter(5, saveCourse, backend, 'roster.list');
  const dashboard = await medianAfter(11, submitTally, backend, 'dashboard.today');
  const publishPreview = await medianAfter(11, setSetting, backend, 'roster.publishPreview');
  const matrix = await medianAfter(5, saveCourse, backend, 'training.matrix');
  const report = await medianAfter(7, submitTally, backend, 'reports.saveMonthly', { month: REPORT_MONTH });
  const unlock = await unlockMs(backend, PASSPHRASE);
  const [floor, floorWithKeptFonts] = [pdfFloorMs(), await pdfFloorWithKeptFontsMs()];
  const figures: Figure[] = [
    imported,
    { name: 'write', members, value: write, unit: 'ms', target: '≤ 15', ok: write <= 15 },
    { name: 'tally-write', members, value: tallyWrite, unit: 'ms', target: '≤ 10', ok: tallyWrite <= 10 },
    { name: 'team-after-member-write', members, value: team, unit: 'ms', target: '—', ok: true },
    { name: 'team-after-course-change', members, value: wholeTeam, unit: 'ms', target: '—', ok: true },
    { name: 'dashboard', members, value: dashboard, unit: 'ms', target: '≤ 150', ok: dashboard <= 150 },
    { name: 'publish-preview', members, value: publishPreview, unit: 'ms', target: '≤ 100', ok: publishPreview <= 100 },
    { name: 'matrix', members, value: matrix, unit: 'ms', target: '≤ 300', ok: matrix <= 300 },
    { name: 'unlock', members, value: unlock, unit: 'ms', target: '≤ 700', ok: unlock <= 700 },
    { name: 'monthly-report', members, value: report, unit: 'ms', target: '—', ok: true },
    { name: 'pdf-floor', members, value: floor, unit: 'ms', target: '—', ok: true },
    { name: 'pdf-floor-fonts-kept', members, value: floorWithKeptFonts, unit: 'ms', target: '—', ok: true },
    { name: 'monthly-report-over-floor', members, value: report / floor, unit: 'x', target: '≤ 3', ok: report / floor <= 3 },
  ];
  figures.push(...(await browserFigures(backend, members)), ...(await storeFigures(backend, root, dataDir, members)));
  backend.close();
  return figures;
}

/** The roster search and the training matrix, rendered in Chromium over the same backend. */
async function browserFigures(backend: Backend, members: number): Promise<Figure[]> {
  const keystrokes = (await measureFilterKeystrokes(backend)).sort((a, b) => a - b);
  const keystroke = keystrokes[Math.floor(keystrokes.length / 2)] ?? Number.NaN;
  const screens = (await measureMatrixScreen(backend)).sort((a, b) => a - b);
  const screen = screens[Math.floor(screens.length / 2)] ?? Number.NaN;
  return [
    { name: 'roster-search-keystroke', members, value: keystroke, unit: 'ms', target: '< 50', ok: keystroke < 50 },
    { name: 'matrix-screen', members, value: screen, unit: 'ms', target: '< 500', ok: screen < 500 },
  ];
}

/** Publishing, the backup, the CLI, and encrypted against plain SQLite on the same data. */
async function storeFigures(backend: Backend, root: string, dataDir: string, members: number): Promise<Figure[]> {
  mkdirSync(join(root, 'nas'), { recursive: true });
  const publish = await medianMs(5, () => call(backend.invoke('roster.publishToFolder', {})));
  const backup = await medianMs(3, () => call(backend.invoke('backups.create', {})));
  const cli = await cliCallRatio(dataDir, PASSPHRASE);
  const scryptAlone = await scryptInNewProcessMs();
  // The backup's database, out of its container (docs/backup-format.md): the same data, freshly packed.
  const backupFile = join(root, 'bench-database.db');
  writeFileSync(backupFile, readBackupParts(join(root, `peerdesk-backup-${BENCH_DAY}.db`)).database);
  const key = await unwrapKey(readKeyFile(storeFilesIn(dataDir).keys).passphrase, PASSPHRASE);
  if (!key) throw new Error('The bench store does not open with its passphrase');
  const sizeMb = statSync(backupFile).size / 1_048_576;
  return [
    { name: 'publish', members, value: publish, unit: 'ms', target: '< 500', ok: publish < 500 },
    { name: 'backup', members, value: backup, unit: 'ms', target: '—', ok: true },
    { name: 'database-mb', members, value: sizeMb, unit: 'mb', target: '—', ok: true },
    { name: 'cli-call', members, value: cli.cliMs, unit: 'ms', target: '—', ok: true },
    { name: 'scrypt', members, value: cli.scryptMs, unit: 'ms', target: '—', ok: true },
    { name: 'scrypt-in-new-process', members, value: scryptAlone, unit: 'ms', target: '—', ok: true },
    { name: 'cli-call-over-scrypt', members, value: cli.ratio, unit: 'x', target: '≤ 1.3', ok: cli.ratio <= 1.3 },
  ];
}

/**
 * Encrypted against plain SQLite on the bench store's data: four more connections with their
 * own page caches, which are the comparison's and not the backend's, so this runs after the
 * peak memory is read.
 */
async function encryptionFigures(root: string, members: number): Promise<Figure[]> {
  const backupFile = join(root, 'bench-database.db');
  const key = await unwrapKey(readKeyFile(storeFilesIn(join(root, `data-${members}-2`)).keys).passphrase, PASSPHRASE);
  if (!key) throw new Error('The bench store does not open with its passphrase');
  const { warm, cold } = await encryptionOverhead(backupFile, key, root);
  const ratio = warm.encrypted / warm.plain;
  return [
    { name: 'encrypted-over-plain', members, value: ratio, unit: 'x', target: '≤ 1.3', ok: ratio <= 1.3 },
    { name: 'encrypted-over-plain-cold', members, value: cold.encrypted / cold.plain, unit: 'x', target: '—', ok: true },
  ];
}

/** What the window loads: the scripts before the Unlock screen can show, and the preload. */
async function bundleFigures(): Promise<Figure[]> {
  const firstLoad = await firstLoadGzipKb(resolve('out/renderer'));
  // The preload runs before every page load; without zod and the schemas it is a few KB.
  const preload = statSync(resolve('out/preload/index.js')).size / 1024;
  return [
    { name: 'first-load-gzip-kb', members: 0, value: firstLoad, unit: 'kb', target: '≤ 250', ok: firstLoad <= 250 },
    { name: 'preload-kb', members: 0, value: preload, unit: 'kb', target: '≤ 30', ok: preload <= 30 },
  ];
}

async function main() {
  const json = process.argv.includes('--json');
  const sizeArg = process.argv.indexOf('--members');
  const sizes = sizeArg > 0 ? [Number(process.argv[sizeArg + 1])] : [500, 5000];
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-bench-'));
  try {
    const figures = await bundleFigures();
    if (json) for (const f of figures) console.log(JSON.stringify({ name: f.name, [f.unit]: Number(f.value.toFixed(2)) }));
    for (const members of sizes) {
      const measured = await programFigures(root, members);
      figures.push(...measured);
      if (json) for (const f of measured) console.log(JSON.stringify({ name: f.name, members: f.members, [f.unit]: Number(f.value.toFixed(2)) }));
    }
    const peak = process.resourceUsage().maxRSS / 1024;
    const peakFigure: Figure = { name: 'peak-rss-mb', members: Math.max(...sizes), value: peak, unit: 'mb', target: '≤ 300', ok: peak <= 300 };
    if (json) console.log(JSON.stringify({ name: peakFigure.name, members: peakFigure.members, mb: Number(peak.toFixed(1)) }));
    const encryption = await encryptionFigures(root, Math.max(...sizes));
    if (json) for (const f of encryption) console.log(JSON.stringify({ name: f.name, members: f.members, [f.unit]: Number(f.value.toFixed(2)) }));
    else printFigures([...figures, peakFigure, ...encryption]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
