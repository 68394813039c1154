import { basename, join } from 'node:path';
import { toIsoDate } from '../../shared/calendar';
import { backupsDirOf } from '../store/backups/backup-files';
import { AppError } from '../errors';
import type { BindingsOf } from './channel';

/** Backups: the automatic ones in the data folder, "Back up now" to a drive, verify, restore. */
export const backupHandlers: BindingsOf<'backups'> = {
  'backups.list': (_input, { session }) => session.backups(),
  'backups.create': async (_input, { session, clock, dialogs }) => {
    session.database();
    const path = await dialogs.chooseSaveFile({ title: 'Back up PeerDesk to…', defaultName: `peerdesk-backup-${toIsoDate(clock())}.db`, extensions: ['db'] });
    if (!path) return { saved: false, fileName: null };
    session.backupTo(path);
    return { saved: true, fileName: basename(path) };
  },
  'backups.verifyFile': async (_input, { session, dialogs }) => {
    session.database();
    const path = await dialogs.chooseOpenFile({ title: 'Check a PeerDesk backup', extensions: ['db'] });
    return path ? { fileName: basename(path), ...session.verify(path) } : null;
  },
  'backups.restoreFile': async (_input, { session, dialogs }) => {
    session.database();
    const path = await dialogs.chooseOpenFile({ title: 'Restore PeerDesk from a backup', extensions: ['db'] });
    if (!path) return { restored: false };
    session.restoreFrom(path);
    return { restored: true };
  },
  'backups.restoreAutomatic': ({ name }, { session }) => {
    const known = session.backups().backups.some((b) => b.name === name);
    if (!known) throw new AppError('not_found', `No backup named ${name}.`);
    session.restoreFrom(join(backupsDirOf(session.dataDir), name));
    return { restored: true };
  },
};
