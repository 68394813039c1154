import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDataKey } from '../../../src/main/store/vault/key-wrapping';
import { openEncryptedDatabase } from '../../../src/main/store/open-database';
import { tempDir } from '../../helpers/temp-dir';

describe('the encrypted database file', () => {
  it('has no plaintext SQLite header and holds no written value in the clear', () => {
    const file = join(tempDir(), 'peerdesk.db');
    const db = openEncryptedDatabase(file, newDataKey());
    db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('Marlow-Zebra-4711')");
    db.close();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(bytes.includes(Buffer.from('Marlow-Zebra-4711'))).toBe(false);
  });

  it("cannot be read by Debian's sqlite3", () => {
    const file = join(tempDir(), 'peerdesk.db');
    const db = openEncryptedDatabase(file, newDataKey());
    db.exec('CREATE TABLE t (v TEXT)');
    db.close();
    expect(() => execFileSync('sqlite3', [file, 'SELECT * FROM sqlite_master'], { stdio: 'pipe' })).toThrow(/not a database/);
  });

  it('refuses a wrong key with SQLITE_NOTADB and opens again with the right one', () => {
    const file = join(tempDir(), 'peerdesk.db');
    const key = newDataKey();
    openEncryptedDatabase(file, key).close();
    expect(() => openEncryptedDatabase(file, newDataKey())).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
    openEncryptedDatabase(file, key).close();
  });

  it('runs in WAL mode with synchronous=FULL and foreign keys enforced', () => {
    const db = openEncryptedDatabase(join(tempDir(), 'peerdesk.db'), newDataKey());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
