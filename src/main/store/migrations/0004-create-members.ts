import type { Migration } from './migration';

/**
 * Team members and the statuses people decided for them. Nothing here describes a staff
 * member who received support: the roster is about the supporters only.
 */
export const createMembers: Migration = {
  version: 4,
  name: 'create-members',
  up(db) {
    db.exec(`
      CREATE TABLE members (
        id                     INTEGER PRIMARY KEY,
        first_name             TEXT NOT NULL,
        last_name              TEXT NOT NULL,
        preferred_name         TEXT NOT NULL DEFAULT '',
        sworn                  INTEGER NOT NULL CHECK (sworn IN (0, 1)),
        staff_group            TEXT NOT NULL,
        job_title              TEXT NOT NULL DEFAULT '',
        work_location          TEXT NOT NULL DEFAULT '',
        work_phone             TEXT NOT NULL DEFAULT '',
        mobile_phone           TEXT NOT NULL DEFAULT '',
        email                  TEXT NOT NULL DEFAULT '',
        languages              TEXT NOT NULL DEFAULT '[]', -- JSON array
        specialties            TEXT NOT NULL DEFAULT '[]', -- JSON array
        hire_date              TEXT,
        probation_completed_on TEXT,
        full_time              INTEGER NOT NULL CHECK (full_time IN (0, 1)),
        joined_on              TEXT NOT NULL,
        after_hours_available  INTEGER NOT NULL CHECK (after_hours_available IN (0, 1)),
        listing_consent        INTEGER NOT NULL CHECK (listing_consent IN (0, 1)),
        admin_note             TEXT NOT NULL DEFAULT '',
        existing_member        INTEGER NOT NULL CHECK (existing_member IN (0, 1)),
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL
      ) STRICT;

      CREATE TABLE member_status_changes (
        id                 INTEGER PRIMARY KEY,
        member_id          INTEGER NOT NULL REFERENCES members (id),
        status             TEXT NOT NULL CHECK (status IN ('active', 'temporarily-inactive', 'removed', 'resigned', 'term-ended')),
        effective_on       TEXT NOT NULL,
        reason             TEXT NOT NULL DEFAULT '',
        reason_category    TEXT,
        expected_return_on TEXT,
        chief_decision_on  TEXT,
        recorded_by        TEXT NOT NULL,
        recorded_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX member_status_changes_by_member ON member_status_changes (member_id, effective_on, id);
    `);
  },
};
