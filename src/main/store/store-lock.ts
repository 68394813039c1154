import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { isRunning } from '../files/atomic-write';

/**
 * Which processes have the store open (unlocked). The app and the admin CLI may work on one
 * data folder at the same time (see Store.write), but a restore swaps the database file
 * under every open handle, so it must not run while another process has the store open.
 * Each process that unlocks leaves a marker `peerdesk.db.open-<pid>` in the data folder and
 * removes it when it locks; a marker whose process no longer runs (a crash, kill -9) is stale
 * and removed by whoever finds it.
 */
const MARKER = /^peerdesk\.db\.open-(\d+)$/;

function markerIn(dataDir: string, pid: number): string {
  return join(dataDir, `peerdesk.db.open-${pid}`);
}

/** Marks the store open by this process; returns what removes the mark. */
export function markStoreOpen(dataDir: string): () => void {
  const marker = markerIn(dataDir, process.pid);
  writeFileSync(marker, `${process.pid}\n`, { mode: 0o600 });
  return () => rmSync(marker, { force: true });
}

/** The pids of other live processes that have the store open; stale markers are removed. */
function otherProcessesWithStoreOpen(dataDir: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync(dataDir)) {
    const pid = Number(MARKER.exec(name)?.[1] ?? 0);
    if (!pid || pid === process.pid) continue;
    if (isRunning(pid)) pids.push(pid);
    else rmSync(join(dataDir, name), { force: true });
  }
  return pids;
}

/** Refuses a restore while another window or process has the store open. */
export function assertNoOtherProcessHasStoreOpen(dataDir: string): void {
  if (otherProcessesWithStoreOpen(dataDir).length > 0) {
    throw new AppError('conflict', 'PeerDesk is open in another window or process; close it, then restore.');
  }
}
