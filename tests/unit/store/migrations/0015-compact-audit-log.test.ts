import { expect, it } from 'vitest';
import { migrate } from '../../../../src/main/store/migrate';
import { migrations } from '../../../../src/main/store/migrations';
import { recordAudit } from '../../../../src/main/store/store';
import { databaseAtVersion } from './helpers';

it('0015: the audit log keeps every line, instant and word as they were, in a third of the room; new lines read the same way', () => {
  const db = databaseAtVersion(14);
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)');
  const lines = Array.from({ length: 3000 }, (_, i) => ({
    id: i + 1,
    at: new Date(Date.UTC(2019, 0, 1) + i * 86_399_123).toISOString(),
    actor: i % 7 === 0 ? 'cli' : 'coordinator',
    action: ['tallies.submit', 'roster.update', 'session.unlock'][i % 3] ?? '',
    entity: ['tally', 'member', 'session'][i % 3] ?? '',
    entity_id: i % 3 === 2 ? null : `${i}/2024-05`,
  }));
  for (const l of lines) insert.run(l.at, l.actor, l.action, l.entity, l.entity_id);
  const bytesBefore = db.prepare<[], number>("SELECT sum(pgsize) FROM dbstat WHERE name = 'audit_log'").pluck().get() ?? 0;

  migrate(db, migrations.slice(0, 15));
  expect(db.prepare('SELECT id, at, actor, action, entity, entity_id FROM audit_lines ORDER BY id').all()).toEqual(lines);
  const bytesAfter = db.prepare<[], number>("SELECT sum(pgsize) FROM dbstat WHERE name IN ('audit_log', 'audit_words')").pluck().get() ?? 0;
  expect(bytesAfter).toBeLessThan(bytesBefore / 2);

  const at = new Date('2026-11-22T09:15:30.045Z');
  recordAudit(db, { action: 'roster.create', entity: 'member', entityId: 42 }, at, 'coordinator');
  expect(db.prepare('SELECT at, actor, action, entity, entity_id FROM audit_lines ORDER BY id DESC LIMIT 1').get()).toEqual({ at: at.toISOString(), actor: 'coordinator', action: 'roster.create', entity: 'member', entity_id: '42' });
  db.close();
});
