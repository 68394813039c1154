import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../src/main/backend';
import { testDate, testDayClock } from '../helpers/test-date';
import { afterWrite, call, printFigures, type Figure } from './measure';
import { pdfFloorMs } from './pdf-floor';
import { addSyntheticMembers, addSyntheticTalliesFast } from './synthetic-program';

/**
 * `npm run bench:report`: the Chief's monthly summary against pdfmake's own floor, for a team
 * of 500 and of 5000 members with ten years of tallies. The ratio is what PeerDesk adds to the
 * bare cost of a PDF of that shape; the target is at most 3 at either size.
 */
const PASSPHRASE = 'quiet harbour lantern 42';
const BENCH_DAY = testDate();

async function figuresFor(size: number): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-bench-report-'));
  try {
    const backend = createBackend({ dataDir: join(root, 'data'), clock: testDayClock(BENCH_DAY), dialogs: { chooseFolder: async () => null, chooseSaveFile: async ({ defaultName }) => join(root, defaultName), chooseOpenFile: async () => null } });
    await call(backend.invoke('session.setup', { passphrase: PASSPHRASE, confirmation: PASSPHRASE }));
    let started = performance.now();
    await addSyntheticMembers(backend, size);
    const imported = performance.now() - started;
    started = performance.now();
    const tallies = await addSyntheticTalliesFast(backend, BENCH_DAY);
    const entered = performance.now() - started;
    const month = `${Number(BENCH_DAY.slice(0, 4)) - 1}-06`;
    const summary = await afterWrite(backend, 'tallies.summary', { month });
    const report = await afterWrite(backend, 'reports.saveMonthly', { month });
    const floor = await pdfFloorMs();
    backend.close();
    const ratio = report / floor;
    return [
      { name: `${size} members: import`, value: imported, unit: 'ms', target: '—', ok: true },
      { name: `${size} members: ${tallies} tallies, a month per call`, value: entered, unit: 'ms', target: '—', ok: true },
      { name: `${size} members: tallies.summary (after a write)`, value: summary, unit: 'ms', target: '< 30 ms', ok: summary < 30 },
      { name: `${size} members: reports.saveMonthly (after a write)`, value: report, unit: 'ms', target: '—', ok: true },
      { name: `${size} members: pdfmake floor, two-page table`, value: floor, unit: 'ms', target: '—', ok: true },
      { name: `${size} members: monthly report ÷ floor (×)`, value: ratio, unit: 'x', target: '≤ 3', ok: ratio <= 3 },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const figures: Figure[] = [];
  for (const size of sizes.length ? sizes : [500, 5000]) figures.push(...(await figuresFor(size)));
  printFigures(figures);
}

void main();
