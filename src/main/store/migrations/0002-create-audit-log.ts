import type { Migration } from './migration';

/** What changed, when and by whom — never the content of the change. */
export const createAuditLog: Migration = {
  version: 2,
  name: 'create-audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT
      ) STRICT;
    `);
  },
};
