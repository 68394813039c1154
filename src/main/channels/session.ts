import { restoreFromChosenBackupFile, restoreWhileLocked } from '../session/backups';
import type { BindingsOf } from './channel';

/** Setup, unlock, lock, recovery and the restores that run while locked. */
export const sessionBindings: BindingsOf<'session'> = {
  'session.status': (_input, { session }) => session.status(),
  'session.setup': (input, { session }) => session.setup(input.passphrase),
  'session.unlock': (input, { session }) => session.unlock(input.passphrase),
  'session.lock': (_input, { session }) => (session.lock(), session.status()),
  'session.changePassphrase': async (input, { session }) => (await session.changePassphrase(input.current, input.next), null),
  'session.recover': (input, { session }) => session.recover(input.recoveryCode, input.next),
  'session.restoreBackup': (input, { session }) => restoreWhileLocked(session, input.passphrase, input.name),
  'session.restoreFromBackupFile': (input, { session, dialogs }) =>
    restoreFromChosenBackupFile(session, dialogs, 'passphrase' in input ? { passphrase: input.passphrase } : { recoveryCode: input.recoveryCode, next: input.next }),
  'session.useKeyFileCopy': (_input, { session }) => session.useKeyFileCopy(),
  'session.maintenance': (_input, { session }) => session.maintain(),
};
