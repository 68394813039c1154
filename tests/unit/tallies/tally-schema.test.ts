import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../store/migrations/helpers';

/**
 * §6 "No identifying information regarding peer contact … will be collected": every text
 * column of the activity tables is tried with a name and a sentence, and refused.
 */
const activityTables = ['tallies', 'tally_month_reviews', 'tally_corrections', 'incidents', 'incident_staff_groups', 'interventions', 'deployments', 'overtime_requests', 'exception_notices'];

/**
 * The only free-ish text columns, each holding something that is not about a supported
 * person (and checked against a configured list or required by the policy).
 */
const allowedText: Record<string, string> = {
  'incidents.assessed_with': 'the mental-health professional or organisation who assessed with the Coordinator (§7)',
  'incident_staff_groups.staff_group': 'a staff group from the configured list, validated on every write',
  'overtime_requests.manager_name': 'the manager who approved or denied the overtime (§3.B)',
};
const identifying = ['Jane Doe', 'Staff #4471 told me about her divorce', '2026-11-22 Jane Doe'];

describe('§6: the activity tables cannot hold a name or free text about a supported person', () => {
  it.each(activityTables)('%s: every column is a number, or text constrained to a month, a date or a fixed list', (table) => {
    const db = databaseAtVersion(8);
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[];
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(table) as { sql: string }).sql;
    for (const column of columns.filter((c) => c.type === 'TEXT' && !allowedText[`${table}.${c.name}`])) {
      expect(sql, `${table}.${column.name}`).toMatch(new RegExp(`CHECK \\(${column.name} (GLOB|IN)`));
    }
    expect(columns.every((c) => ['INTEGER', 'REAL', 'TEXT'].includes(c.type))).toBe(true);
    db.close();
  });

  it('writing a name or a narrative into any text column of a tally is refused by the database', () => {
    const db = databaseAtVersion(7);
    db.prepare(
      "INSERT INTO members (id, first_name, last_name, sworn, staff_group, full_time, joined_on, after_hours_available, listing_consent, existing_member, created_at, updated_at) VALUES (1, 'A', 'B', 1, 'G', 1, '2026-01-01', 0, 0, 0, 'x', 'x')",
    ).run();
    const valid = { member_id: 1, month: '2026-10', no_contacts: 1, hours_on_duty: 0, hours_off_duty: 0, submitted_on: '2026-11-05' };
    const insert = (row: Record<string, unknown>) =>
      db.prepare(`INSERT INTO tallies (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((k) => `@${k}`).join(', ')})`).run(row);
    for (const column of ['month', 'submitted_on']) {
      for (const text of identifying) expect(() => insert({ ...valid, [column]: text }), `${column}: ${text}`).toThrow(/CHECK/);
    }
    insert(valid);
    db.prepare('INSERT INTO tally_corrections (member_id, month, reason, corrected_at) VALUES (1, ?, ?, ?)').run('2026-10', 'other', '2026-11-20T10:00:00.000Z');
    for (const text of identifying) {
      const at = '2026-11-20T10:00:00.000Z';
      expect(() => db.prepare('INSERT INTO tally_corrections (member_id, month, reason, corrected_at) VALUES (1, ?, ?, ?)').run('2026-10', text, at)).toThrow(/CHECK/);
      expect(() => db.prepare('INSERT INTO tally_corrections (member_id, month, reason, corrected_at) VALUES (1, ?, ?, ?)').run('2026-10', 'other', `${at} ${text}`)).toThrow(/CHECK/);
      expect(() => db.prepare('INSERT INTO tally_month_reviews (month, reviewed_by, reviewed_at) VALUES (?, ?, ?)').run('2026-10', text, at)).toThrow(/CHECK/);
      expect(() => db.prepare('INSERT INTO tally_month_reviews (month, reviewed_by, reviewed_at) VALUES (?, ?, ?)').run('2026-10', 'coordinator', `${at} ${text}`)).toThrow(/CHECK/);
    }
    db.close();
  });
});
