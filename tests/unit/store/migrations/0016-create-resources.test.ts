import { expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './helpers';

it('0016 creates the directory of outside resources, its kind and after-hours flag held to their lists', () => {
  const db = databaseAtVersion(16);
  expect(columnsOf(db, 'resources')).toEqual(['id', 'kind', 'name', 'phones', 'hours', 'languages', 'after_hours', 'last_verified_on', 'note']);
  const insert = db.prepare("INSERT INTO resources (kind, name, phones, after_hours, last_verified_on) VALUES (?, 'Solano County EAP', '[\"(707) 555-0190\"]', ?, '2026-11-22')");
  insert.run('eap', 0);
  expect(() => insert.run('psychic', 0)).toThrow(/CHECK/);
  expect(() => insert.run('eap', 2)).toThrow(/CHECK/);
  expect(db.prepare('SELECT hours, languages, note FROM resources').get()).toEqual({ hours: '', languages: '[]', note: '' });
  db.close();
});
