import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlessDialogs, type Dialogs } from '../../../src/main/files/dialogs';
import { writeSettings } from '../../../src/main/domains/settings/store';
import { Store } from '../../../src/main/store/store';
import { DATA_FOLDER_REFUSAL, isInsideDataFolder } from '../../../src/main/files/data-folder-guard';
import { filesIn } from '../../helpers/files-in';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

/** Dialogs whose every choice (file or folder) is the path the test sets next. */
function choosing() {
  const chosen = { path: '' };
  const dialogs: Dialogs = { ...headlessDialogs, chooseSaveFile: async () => chosen.path, chooseFolder: async () => chosen.path };
  return { chosen, dialogs };
}

const refused = { ok: false, error: { code: 'validation', message: DATA_FOLDER_REFUSAL } };

/** The places inside DATA a user could pick, spelled every way the system accepts. */
function pathsIntoData(dataDir: string): Record<string, string> {
  const outside = tempDir();
  symlinkSync(dataDir, join(outside, 'shortcut-to-data'));
  symlinkSync(join(dataDir, 'keys.json'), join(outside, 'keys-link.pdf'));
  symlinkSync(join(dataDir, 'not-yet-there.pdf'), join(outside, 'dangling-link.pdf'));
  symlinkSync(join(dataDir, 'backups'), join(outside, 'shortcut-to-backups'));
  return {
    'DATA/keys.json': join(dataDir, 'keys.json'),
    'DATA/peerdesk.db': join(dataDir, 'peerdesk.db'),
    'DATA/backups/new.db': join(dataDir, 'backups', 'new.db'),
    'DATA/../data/KEYS.JSON': `${dataDir}/../${dataDir.split('/').at(-1)}/KEYS.JSON`,
    'a symlink to DATA, then keys.json': join(outside, 'shortcut-to-data', 'keys.json'),
    'a symlink to DATA/keys.json': join(outside, 'keys-link.pdf'),
    'a symlink to a file not yet in DATA': join(outside, 'dangling-link.pdf'),
    'a symlink to DATA/backups, then ../keys.json': `${join(outside, 'shortcut-to-backups')}/../keys.json`,
  };
}

describe('data safety: the data folder belongs to PeerDesk alone', () => {
  it('data safety: a report, a CSV, the training matrix, a tally sheet and a backup saved into DATA (every spelling) are refused and every file in DATA stays byte-identical', async () => {
    const { chosen, dialogs } = choosing();
    const { backend, dataDir } = await newStore({ dialogs });
    const before = filesIn(dataDir);
    const saves = [
      ['reports.saveMonthly', { month: '2026-10' }],
      ['roster.export', { format: 'csv' }],
      ['training.exportMatrix', { format: 'xlsx' }],
      ['tallies.blankSheet', { month: '2026-10' }],
      ['backups.create', {}],
    ] as const;
    for (const [spelling, path] of Object.entries(pathsIntoData(dataDir))) {
      chosen.path = path;
      for (const [channel, input] of saves) expect(await backend.invoke(channel, input), `${channel} to ${spelling}`).toMatchObject(refused);
    }
    expect(filesIn(dataDir)).toEqual(before);
  });

  it('data safety: the data folder itself or a folder in it is refused as the NAS folder and as a folder to publish to; nothing is written there', async () => {
    const { chosen, dialogs } = choosing();
    const { backend, dataDir } = await newStore({ dialogs });
    const before = filesIn(dataDir);
    for (const folder of [dataDir, join(dataDir, 'backups'), `${dataDir}/backups/..`]) {
      chosen.path = folder;
      expect(await backend.invoke('settings.chooseNasFolder', {})).toMatchObject(refused);
      expect(await backend.invoke('roster.publishToFolder', {})).toMatchObject(refused);
      expect(await backend.invoke('settings.set', { nasFolder: folder })).toMatchObject({ ...refused, error: { ...refused.error, details: { fields: [{ path: 'nasFolder' }] } } });
    }
    expect((await valueOf(backend.invoke('settings.get', {}))).nasFolder).toBe('');
    expect(filesIn(dataDir)).toEqual(before);
  });

  it('data safety: a NAS folder configured inside DATA before this check existed is refused at publishing', async () => {
    const { backend, dataDir, reopen } = await newStore();
    // The setting as an earlier version could have stored it, written straight into the database.
    backend.close();
    const store = new Store(await openStoreDirectly(dataDir), () => new Date(), 'test');
    store.write({ action: 'settings.set', entity: 'settings', entityId: 'nasFolder' }, (tx) => writeSettings(tx, { nasFolder: dataDir }));
    store.close();
    const again = reopen();
    await valueOf(again.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect((await valueOf(again.invoke('settings.get', {}))).nasFolder).toBe(dataDir);
    const before = filesIn(dataDir);
    expect(await again.invoke('roster.publish', {})).toMatchObject(refused);
    expect(filesIn(dataDir)).toEqual(before);
  });

  it('data safety: places beside the data folder are allowed, even one whose name starts with the same letters', async () => {
    const { chosen, dialogs } = choosing();
    const { backend, dataDir } = await newStore({ dialogs });
    const beside = `${dataDir}-exports`;
    mkdirSync(beside);
    chosen.path = join(beside, 'summary.pdf');
    expect(await valueOf(backend.invoke('reports.saveMonthly', { month: '2026-10' }))).toEqual({ saved: true, fileName: 'summary.pdf' });
    expect(readFileSync(chosen.path).subarray(0, 5).toString()).toBe('%PDF-');
    chosen.path = join(dirname(dataDir), 'drive-backup.db');
    expect(await valueOf(backend.invoke('backups.create', {}))).toEqual({ saved: true, fileName: 'drive-backup.db' });
  });

  it('data safety: names are compared without case where the file system ignores case', () => {
    const dataDir = join(tempDir(), 'PeerDesk');
    mkdirSync(dataDir);
    const shouted = join(dirname(dataDir), 'PEERDESK', 'KEYS.JSON');
    expect(isInsideDataFolder(shouted, dataDir, true)).toBe(true);
    expect(isInsideDataFolder(shouted, dataDir, false)).toBe(false);
    expect(isInsideDataFolder(dataDir, dataDir, false)).toBe(true);
    expect(isInsideDataFolder(join(dirname(dataDir), 'PeerDesk2', 'x.pdf'), dataDir, true)).toBe(false);
  });
});
