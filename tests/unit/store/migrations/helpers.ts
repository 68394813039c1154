import { join } from 'node:path';
import { newDataKey } from '../../../../src/main/store/vault/key-wrapping';
import { migrate } from '../../../../src/main/store/migrate';
import { migrations } from '../../../../src/main/store/migrations';
import { openEncryptedDatabase, type Db } from '../../../../src/main/store/open-database';
import { tempDir } from '../../../helpers/temp-dir';

/** A database migrated up to (and including) `version`. */
export function databaseAtVersion(version: number): Db {
  const db = openEncryptedDatabase(join(tempDir(), 'peerdesk.db'), newDataKey());
  migrate(db, migrations.slice(0, version));
  return db;
}

export function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}
