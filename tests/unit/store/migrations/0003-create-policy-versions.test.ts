import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0003 creates the versioned policy configuration table', () => {
  const db = databaseAtVersion(3);
  expect(columnsOf(db, 'policy_versions')).toEqual(['version', 'config', 'changed_at', 'reason']);
  expect(() => db.prepare("INSERT INTO policy_versions VALUES (1, '{}', 'x', 'r'), (1, '{}', 'y', 'r')").run()).toThrow(/UNIQUE|PRIMARY/);
  db.close();
});
