import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { medianMs } from './measure';

/**
 * Encrypted vs plain SQLite on the same data and the same workload. The plain copy is the
 * same file decrypted (`PRAGMA rekey = ''`), so page layout and indexes are identical. Both
 * are opened as the app opens its store (WAL, synchronous FULL, a 64 MB page cache). "Warm"
 * keeps one connection, as the app does while unlocked; "cold" opens a fresh connection per
 * run, so every page read is decrypted again.
 */
function open(file: string, key: Buffer | null): Database.Database {
  const db = new Database(file);
  if (key) {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`key="x'${key.toString('hex')}'"`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -65536');
  return db;
}

/** What the program does most: read every member, aggregate tallies by month, then write a batch. */
function workload(db: Database.Database, round: number): void {
  db.prepare('SELECT * FROM members').all();
  db.prepare('SELECT month, sum(contacts_one_on_one + contacts_group + contacts_follow_up) AS c, sum(hours_on_duty + hours_off_duty) AS h FROM tallies GROUP BY month').all();
  db.prepare('SELECT * FROM attendance').all();
  const insert = db.prepare('INSERT INTO audit_log (at_ms, actor, action, entity, entity_id) VALUES (?, 1, 1, 1, ?)');
  db.transaction(() => {
    for (let i = 0; i < 500; i++) insert.run(Date.now(), `${round}-${i}`);
  })();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export interface Overhead {
  warm: { encrypted: number; plain: number };
  cold: { encrypted: number; plain: number };
}

/** Copies the encrypted backup, and a decrypted copy of it, under `name`. */
function copies(encryptedBackup: string, key: Buffer, workDir: string, name: string): { encrypted: string; plain: string } {
  const encrypted = `${workDir}/${name}-encrypted.db`;
  const plain = `${workDir}/${name}-plain.db`;
  copyFileSync(encryptedBackup, encrypted);
  copyFileSync(encryptedBackup, plain);
  const decrypting = new Database(plain);
  decrypting.pragma(`cipher='sqlcipher'`);
  decrypting.pragma(`key="x'${key.toString('hex')}'"`);
  decrypting.pragma(`rekey = ''`);
  decrypting.close();
  return { encrypted, plain };
}

export async function encryptionOverhead(encryptedBackup: string, key: Buffer, workDir: string): Promise<Overhead> {
  // Separate files for the warm and the cold runs: a write by another connection would empty the warm cache.
  const warmFiles = copies(encryptedBackup, key, workDir, 'warm');
  const coldFiles = copies(encryptedBackup, key, workDir, 'cold');
  const keyOf = (kind: 'encrypted' | 'plain') => (kind === 'encrypted' ? key : null);
  let round = 0;
  const times = { warm: { encrypted: [] as number[], plain: [] as number[] }, cold: { encrypted: [] as number[], plain: [] as number[] } };
  const warm = { encrypted: open(warmFiles.encrypted, key), plain: open(warmFiles.plain, null) };
  try {
    // Interleaved, so that machine noise falls on both alike; the first round fills the warm caches.
    for (let i = 0; i < 11; i++) {
      for (const kind of ['encrypted', 'plain'] as const) {
        const ms = await medianMs(1, () => workload(warm[kind], round++));
        if (i > 0) times.warm[kind].push(ms);
        times.cold[kind].push(
          await medianMs(1, () => {
            const db = open(coldFiles[kind], keyOf(kind));
            try {
              workload(db, round++);
            } finally {
              db.close();
            }
          }),
        );
      }
    }
  } finally {
    warm.encrypted.close();
    warm.plain.close();
  }
  return {
    warm: { encrypted: median(times.warm.encrypted), plain: median(times.warm.plain) },
    cold: { encrypted: median(times.cold.encrypted), plain: median(times.cold.plain) },
  };
}
