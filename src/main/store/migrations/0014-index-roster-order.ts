import type { Migration } from './migration';

/**
 * The roster's order (last name, first name, any case) as an index: the team brought up to
 * date after a write to one member reads every member's id in that order, which the index
 * gives without sorting thousands of rows.
 */
export const indexRosterOrder: Migration = {
  version: 14,
  name: 'index-roster-order',
  up(db) {
    db.exec('CREATE INDEX members_in_roster_order ON members (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id)');
  },
};
