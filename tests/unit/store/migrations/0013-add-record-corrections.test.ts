import { expect, it } from 'vitest';
import { migrate } from '../../../../src/main/store/migrate';
import { migrations } from '../../../../src/main/store/migrations';
import { correctionReasonSchema, recordCorrectionReasonLabels, recordCorrectionReasons } from '../../../../src/shared/corrections';
import { columnsOf, databaseAtVersion } from './helpers';

const voidable = ['incidents', 'interventions', 'deployments', 'overtime_requests', 'exception_notices', 'training_sessions', 'recruitment_rounds'];

it('0013, §3.E, §6: every voidable table keeps when, by whom and why a record was voided — a time, a role and a listed reason, never free text', () => {
  const db = databaseAtVersion(12);
  db.exec(`
    INSERT INTO members (id, first_name, last_name, sworn, staff_group, full_time, joined_on, after_hours_available, listing_consent, existing_member, created_at, updated_at)
      VALUES (1, 'Lena', 'Hoang', 1, 'Juvenile Hall', 1, '2025-01-15', 0, 0, 1, '2025-01-15T09:00:00.000Z', '2025-01-15T09:00:00.000Z');
    INSERT INTO incidents (id, occurred_at, category) VALUES (1, '2026-11-20T14:30', 'assault-on-staff');
    INSERT INTO deployments (id, incident_id, intervention_id, member_id, directed_by, directed_at, hours, overtime_hours) VALUES (1, 1, NULL, 1, 'coordinator', '2026-11-21T08:00:00.000Z', 3, 1.5);
    INSERT INTO overtime_requests (id, member_id, worked_on, hours, activity, incident_id, decision, deployment_id) VALUES (1, 1, '2026-11-21', 1.5, 'deployment', 1, 'pending', 1);
  `);
  migrate(db, migrations.slice(0, 13));
  for (const table of voidable) expect(columnsOf(db, table), table).toEqual(expect.arrayContaining(['voided_at', 'voided_by', 'void_reason']));
  // Records from before stay live.
  expect(db.prepare('SELECT voided_at, voided_by, void_reason FROM incidents').get()).toEqual({ voided_at: null, voided_by: null, void_reason: null });

  const mark = (at: string, by: string, reason: string) => () => db.prepare('UPDATE incidents SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = 1').run(at, by, reason);
  for (const text of ['Jane Doe', 'Staff #4471 asked us to remove it']) {
    expect(mark('2026-11-22T09:00:00.000Z', 'coordinator', text), text).toThrow(/CHECK/);
    expect(mark('2026-11-22T09:00:00.000Z', text, 'duplicate'), text).toThrow(/CHECK/);
    expect(mark(`2026-11-22T09:00:00.000Z ${text}`, 'coordinator', 'duplicate'), text).toThrow(/CHECK/);
  }
  for (const reason of recordCorrectionReasons) mark('2026-11-22T09:00:00.000Z', 'coordinator', reason)();

  // §3.B, §9: a voided request frees its deployment's one request; two live ones are still refused.
  const ask = () => db.prepare("INSERT INTO overtime_requests (member_id, worked_on, hours, activity, incident_id, decision, deployment_id) VALUES (1, '2026-11-21', 1, 'deployment', 1, 'pending', 1)").run();
  expect(ask).toThrow(/UNIQUE/);
  db.prepare("UPDATE overtime_requests SET voided_at = '2026-11-22T09:00:00.000Z', voided_by = 'coordinator', void_reason = 'wrong-details' WHERE id = 1").run();
  ask();
  expect(ask).toThrow(/UNIQUE/);
  db.close();
});

it('0013, §5, §6: a correction reason is a code from one list, each with words for the screens; free text is refused', () => {
  expect(Object.keys(recordCorrectionReasonLabels)).toEqual([...recordCorrectionReasons]);
  for (const reason of recordCorrectionReasons) expect(recordCorrectionReasonLabels[reason].length, reason).toBeGreaterThan(0);
  for (const text of ['Jane Doe', 'staff member asked', '']) expect(correctionReasonSchema.safeParse(text).success, text).toBe(false);
  const db = databaseAtVersion(13);
  const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'incidents'").get() as { sql: string }).sql;
  // The column's list is the shared list: adding a reason takes a migration.
  expect(sql).toContain(`void_reason TEXT CHECK (void_reason IN (${recordCorrectionReasons.map((r) => `'${r}'`).join(', ')}))`);
  db.close();
});
