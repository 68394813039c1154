import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/settings';
import type { Db } from '../../store/open-database';

/** Settings as stored, with defaults for every key never set. */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]));
  // A key from an older or newer version that no longer parses falls back to its default.
  const merged = { ...defaultSettings, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultSettings;
}

export function writeSettings(db: Db, patch: SettingsPatch): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
