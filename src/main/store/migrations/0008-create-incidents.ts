import type { Migration } from './migration';

const moment = (column: string, nullable = false) =>
  `${column} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]')`;
const date = (column: string, nullable = false) => `${column} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;
const timestamp = (column: string) =>
  `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z')`;
const oneOf = (column: string, values: string[], nullable = false) => `${column} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;

/**
 * §7 incidents, their assessment and group interventions; §3.G deployments; §3.B/§9 overtime;
 * §5.B–C exception notices. Text columns are dates, fixed lists, or (where named in the
 * comment) a configured staff group, the assessing professional or the approving manager —
 * never anything about the people affected. (Lists written out: this migration never changes.)
 */
export const createIncidents: Migration = {
  version: 8,
  name: 'create-incidents',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        ${moment('occurred_at')},
        ${oneOf('category', ['officer-involved-shooting', 'assault-on-staff', 'death-of-colleague', 'suicide', 'serious-injury', 'facility-incident', 'community-trauma', 'other'])},
        ${moment('supervisor_notified_at', true)},
        ${moment('assessed_at', true)},
        assessed_with TEXT, -- the mental-health professional or organisation (§7)
        ${oneOf('assessment_decision', ['none', 'defusing', 'debriefing', 'individual-follow-ups', 'referral'], true)},
        ${date('follow_ups_due_on', true)}
      ) STRICT;

      CREATE TABLE incident_staff_groups (
        incident_id INTEGER NOT NULL REFERENCES incidents (id),
        staff_group TEXT NOT NULL, -- a staff group from the configured list, never a person
        PRIMARY KEY (incident_id, staff_group)
      ) STRICT;

      CREATE TABLE interventions (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id),
        ${oneOf('kind', ['defusing', 'debriefing'])},
        ${moment('held_at')},
        duration_hours REAL NOT NULL CHECK (duration_hours > 0),
        attendees_sworn INTEGER NOT NULL CHECK (attendees_sworn >= 0),
        attendees_non_sworn INTEGER NOT NULL CHECK (attendees_non_sworn >= 0)
      ) STRICT;

      CREATE TABLE deployments (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id),
        intervention_id INTEGER REFERENCES interventions (id),
        member_id INTEGER NOT NULL REFERENCES members (id),
        ${oneOf('directed_by', ['coordinator', 'cli'])},
        ${timestamp('directed_at')},
        hours REAL NOT NULL CHECK (hours >= 0),
        overtime_hours REAL NOT NULL CHECK (overtime_hours >= 0)
      ) STRICT;

      CREATE TABLE overtime_requests (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id),
        ${date('worked_on')},
        hours REAL NOT NULL CHECK (hours > 0),
        ${oneOf('activity', ['peer-contact', 'defusing', 'debriefing', 'deployment', 'training', 'other'])},
        incident_id INTEGER REFERENCES incidents (id),
        ${oneOf('decision', ['pending', 'approved', 'denied'])},
        manager_name TEXT, -- the manager who decided (§3.B)
        ${date('decided_on', true)}
      ) STRICT;

      CREATE TABLE exception_notices (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id), -- the reporting team member
        ${oneOf('category', ['abuse-child-spouse-elder', 'danger-to-self-or-others', 'admission-of-criminal-conduct', 'witness-to-crime', 'administrative-investigation'])},
        ${date('occurred_on')},
        ${moment('coordinator_notified_at')}
      ) STRICT;
    `);
  },
};
