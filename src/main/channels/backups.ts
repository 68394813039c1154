import { backupToChosenFile, deleteBackupsUpTo, listSessionBackups, restoreAutomatic, restoreFromChosenFile, verifyChosenFile } from '../session/backups';
import type { BindingsOf } from './channel';

/** Backups: the automatic ones in the data folder, "Back up now" to a drive, verify, restore. */
export const backupBindings: BindingsOf<'backups'> = {
  'backups.list': (_input, { session }) => listSessionBackups(session),
  'backups.create': (_input, { session, dialogs, today }) => backupToChosenFile(session, dialogs, today),
  'backups.verifyFile': (_input, { session, dialogs }) => verifyChosenFile(session, dialogs),
  'backups.restoreFile': (_input, { session, dialogs }) => restoreFromChosenFile(session, dialogs),
  'backups.deleteUpTo': ({ upTo }, { session }) => deleteBackupsUpTo(session, upTo),
  'backups.restoreAutomatic': ({ name }, { session }) => (restoreAutomatic(session, name), { restored: true }),
};
