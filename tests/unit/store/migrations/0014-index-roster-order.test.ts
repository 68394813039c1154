import { expect, it } from 'vitest';
import { migrate } from '../../../../src/main/store/migrate';
import { migrations } from '../../../../src/main/store/migrations';
import { databaseAtVersion } from './helpers';

it('0014: the roster order is read from an index, not sorted afresh for every member written', () => {
  const db = databaseAtVersion(13);
  migrate(db, migrations.slice(0, 14));
  const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM members ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id').all() as { detail: string }[];
  expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING COVERING INDEX members_in_roster_order/);
  expect(plan.map((step) => step.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
  db.close();
});
