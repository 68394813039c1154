import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/errors';
import { migrate } from '../../../src/main/store/migrate';
import { openEncryptedDatabase } from '../../../src/main/store/open-database';
import { Store } from '../../../src/main/store/store';
import { newDataKey } from '../../../src/main/store/vault/key-wrapping';
import { tempDir } from '../../helpers/temp-dir';
import { testClock } from '../../helpers/test-backend';

function openStore(): Store {
  const db = openEncryptedDatabase(join(tempDir(), 'peerdesk.db'), newDataKey());
  migrate(db);
  return new Store(db, testClock(), 'coordinator');
}

const auditLines = (store: Store) => store.read().prepare<[], number>('SELECT count(*) FROM audit_log').pluck().get();

describe('Store: the one way to change the data', () => {
  it('audit: a write and its audit line commit together, and a failed change leaves neither', () => {
    const store = openStore();
    store.write({ action: 'settings.set', entity: 'settings', entityId: 'k' }, (tx) => tx.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run());
    expect(auditLines(store)).toBe(1);
    expect(() =>
      store.write({ action: 'settings.set', entity: 'settings', entityId: 'k' }, (tx) => {
        tx.prepare("INSERT INTO settings (key, value) VALUES ('k2', '2')").run();
        throw new Error('refused half-way');
      }),
    ).toThrow('refused half-way');
    expect(auditLines(store)).toBe(1);
    expect(store.read().prepare<[], number>("SELECT count(*) FROM settings WHERE key = 'k2'").pluck().get()).toBe(0);
  });

  it('a value derived from the data is computed again after a write to a table it may read, not before', () => {
    const store = openStore();
    let computed = 0;
    const derive = () => store.derived('count', () => ++computed);
    expect([derive(), derive()]).toEqual([1, 1]);
    store.write({ action: 'policy.set', entity: 'policy' }, (tx) => tx.prepare("INSERT INTO policy_versions (version, config, changed_at, reason) VALUES (99, '{}', 'now', 'test')").run());
    expect(derive()).toBe(2);
    // A write that changes no row of such a table (a refused or empty change) keeps them too.
    store.write({ action: 'roster.update', entity: 'member' }, (tx) => tx.prepare('DELETE FROM members WHERE id = -1').run());
    expect(derive()).toBe(2);
  });

  it('a setting, a tally or an audit line alone keeps the derived values: such a write does not re-derive the team', () => {
    const store = openStore();
    let computed = 0;
    const derive = () => store.derived('count', () => ++computed);
    derive();
    store.write({ action: 'settings.set', entity: 'settings', entityId: 'k' }, (tx) => tx.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run());
    store.write({ action: 'reports.saveMonthly', entity: 'report' }, () => undefined);
    expect(derive()).toBe(1);
  });

  it('session: a call that still holds the store after the session locked is told PeerDesk is locked', () => {
    const store = openStore();
    store.close();
    for (const use of [() => store.read(), () => store.write({ action: 'x', entity: 'y' }, () => undefined), () => store.derived('k', () => 1)]) {
      expect(use).toThrow(AppError);
      expect(use).toThrow('PeerDesk is locked');
    }
  });
});
