import { expect, it } from 'vitest';
import { migrate } from '../../../../src/main/store/migrate';
import { migrations } from '../../../../src/main/store/migrations';
import { columnsOf, databaseAtVersion } from './helpers';

it('0012, §2.A, §7, §10: nominators can be forgotten, exceptions name who signed, and earlier "assessed with" text becomes a role', () => {
  const db = databaseAtVersion(11);
  db.exec(`
    INSERT INTO recruitment_rounds (id, opened_on, closes_on, how_to_nominate) VALUES (1, '2026-09-01', '2026-09-30', 'Send a name to the Coordinator.');
    INSERT INTO candidates (id, round_id, first_name, last_name, staff_group, sworn, job_title) VALUES (1, 1, 'Maya', 'Okafor', 'Juvenile Hall', 1, '');
    INSERT INTO nominations (id, candidate_id, received_on, nominated_by) VALUES (1, 1, '2026-09-03', 'Ruth Abernathy'), (2, 1, '2026-09-05', 'Tomás Delgado');
    INSERT INTO candidate_exceptions (candidate_id, criterion, approved_on, reference) VALUES (1, 'manager-approval', '2026-10-30', 'CPO memo 26-114');
    INSERT INTO candidate_purges (purged_on, candidates, nominations) VALUES ('2026-01-05', 2, 3);
    INSERT INTO incidents (id, occurred_at, category, assessed_at, assessed_with, assessment_decision) VALUES
      (1, '2026-11-20T14:30', 'assault-on-staff', '2026-11-20T16:00', 'County EAP (on-call clinician)', 'defusing'),
      (2, '2026-11-21T09:00', 'assault-on-staff', '2026-11-21T11:00', 'Dr. Reyes, contract psychologist', 'defusing'),
      (3, '2026-11-22T09:00', 'assault-on-staff', NULL, NULL, NULL),
      (4, '2026-11-23T09:00', 'assault-on-staff', '2026-11-23T11:00', 'Leap Counseling Group', 'defusing'),
      (5, '2026-11-24T09:00', 'assault-on-staff', '2026-11-24T11:00', 'Employee Assistance Program', 'defusing');
  `);
  migrate(db, migrations.slice(0, 12));
  expect(db.prepare('SELECT id, candidate_id, received_on, nominated_by FROM nominations ORDER BY id').all()).toEqual([
    { id: 1, candidate_id: 1, received_on: '2026-09-03', nominated_by: 'Ruth Abernathy' },
    { id: 2, candidate_id: 1, received_on: '2026-09-05', nominated_by: 'Tomás Delgado' },
  ]);
  db.prepare('UPDATE nominations SET nominated_by = NULL WHERE id = 1').run();
  expect(() => db.prepare("INSERT INTO nominations (candidate_id, received_on, nominated_by) VALUES (99, '2026-09-03', 'x')").run()).toThrow(/FOREIGN KEY/);
  expect(db.prepare('SELECT decided_by FROM candidate_exceptions').get()).toEqual({ decided_by: null });
  expect(db.prepare('SELECT candidates, nominations, nominators FROM candidate_purges').get()).toEqual({ candidates: 2, nominations: 3, nominators: 0 });
  expect(db.prepare('SELECT id, assessed_with FROM incidents ORDER BY id').all()).toEqual([
    { id: 1, assessed_with: 'eap' },
    { id: 2, assessed_with: 'other-professional' },
    { id: 3, assessed_with: null },
    { id: 4, assessed_with: 'other-professional' },
    { id: 5, assessed_with: 'eap' },
  ]);
  expect(columnsOf(db, 'candidate_exceptions')).toContain('decided_by');
  db.close();
});
