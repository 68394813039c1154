import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0004 creates members and their decided-status history, which refuses unknown statuses and orphans', () => {
  const db = databaseAtVersion(4);
  expect(columnsOf(db, 'members')).toContain('listing_consent');
  expect(columnsOf(db, 'member_status_changes')).toEqual([
    'id', 'member_id', 'status', 'effective_on', 'reason', 'reason_category', 'expected_return_on', 'chief_decision_on', 'recorded_by', 'recorded_at',
  ]);
  const insertStatus = db.prepare("INSERT INTO member_status_changes (member_id, status, effective_on, recorded_by, recorded_at) VALUES (?, ?, '2026-01-01', 'c', 'now')");
  expect(() => insertStatus.run(1, 'active')).toThrow(/FOREIGN KEY/);
  db.prepare(
    "INSERT INTO members (first_name, last_name, sworn, staff_group, full_time, joined_on, after_hours_available, listing_consent, existing_member, created_at, updated_at) VALUES ('A', 'B', 1, 'G', 1, '2026-01-01', 0, 0, 0, 'now', 'now')",
  ).run();
  expect(() => insertStatus.run(1, 'on-holiday')).toThrow(/CHECK/);
  insertStatus.run(1, 'temporarily-inactive');
  db.close();
});
