import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0005 creates the publication history: when, where, how many, names published and file hashes', () => {
  const db = databaseAtVersion(5);
  expect(columnsOf(db, 'roster_publications')).toEqual(['id', 'published_at', 'folder', 'member_count', 'members', 'files']);
  db.close();
});
