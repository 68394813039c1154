import type { Migration } from './migration';

/**
 * The audit log in a third of the room: the instant as integer milliseconds instead of ISO
 * text, and the actor, action and entity as numbers into a table of those words (a program
 * repeats a few dozen of them over hundreds of thousands of lines). The log is the largest
 * table, and every backup and integrity check reads all of it. `audit_lines` shows the lines
 * as they were (ISO instant, words), for every reader.
 */
export const compactAuditLog: Migration = {
  version: 15,
  name: 'compact-audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_words (
        id   INTEGER PRIMARY KEY,
        word TEXT NOT NULL UNIQUE
      ) STRICT;
      INSERT INTO audit_words (word) SELECT actor FROM audit_log UNION SELECT action FROM audit_log UNION SELECT entity FROM audit_log;

      CREATE TABLE audit_log_compact (
        id        INTEGER PRIMARY KEY,
        at_ms     INTEGER NOT NULL,
        actor     INTEGER NOT NULL REFERENCES audit_words (id),
        action    INTEGER NOT NULL REFERENCES audit_words (id),
        entity    INTEGER NOT NULL REFERENCES audit_words (id),
        entity_id TEXT
      ) STRICT;
      INSERT INTO audit_log_compact (id, at_ms, actor, action, entity, entity_id)
        SELECT l.id, CAST(round(unixepoch(l.at, 'subsec') * 1000) AS INTEGER),
               (SELECT id FROM audit_words WHERE word = l.actor),
               (SELECT id FROM audit_words WHERE word = l.action),
               (SELECT id FROM audit_words WHERE word = l.entity),
               l.entity_id
          FROM audit_log l;
      DROP TABLE audit_log;
      ALTER TABLE audit_log_compact RENAME TO audit_log;

      CREATE VIEW audit_lines AS
        SELECT l.id, strftime('%Y-%m-%dT%H:%M:%fZ', l.at_ms / 1000.0, 'unixepoch') AS at,
               actor.word AS actor, action.word AS action, entity.word AS entity, l.entity_id
          FROM audit_log l
               JOIN audit_words actor ON actor.id = l.actor
               JOIN audit_words action ON action.id = l.action
               JOIN audit_words entity ON entity.id = l.entity;
    `);
  },
};
