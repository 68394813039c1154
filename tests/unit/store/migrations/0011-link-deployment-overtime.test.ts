import { expect, it } from 'vitest';
import { migrate } from '../../../../src/main/store/migrate';
import { migrations } from '../../../../src/main/store/migrations';
import { columnsOf, databaseAtVersion } from './helpers';

it('0011, §9: overtime requests name their deployment, one request a deployment; a deployment with overtime recorded before gets its pending request', () => {
  const db = databaseAtVersion(10);
  db.exec(`
    INSERT INTO members (id, first_name, last_name, sworn, staff_group, full_time, joined_on, after_hours_available, listing_consent, existing_member, created_at, updated_at)
      VALUES (1, 'Lena', 'Hoang', 1, 'Juvenile Hall', 1, '2025-01-15', 0, 0, 1, '2025-01-15T09:00:00.000Z', '2025-01-15T09:00:00.000Z');
    INSERT INTO incidents (id, occurred_at, category) VALUES (1, '2026-11-20T14:30', 'assault-on-staff');
    INSERT INTO interventions (id, incident_id, kind, held_at, duration_hours, attendees_sworn, attendees_non_sworn) VALUES (1, 1, 'debriefing', '2026-11-21T10:00', 2, 3, 0);
    INSERT INTO deployments (id, incident_id, intervention_id, member_id, directed_by, directed_at, hours, overtime_hours) VALUES
      (1, 1, 1, 1, 'coordinator', '2026-11-21T08:00:00.000Z', 3, 1.5),
      (2, 1, NULL, 1, 'coordinator', '2026-11-22T09:00:00.000Z', 2, 0);
  `);
  migrate(db, migrations.slice(0, 11));
  expect(columnsOf(db, 'overtime_requests')).toContain('deployment_id');
  expect(db.prepare('SELECT member_id, worked_on, hours, activity, incident_id, decision, deployment_id FROM overtime_requests').all()).toEqual([
    { member_id: 1, worked_on: '2026-11-21', hours: 1.5, activity: 'deployment', incident_id: 1, decision: 'pending', deployment_id: 1 },
  ]);
  expect(() => db.prepare("INSERT INTO overtime_requests (member_id, worked_on, hours, activity, incident_id, decision, deployment_id) VALUES (1, '2026-11-21', 1, 'deployment', 1, 'pending', 1)").run()).toThrow(/UNIQUE/);
  db.close();
});
