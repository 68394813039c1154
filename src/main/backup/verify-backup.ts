import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupCheck } from '../../shared/backups';
import { migrations } from '../db/migrations';

/**
 * Before a backup is trusted: it opens with the data key, passes `PRAGMA integrity_check`,
 * and was not written by a newer PeerDesk. Opened read-only: checking changes nothing.
 */
export function verifyBackup(file: string, dataKey: Buffer): BackupCheck {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') return { ok: false, schemaVersion: version, problem: `The integrity check failed: ${integrity.slice(0, 3).join('; ')}` };
    if (version > migrations.length) return { ok: false, schemaVersion: version, problem: `It was made by a newer PeerDesk (schema ${version}).` };
    const members = (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
    return { ok: true, schemaVersion: version, problem: null, members };
  } catch (error) {
    const code = typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '';
    const problem = code === 'SQLITE_NOTADB' ? 'It does not open with this program’s key (another program, or not a PeerDesk backup).' : code === 'SQLITE_CANTOPEN' ? 'The file cannot be opened.' : `It cannot be read (${code || 'unknown error'}).`;
    return { ok: false, schemaVersion: null, problem };
  } finally {
    db?.close();
  }
}
