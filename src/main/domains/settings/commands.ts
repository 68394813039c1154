import type { Settings, SettingsPatch } from '../../../shared/settings';
import { refuseDataFolder } from '../../files/data-folder-guard';
import type { Dialogs } from '../../files/dialogs';
import type { Store } from '../../store/store';
import { readSettings, writeSettings } from './store';

/**
 * Changes the given settings, audited by the names of the keys changed. The intranet folder is
 * never PeerDesk's own data folder (`dataDir`).
 */
export function updateSettings(store: Store, dataDir: string, patch: SettingsPatch): Settings {
  if (patch.nasFolder?.trim()) refuseDataFolder(patch.nasFolder, dataDir, 'nasFolder');
  const changed = Object.keys(patch).sort().join(',');
  store.write({ action: 'settings.set', entity: 'settings', entityId: changed }, (tx) => writeSettings(tx, patch));
  return readSettings(store.read());
}

/** The intranet (NAS) folder, chosen in main's dialog; cancelling changes nothing. */
export async function chooseNasFolder(store: Store, dialogs: Dialogs): Promise<Settings> {
  const folder = await dialogs.chooseFolder({ title: 'Choose the intranet (NAS) folder for the team list' });
  if (folder) store.write({ action: 'settings.set', entity: 'settings', entityId: 'nasFolder' }, (tx) => writeSettings(tx, { nasFolder: folder }));
  return readSettings(store.read());
}
