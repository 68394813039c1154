import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0007 creates tallies (counts and hours per member and month), month reviews and corrections', () => {
  const db = databaseAtVersion(7);
  const columns = columnsOf(db, 'tallies');
  expect(columns.slice(0, 3)).toEqual(['member_id', 'month', 'no_contacts']);
  expect(columns.filter((c) => c.startsWith('contacts_'))).toHaveLength(8);
  expect(columns.filter((c) => c.startsWith('referrals_'))).toHaveLength(4);
  expect(columns.filter((c) => c.startsWith('concern_'))).toHaveLength(10);
  expect(columnsOf(db, 'tally_corrections')).toEqual(['id', 'member_id', 'month', 'reason', 'corrected_at']);
  db.close();
});
