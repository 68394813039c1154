import { AppError } from '../errors';
import type { Migration } from './migrations/migration';
import { migrations as allMigrations } from './migrations';
import { userVersion, type Db } from './open-database';

export function schemaVersion(db: Db): number {
  return userVersion(db);
}

/**
 * Brings the schema up to date: every pending migration and the new user_version in one
 * transaction, so a failure leaves the previous schema intact. A database written by a
 * newer PeerDesk is refused rather than guessed at.
 */
export function migrate(db: Db, migrations: readonly Migration[] = allMigrations): { from: number; to: number } {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`Migration ${m.name} is out of order`);
  });
  const latest = migrations.length;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'conflict',
      `This data was saved by a newer version of PeerDesk (schema ${current}; this version knows up to ${latest}). Install the newer version to open it.`,
    );
  }
  const pending = migrations.slice(current);
  if (pending.length === 0) return { from: current, to: current };
  // IMMEDIATE: two processes opening an old store at once migrate it once; the second finds it done.
  db.transaction(() => {
    if (schemaVersion(db) !== current) return;
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from: current, to: latest };
}
