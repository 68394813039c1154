import { policyConfigSchema } from '../../shared/policy';
import { refuseDataFolder } from '../files/data-folder-guard';
import { listAudit } from '../domains/audit/store';
import { validationError } from '../errors';
import { currentPolicy, insertPolicyVersion } from '../domains/policy/store';
import { readSettings, writeSettings } from '../domains/settings/store';
import type { BindingsOf } from './channel';

/** Session, settings, audit log and policy parameters. */
export const coreHandlers: BindingsOf<'session' | 'settings' | 'audit' | 'policy'> = {
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

  'settings.get': (_input, { session }) => readSettings(session.database()),
  'settings.chooseNasFolder': async (_input, { session, dialogs }) => {
    const folder = await dialogs.chooseFolder({ title: 'Choose the intranet (NAS) folder for the team list' });
    if (folder) session.write({ action: 'settings.set', entity: 'settings', entityId: 'nasFolder' }, (db) => writeSettings(db, { nasFolder: folder }));
    return readSettings(session.database());
  },
  'settings.set': (patch, { session }) => {
    if (patch.nasFolder?.trim()) refuseDataFolder(patch.nasFolder, session.dataDir, 'nasFolder');
    const changed = Object.keys(patch).sort().join(',');
    session.write({ action: 'settings.set', entity: 'settings', entityId: changed }, (db) => writeSettings(db, patch));
    return readSettings(session.database());
  },

  'audit.list': ({ page, pageSize }, { session }) => listAudit(session.database(), page, pageSize),

  'policy.get': (_input, { session }) => currentPolicy(session.database()),
  'policy.update': ({ changes, reason }, { session, clock }) => {
    const db = session.database();
    const next = policyConfigSchema.safeParse({ ...currentPolicy(db).config, ...changes });
    if (!next.success) {
      throw validationError(
        'The policy parameters do not fit together.',
        next.error.issues.map((issue) => ({ path: ['changes', ...issue.path].join('.'), message: issue.message })),
      );
    }
    return session.write({ action: 'policy.update', entity: 'policy', entityId: Object.keys(changes).sort().join(',') }, (tx) =>
      insertPolicyVersion(tx, next.data, clock(), reason),
    );
  },
};
