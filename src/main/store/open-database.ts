import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

/**
 * Opens (or creates) the SQLCipher-encrypted database with the raw 256-bit data key.
 * A raw key (x'…') skips SQLCipher's own key derivation: the slow derivation already
 * happened when the passphrase unwrapped the key.
 */
export function openEncryptedDatabase(file: string, dataKey: Buffer): Db {
  const db = new Database(file);
  try {
    // Owner only, before the WAL exists: SQLite gives its -wal and -shm the database's mode.
    chmodSync(file, 0o600);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    // The first read fails with SQLITE_NOTADB when the key does not fit the file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // The app and the admin CLI may write to one store at the same time: a writer that finds
    // the write lock taken waits this long for it before giving up (see Store.write).
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Every page read from disk is decrypted; a cache that holds the whole program's data
    // (a few MB even after years) means that happens once, not on every query.
    db.pragma('cache_size = -65536');
    reusePreparedStatements(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** More different statements than PeerDesk has: past this many, the kept ones are let go. */
const KEPT_STATEMENTS = 1000;

/**
 * Every statement is prepared once per connection and reused: parsing and planning SQL costs
 * more than running most of PeerDesk's queries, and a month's grid or an import runs the same
 * few statements thousands of times. A statement comes back returning objects, whatever mode
 * (`raw`, `pluck`, `expand`) its previous caller chose.
 */
function reusePreparedStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, Database.Statement>();
  // oxlint-disable-next-line typescript/consistent-type-assertions -- the same method, with the same overloads, reusing what it made.
  db.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (!statement) {
      if (kept.size >= KEPT_STATEMENTS) kept.clear();
      const fresh = prepare(source);
      kept.set(source, fresh);
      return fresh;
    }
    if (statement.reader) statement.raw(false).pluck(false).expand(false);
    return statement;
  }) as Db['prepare'];
}

/** PRAGMA user_version: the schema version the migrations reached. */
/**
 * A copy of an open database in this process's memory (decrypted, as the open store's own page
 * cache is; never written to a file), to compute from a changed copy without touching the store:
 * a summary as it stood on a past day. Foreign keys are not enforced in it.
 */
export function copyIntoMemory(db: Db): Db {
  const image = db.serialize();
  // The header says WAL (bytes 18–19 = 2), which a database in memory cannot open: it says rollback journal instead.
  image[18] = 1;
  image[19] = 1;
  const copy = new Database(image);
  copy.pragma('foreign_keys = OFF');
  reusePreparedStatements(copy);
  return copy;
}

export function userVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** What PRAGMA quick_check or integrity_check reports: `['ok']` when the file is sound. */
export function integrityReport(db: Db, check: 'quick_check' | 'integrity_check'): string[] {
  return db.prepare<[], string>(`PRAGMA ${check}`).pluck().all();
}
