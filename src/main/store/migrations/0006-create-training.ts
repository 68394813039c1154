import type { Migration } from './migration';

/**
 * §8 and §4.H–I: the course catalog (seeded from Policy 517), sessions, attendance per
 * member, and completions from outside providers.
 */
export const createTraining: Migration = {
  version: 6,
  name: 'create-training',
  up(db) {
    db.exec(`
      CREATE TABLE courses (
        id                     INTEGER PRIMARY KEY,
        code                   TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name                   TEXT NOT NULL,
        kind                   TEXT NOT NULL CHECK (kind IN ('required-before-service', 'recommended', 'recurring')),
        contact_hours          REAL NOT NULL,
        validity_months        INTEGER,
        external_course_number TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE training_sessions (
        id         INTEGER PRIMARY KEY,
        course_id  INTEGER NOT NULL REFERENCES courses (id),
        held_on    TEXT NOT NULL,
        location   TEXT NOT NULL DEFAULT '',
        instructor TEXT NOT NULL DEFAULT '',
        hours      REAL NOT NULL
      ) STRICT;
      CREATE INDEX training_sessions_by_date ON training_sessions (held_on);

      CREATE TABLE attendance (
        session_id INTEGER NOT NULL REFERENCES training_sessions (id),
        member_id  INTEGER NOT NULL REFERENCES members (id),
        status     TEXT NOT NULL CHECK (status IN ('attended', 'excused', 'absent', 'make-up')),
        partial    INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
        PRIMARY KEY (session_id, member_id)
      ) STRICT;
      CREATE INDEX attendance_by_member ON attendance (member_id);

      CREATE TABLE external_completions (
        id                  INTEGER PRIMARY KEY,
        member_id           INTEGER NOT NULL REFERENCES members (id),
        course_id           INTEGER NOT NULL REFERENCES courses (id),
        completed_on        TEXT NOT NULL,
        provider            TEXT NOT NULL DEFAULT '',
        certificate_on_file INTEGER NOT NULL DEFAULT 0 CHECK (certificate_on_file IN (0, 1))
      ) STRICT;
      CREATE INDEX external_completions_by_member ON external_completions (member_id);

      INSERT INTO courses (code, name, kind, contact_hours, validity_months, external_course_number) VALUES
        ('ICI-PS', 'Individual Crisis Intervention & Peer Support (ICISF: Assisting Individuals in Crisis)', 'required-before-service', 13, NULL, ''),
        ('GCI', 'Group Crisis Intervention', 'required-before-service', 13, NULL, ''),
        ('AGCI', 'Advanced Group Crisis Intervention', 'recommended', 13, NULL, ''),
        ('SP', 'Suicide Prevention', 'recommended', 7, NULL, ''),
        ('QTM', 'Quarterly Training / Meeting', 'recurring', 2, NULL, '');
    `);
  },
};
