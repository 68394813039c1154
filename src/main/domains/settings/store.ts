import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/settings';
import type { ReadDb, WriteDb } from '../../store/store';

/** A row of `settings`: one key and its JSON value. */
interface SettingRow {
  key: string;
  value: string;
}

/** A stored JSON value, or undefined when it is not JSON at all. */
function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Settings as stored, with defaults for every key never set. A key from an older or newer
 * version that no longer parses falls back to its default on its own: the other keys keep
 * their stored values. Keys this version does not know are ignored.
 */
export function readSettings(db: ReadDb): Settings {
  const stored = new Map(db.prepare<[], SettingRow>('SELECT key, value FROM settings').all().map((row) => [row.key, row.value]));
  const accepted = Object.entries(settingsSchema.shape).flatMap(([key, schema]): [string, unknown][] => {
    const text = stored.get(key);
    const value = text === undefined ? undefined : jsonOf(text);
    return value !== undefined && schema.safeParse(value).success ? [[key, value]] : [];
  });
  // Every key now holds its default or a value its own schema accepted, and the schema has no
  // rule across keys, so the whole parses.
  return settingsSchema.parse({ ...defaultSettings, ...Object.fromEntries(accepted) });
}

export function writeSettings(tx: WriteDb, patch: SettingsPatch): void {
  const upsert = tx.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
