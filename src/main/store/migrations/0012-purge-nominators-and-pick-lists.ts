import type { Migration } from './migration';

const date = (column: string) => `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;

/**
 * §2.A: the name of who nominated a candidate who was selected is kept only until the
 * retention period after the decision has passed (the records of candidates not selected go
 * whole); then it is set to NULL (the nomination and its date stay, so the count
 * does). The table is rebuilt because SQLite cannot drop a NOT NULL constraint.
 *
 * §10: a candidate's exception names who signed it (`decided_by`; NULL on those recorded
 * before). §7: who assessed an incident with the Coordinator becomes a role from a list: an
 * earlier free-text entry naming the EAP (the word "EAP" or "Employee Assistance") becomes
 * `eap`, any other `other-professional`.
 */
export const purgeNominatorsAndPickLists: Migration = {
  version: 12,
  name: 'purge-nominators-and-pick-lists',
  up(db) {
    db.exec(`
      CREATE TABLE nominations_new (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates (id),
        ${date('received_on')},
        nominated_by TEXT -- sealed (§2.A): read only by the audited reveal; NULL once purged
      ) STRICT;
      INSERT INTO nominations_new (id, candidate_id, received_on, nominated_by) SELECT id, candidate_id, received_on, nominated_by FROM nominations;
      DROP TABLE nominations;
      ALTER TABLE nominations_new RENAME TO nominations;
      CREATE INDEX nominations_by_candidate ON nominations (candidate_id);

      ALTER TABLE candidate_purges ADD COLUMN nominators INTEGER NOT NULL DEFAULT 0 CHECK (nominators >= 0);
      ALTER TABLE candidate_exceptions ADD COLUMN decided_by TEXT;

      UPDATE incidents
         SET assessed_with = CASE WHEN ' ' || upper(assessed_with) || ' ' GLOB '*[^A-Z]EAP[^A-Z]*' OR assessed_with LIKE '%employee assistance%' THEN 'eap' ELSE 'other-professional' END
       WHERE assessed_with IS NOT NULL;
    `);
  },
};
