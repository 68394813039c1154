import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { readBackupParts } from '../../../../src/main/store/backups/container';
import { readKeyFile } from '../../../../src/main/store/vault/key-file';
import { unwrapKey } from '../../../../src/main/store/vault/key-wrapping';
import { openEncryptedDatabase } from '../../../../src/main/store/open-database';
import { aMember } from '../../../helpers/members';
import { openStoreDirectly } from '../../../helpers/open-store-directly';
import { tempDir } from '../../../helpers/temp-dir';
import { newStore, PASSPHRASE, valueOf } from '../../../helpers/test-backend';

const writer = join('out', 'test', 'wal-crash-writer.cjs');
const WRITES = 145;

/**
 * A real process adds members, each printed only after the backend acknowledged it, and is
 * killed with SIGKILL after WRITES of them: its last transactions are committed in the WAL,
 * never checkpointed into the main file.
 */
function writeThenKill(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, PASSPHRASE, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      acknowledged += chunk.split('\n').filter(Boolean).length;
      if (acknowledged >= WRITES) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`writer exited on its own: ${stderr}`))));
  });
}

/** The members in a backup file's database part, its WAL replayed, in a private folder. */
async function membersInBackupFile(file: string, dataDir: string): Promise<number> {
  const key = await unwrapKey(readKeyFile(join(dataDir, 'keys.json')).passphrase, PASSPHRASE);
  const parts = readBackupParts(file);
  const folder = mkdtempSync(join(tempDir(), 'open-'));
  writeFileSync(join(folder, 'copy.db'), parts.database);
  if (parts.wal.length) writeFileSync(join(folder, 'copy.db-wal'), parts.wal);
  const db = openEncryptedDatabase(join(folder, 'copy.db'), key as Buffer);
  try {
    return (db.prepare("SELECT count(*) AS n FROM members WHERE last_name LIKE 'W%'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('data safety: restore keeps committed data', () => {
  buildSync({ entryPoints: ['tests/unit/reliability/crash-writer.ts'], outfile: writer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });

  it(`data safety: ${WRITES} writes committed in the WAL by a process killed with SIGKILL are all in the pre-restore safety copy after a restore from the Unlock screen`, async () => {
    const { backend, dataDir } = await newStore();
    const setupBackup = readdirSync(join(dataDir, 'backups'))[0] as string; // made at setup: no members
    backend.close();

    const acknowledged = await writeThenKill(dataDir);
    expect(acknowledged).toBeGreaterThanOrEqual(WRITES);
    expect(statSync(join(dataDir, 'peerdesk.db-wal')).size).toBeGreaterThan(0); // the commits wait in the WAL

    // The user chooses "Restore the latest good backup" on the Unlock screen.
    await valueOf(backend.invoke('session.restoreBackup', { passphrase: PASSPHRASE, name: setupBackup }));
    const kept = readdirSync(join(dataDir, 'backups')).find((n) => n.endsWith('-before-restore.db')) as string;
    expect(kept).toBeDefined();
    backend.close();
    expect(await membersInBackupFile(join(dataDir, 'backups', kept), dataDir)).toBeGreaterThanOrEqual(acknowledged);
  });

  it(`data safety: ${WRITES} writes left in the WAL because a second connection still had the store open are all in the pre-restore safety copy`, async () => {
    const { backend, dataDir } = await newStore();
    const setupBackup = readdirSync(join(dataDir, 'backups'))[0] as string;
    // Another open connection (the CLI, a second window): while it is open, closing ours does not checkpoint.
    const other = await openStoreDirectly(dataDir);
    for (let i = 0; i < WRITES; i++) await valueOf(backend.invoke('roster.create', aMember({ lastName: `W${i}`, workPhone: `(707) 55${String(i).padStart(5, '0')}` })));
    backend.close();
    expect(statSync(join(dataDir, 'peerdesk.db-wal')).size).toBeGreaterThan(0);

    await valueOf(backend.invoke('session.restoreBackup', { passphrase: PASSPHRASE, name: setupBackup }));
    backend.close();
    other.close();
    const kept = readdirSync(join(dataDir, 'backups')).find((n) => n.endsWith('-before-restore.db')) as string;
    expect(await membersInBackupFile(join(dataDir, 'backups', kept), dataDir)).toBe(WRITES);
  });

  // Not a defect found before: it shows the backup path needs no WAL of its own.
  it('data safety: "Back up now" after a killed writer holds every acknowledged write (VACUUM INTO reads through the WAL, checkpointed first)', async () => {
    const file = join(tempDir(), 'drive.db');
    const { backend, dataDir } = await newStore({ dialogs: { chooseSaveFile: async () => file, chooseOpenFile: async () => file, chooseFolder: async () => null } });
    backend.close();
    const acknowledged = await writeThenKill(dataDir);
    await valueOf(backend.invoke('session.unlock', { passphrase: PASSPHRASE }));
    await valueOf(backend.invoke('backups.create', {}));
    backend.close();
    expect(await membersInBackupFile(file, dataDir)).toBeGreaterThanOrEqual(acknowledged);
  });
});
