import type { Migration } from './migration';

const date = (column: string, nullable = false) => `${column} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;
const oneOf = (column: string, values: string[], nullable = false) => `${column} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;
const flag = (column: string, nullable = false) => `${column} INTEGER ${nullable ? '' : 'NOT NULL '}CHECK (${column} IN (0, 1))`;
const score = (column: string) => `${column} INTEGER CHECK (${column} BETWEEN 1 AND 5)`;

/**
 * §2 selection: recruitment rounds, candidates with each stage's date, sealed nominations,
 * the Chief's written exceptions (§10) and what retention purges left (counts only).
 * §2.D is stored as yes/no attestations: there is no column that could hold a reason.
 * (Lists written out: this migration never changes.)
 */
export const createSelection: Migration = {
  version: 9,
  name: 'create-selection',
  up(db) {
    db.exec(`
      CREATE TABLE recruitment_rounds (
        id INTEGER PRIMARY KEY,
        ${date('opened_on')},
        ${date('closes_on')},
        how_to_nominate TEXT NOT NULL -- instructions printed on the memo (§2.A)
      ) STRICT;

      CREATE TABLE candidates (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES recruitment_rounds (id),
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        staff_group TEXT NOT NULL,
        ${flag('sworn')},
        job_title TEXT NOT NULL DEFAULT '',
        ${date('contacted_on', true)},
        ${flag('desire_to_serve', true)},
        ${flag('commitment_acknowledged', true)},
        work_phone TEXT NOT NULL DEFAULT '',
        mobile_phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        ${date('eligibility_on', true)},
        ${flag('full_time', true)},
        ${date('probation_completed_on', true)},
        ${flag('not_under_investigation', true)},
        ${flag('not_in_serious_distress', true)},
        ${flag('judgement_and_communication', true)},
        supervisor_name TEXT,
        ${date('supervisor_decided_on', true)},
        ${flag('supervisor_approved', true)},
        manager_name TEXT,
        ${date('manager_decided_on', true)},
        ${flag('manager_approved', true)},
        ${date('interview_on', true)},
        interview_panel TEXT, -- JSON array of the panel's names
        ${score('score_judgement')},
        ${score('score_communication')},
        ${score('score_motivation')},
        ${score('score_confidentiality')},
        ${oneOf('recommendation', ['recommend', 'recommend-with-reservations', 'do-not-recommend'], true)},
        ${oneOf('decision', ['selected', 'not-selected', 'withdrawn', 'deferred'], true)},
        ${date('decided_on', true)},
        ${oneOf('decision_reason', ['meets-all-criteria', 'criteria-not-met', 'approval-declined', 'interview-outcome', 'team-composition', 'candidate-request', 'timing', 'other'], true)},
        member_id INTEGER REFERENCES members (id)
      ) STRICT;

      CREATE TABLE nominations (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates (id),
        ${date('received_on')},
        nominated_by TEXT NOT NULL -- sealed (§2.A): read only by the audited reveal
      ) STRICT;

      CREATE TABLE candidate_exceptions (
        candidate_id INTEGER NOT NULL REFERENCES candidates (id),
        ${oneOf('criterion', ['desire-to-serve', 'commitment', 'full-time', 'probation-completed', 'no-investigation', 'no-serious-distress', 'judgement-communication', 'supervisor-approval', 'manager-approval'])},
        ${date('approved_on')},
        reference TEXT NOT NULL, -- the Chief's written approval (§10)
        PRIMARY KEY (candidate_id, criterion)
      ) STRICT;

      CREATE TABLE candidate_purges (
        id INTEGER PRIMARY KEY,
        ${date('purged_on')},
        candidates INTEGER NOT NULL CHECK (candidates >= 0),
        nominations INTEGER NOT NULL CHECK (nominations >= 0)
      ) STRICT;
    `);
  },
};
