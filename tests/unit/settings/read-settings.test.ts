import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/shared/settings';
import { readSettings, writeSettings } from '../../../src/main/domains/settings/store';
import { migrate } from '../../../src/main/store/migrate';
import { openEncryptedDatabase } from '../../../src/main/store/open-database';
import { Store } from '../../../src/main/store/store';
import { newDataKey } from '../../../src/main/store/vault/key-wrapping';
import { tempDir } from '../../helpers/temp-dir';

function migratedStore(): Store {
  const db = openEncryptedDatabase(join(tempDir(), 'peerdesk.db'), newDataKey());
  migrate(db);
  return new Store(db, () => new Date('2026-11-22T09:00:00Z'), 'test');
}

/** Stores a value as an older or newer version might have, bypassing the schema. */
function storeRaw(store: Store, key: string, value: string): void {
  store.write({ action: 'test.raw', entity: 'settings' }, (tx) => {
    tx.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  });
}

describe('reading settings', () => {
  it('gives the defaults for every key never set', () => {
    const store = migratedStore();
    expect(readSettings(store.read())).toEqual(defaultSettings);
    store.close();
  });

  it('a key that no longer parses falls back to its own default; every other key keeps its stored value', () => {
    const store = migratedStore();
    store.write({ action: 'settings.set', entity: 'settings' }, (tx) => writeSettings(tx, { departmentName: 'Marlow County', autoLockMinutes: 5, staffGroups: ['Field'] }));
    storeRaw(store, 'autoLockMinutes', '"five"');
    storeRaw(store, 'supportSpecialties', 'not json at all');
    storeRaw(store, 'retiredKey', '"from another version"');
    expect(readSettings(store.read())).toEqual({
      ...defaultSettings,
      departmentName: 'Marlow County',
      staffGroups: ['Field'],
      autoLockMinutes: defaultSettings.autoLockMinutes,
      supportSpecialties: defaultSettings.supportSpecialties,
    });
    store.close();
  });
});
