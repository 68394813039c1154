import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0009 creates rounds, candidates, sealed nominations, exceptions and purge counts; §2.D holds only yes/no', () => {
  const db = databaseAtVersion(9);
  expect(columnsOf(db, 'nominations')).toEqual(['id', 'candidate_id', 'received_on', 'nominated_by']);
  expect(columnsOf(db, 'candidate_purges')).toEqual(['id', 'purged_on', 'candidates', 'nominations']);
  db.prepare("INSERT INTO recruitment_rounds (opened_on, closes_on, how_to_nominate) VALUES ('2026-09-01', '2026-09-30', 'memo')").run();
  db.prepare("INSERT INTO candidates (round_id, first_name, last_name, staff_group, sworn) VALUES (1, 'Maya', 'Okafor', 'Juvenile Hall', 1)").run();
  expect(() => db.prepare("UPDATE candidates SET not_under_investigation = 'complaint pending' WHERE id = 1").run()).toThrow(/CHECK|cannot store/);
  expect(() => db.prepare("UPDATE candidates SET not_in_serious_distress = 2 WHERE id = 1").run()).toThrow(/CHECK/);
  db.close();
});
