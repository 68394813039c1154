import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDataKey } from '../../../src/main/store/vault/key-wrapping';
import { migrate, schemaVersion } from '../../../src/main/store/migrate';
import { migrations } from '../../../src/main/store/migrations';
import type { Migration } from '../../../src/main/store/migrations/migration';
import { openEncryptedDatabase } from '../../../src/main/store/open-database';
import { tempDir } from '../../helpers/temp-dir';

const freshDb = () => openEncryptedDatabase(join(tempDir(), 'peerdesk.db'), newDataKey());
const tables = (db: ReturnType<typeof freshDb>) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('bring a new database to the latest schema and record it in user_version', () => {
    const db = freshDb();
    expect(migrate(db)).toEqual({ from: 0, to: migrations.length });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(migrate(db)).toEqual({ from: migrations.length, to: migrations.length });
    db.close();
  });

  it('refuse a database written by a newer PeerDesk, with a clear message, and change nothing', () => {
    const db = freshDb();
    migrate(db);
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer version of PeerDesk/);
    expect(schemaVersion(db)).toBe(migrations.length + 1);
    db.close();
  });

  it('apply all pending steps in one transaction: a failing step leaves the previous schema', () => {
    const db = freshDb();
    const failing: Migration = {
      version: migrations.length + 1,
      name: 'fails-halfway',
      up(tx) {
        tx.exec('CREATE TABLE half_done (id INTEGER)');
        throw new Error('disk trouble');
      },
    };
    expect(() => migrate(db, [...migrations, failing])).toThrow('disk trouble');
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('are numbered in order, one file per version', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
  });
});
