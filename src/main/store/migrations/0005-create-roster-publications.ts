import type { Migration } from './migration';

/** Each publication of the team list to the intranet: when, where, who, and file hashes. */
export const createRosterPublications: Migration = {
  version: 5,
  name: 'create-roster-publications',
  up(db) {
    db.exec(`
      CREATE TABLE roster_publications (
        id           INTEGER PRIMARY KEY,
        published_at TEXT NOT NULL,
        folder       TEXT NOT NULL,
        member_count INTEGER NOT NULL,
        members      TEXT NOT NULL, -- JSON: the published names, to show who was added or removed next time
        files        TEXT NOT NULL  -- JSON: [{ name, sha256, bytes }]
      ) STRICT;
    `);
  },
};
