import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0006 creates the course catalog seeded from the policy, sessions, attendance and outside completions', () => {
  const db = databaseAtVersion(6);
  expect(db.prepare('SELECT code, kind FROM courses ORDER BY id').all()).toEqual([
    { code: 'ICI-PS', kind: 'required-before-service' },
    { code: 'GCI', kind: 'required-before-service' },
    { code: 'AGCI', kind: 'recommended' },
    { code: 'SP', kind: 'recommended' },
    { code: 'QTM', kind: 'recurring' },
  ]);
  expect(columnsOf(db, 'attendance')).toEqual(['session_id', 'member_id', 'status', 'partial']);
  expect(columnsOf(db, 'external_completions')).toEqual(['id', 'member_id', 'course_id', 'completed_on', 'provider', 'certificate_on_file']);
  expect(() => db.prepare("INSERT INTO courses (code, name, kind, contact_hours) VALUES ('gci', 'dup', 'recommended', 1)").run()).toThrow(/UNIQUE/);
  db.close();
});
