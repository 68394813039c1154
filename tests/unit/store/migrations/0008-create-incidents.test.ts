import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0008 creates incidents with their staff groups, interventions, deployments, overtime and exception notices', () => {
  const db = databaseAtVersion(8);
  expect(columnsOf(db, 'deployments')).toEqual(['id', 'incident_id', 'intervention_id', 'member_id', 'directed_by', 'directed_at', 'hours', 'overtime_hours']);
  expect(columnsOf(db, 'exception_notices')).toEqual(['id', 'member_id', 'category', 'occurred_on', 'coordinator_notified_at']);
  expect(() => db.prepare("INSERT INTO incidents (occurred_at, category) VALUES ('2026-11-20T14:30', 'gossip')").run()).toThrow(/CHECK/);
  db.close();
});
