import type { Migration } from './migration';

/**
 * §3.A, §4.D, §4.M: the directory of outside resources (EAP, clinicians, chaplains, crisis
 * lines, hospitals). Organisations and professionals only: no row is about a person supported.
 * `phones` and `languages` are JSON arrays of strings.
 */
export const createResources: Migration = {
  version: 16,
  name: 'create-resources',
  up(db) {
    db.exec(`
      CREATE TABLE resources (
        id               INTEGER PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('eap', 'clinician', 'chaplain', 'crisis-line', 'hospital', 'other')),
        name             TEXT NOT NULL,
        phones           TEXT NOT NULL,
        hours            TEXT NOT NULL DEFAULT '',
        languages        TEXT NOT NULL DEFAULT '[]',
        after_hours      INTEGER NOT NULL CHECK (after_hours IN (0, 1)),
        last_verified_on TEXT NOT NULL,
        note             TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};
