import type { Migration } from './migration';

const month = (column: string) => `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]')`;
const date = (column: string) => `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;
const timestamp = (column: string) =>
  `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z')`;
const counts = (prefix: string, names: string[]) => names.map((n) => `${prefix}_${n} INTEGER NOT NULL DEFAULT 0 CHECK (${prefix}_${n} >= 0)`).join(',\n        ');

/**
 * §6 monthly tallies, the Coordinator's monthly review (§3.E) and corrections after review.
 * Counts and hours only: every text column is constrained to a month, a date or a fixed
 * list, so no name, ID or narrative about a supported person can be stored here.
 * (The column lists are written out here, not imported, so this migration never changes.)
 */
export const createTallies: Migration = {
  version: 7,
  name: 'create-tallies',
  up(db) {
    db.exec(`
      CREATE TABLE tallies (
        member_id INTEGER NOT NULL REFERENCES members (id),
        ${month('month')},
        no_contacts INTEGER NOT NULL CHECK (no_contacts IN (0, 1)),
        ${counts('contacts', ['one_on_one', 'group', 'on_scene', 'defusing', 'debriefing', 'follow_up', 'family', 'hospital_visit'])},
        hours_on_duty REAL NOT NULL CHECK (hours_on_duty >= 0),
        hours_off_duty REAL NOT NULL CHECK (hours_off_duty >= 0),
        ${counts('referrals', ['eap', 'clinician', 'chaplain', 'other'])},
        ${counts('concern', ['critical_incident_stress', 'family', 'grief', 'substance_use', 'workplace', 'health', 'finances', 'legal', 'suicide_risk', 'undisclosed'])},
        ${date('submitted_on')},
        corrections INTEGER NOT NULL DEFAULT 0 CHECK (corrections >= 0),
        PRIMARY KEY (member_id, month)
      ) STRICT;
      CREATE INDEX tallies_by_month ON tallies (month);

      CREATE TABLE tally_month_reviews (
        ${month('month')} PRIMARY KEY,
        reviewed_by TEXT NOT NULL CHECK (reviewed_by IN ('coordinator', 'cli')),
        ${timestamp('reviewed_at')}
      ) STRICT;

      CREATE TABLE tally_corrections (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL,
        ${month('month')},
        reason TEXT NOT NULL CHECK (reason IN ('data-entry-error', 'late-information-from-member', 'member-corrected-own-tally', 'other')),
        ${timestamp('corrected_at')},
        FOREIGN KEY (member_id, month) REFERENCES tallies (member_id, month)
      ) STRICT;
    `);
  },
};
