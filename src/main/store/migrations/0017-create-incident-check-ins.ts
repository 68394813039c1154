import type { Migration } from './migration';

/**
 * §7 check-ins after a critical incident (policy `followUpIntervals`): a row says that the
 * check-in at one interval after one incident was done — the day, and who marked it (the
 * store's role, never a name). Nothing else: no person, no note. The interval is a key such
 * as `1-weeks` or `12-months` (digits, a hyphen, a unit). A mark made in error is undone like
 * any correction (voided with a reason code, migration 0013's columns); one live mark per
 * incident and interval.
 */
export const createIncidentCheckIns: Migration = {
  version: 17,
  name: 'create-incident-check-ins',
  up(db) {
    db.exec(`
      CREATE TABLE incident_check_ins (
        id           INTEGER PRIMARY KEY,
        incident_id  INTEGER NOT NULL REFERENCES incidents (id),
        interval_key TEXT NOT NULL CHECK (length(interval_key) <= 10 AND (interval_key GLOB '[1-9]*-days' OR interval_key GLOB '[1-9]*-weeks' OR interval_key GLOB '[1-9]*-months') AND substr(interval_key, 1, instr(interval_key, '-') - 1) NOT GLOB '*[^0-9]*'),
        done_on      TEXT NOT NULL CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        done_by      TEXT NOT NULL CHECK (done_by IN ('coordinator', 'cli')),
        voided_at    TEXT CHECK (voided_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z'),
        voided_by    TEXT CHECK (voided_by IN ('coordinator', 'cli')),
        void_reason  TEXT CHECK (void_reason IN ('entered-in-error', 'duplicate', 'wrong-details', 'late-information', 'did-not-take-place', 'decision-revised', 'other'))
      ) STRICT;
      CREATE UNIQUE INDEX incident_check_ins_live ON incident_check_ins (incident_id, interval_key) WHERE voided_at IS NULL;
    `);
  },
};
