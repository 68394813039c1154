import type { BindingsOf } from './channel';

/** Setup, unlock, lock, recovery and the restores that run while locked. */
export const sessionHandlers: BindingsOf<'session'> = {
  'session.status': (_input, { session }) => session.status(),
  'session.setup': (input, { session }) => session.setup(input.passphrase),
  'session.unlock': (input, { session }) => session.unlock(input.passphrase),
  'session.lock': (_input, { session }) => {
    session.lock();
    return session.status();
  },
  'session.changePassphrase': async (input, { session }) => {
    await session.changePassphrase(input.current, input.next);
    return null;
  },
  'session.recover': (input, { session }) => session.recover(input.recoveryCode, input.next),
  'session.restoreBackup': (input, { session }) => session.restoreWhileLocked(input.passphrase, input.name),
  'session.restoreFromBackupFile': async (input, { session, dialogs }) => {
    session.assertCanRestoreIntoEmptyFolder();
    const path = await dialogs.chooseOpenFile({ title: 'Restore PeerDesk from a backup file', extensions: ['db'] });
    if (!path) return { restored: false, recoveryCode: null };
    const { recoveryCode } = await session.restoreFromBackupFile(path, 'passphrase' in input ? { passphrase: input.passphrase } : { recoveryCode: input.recoveryCode, next: input.next });
    return { restored: true, recoveryCode };
  },
  'session.useKeyFileCopy': (_input, { session }) => session.useKeyFileCopy(),
};
