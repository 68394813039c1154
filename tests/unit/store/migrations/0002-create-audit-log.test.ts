import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0002 creates the audit log with when, who, action, entity and id — and no column for content', () => {
  const db = databaseAtVersion(2);
  expect(columnsOf(db, 'audit_log')).toEqual(['id', 'at', 'actor', 'action', 'entity', 'entity_id']);
  db.close();
});
