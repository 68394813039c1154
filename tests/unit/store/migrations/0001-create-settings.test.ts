import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0001 creates the settings key/value table with unique keys', () => {
  const db = databaseAtVersion(1);
  expect(columnsOf(db, 'settings')).toEqual(['key', 'value']);
  db.prepare("INSERT INTO settings VALUES ('departmentName', '\"x\"')").run();
  expect(() => db.prepare("INSERT INTO settings VALUES ('departmentName', '\"y\"')").run()).toThrow(/UNIQUE/);
  db.close();
});
