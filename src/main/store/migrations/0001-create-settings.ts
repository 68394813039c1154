import type { Migration } from './migration';

export const createSettings: Migration = {
  version: 1,
  name: 'create-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL -- JSON
      ) STRICT;
    `);
  },
};
