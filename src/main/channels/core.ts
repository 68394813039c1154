import { policyConfigSchema } from '../../shared/policy';
import { refuseDataFolder } from '../files/data-folder-guard';
import { listAudit } from '../domains/audit/store';
import { validationError } from '../errors';
import { currentPolicy, insertPolicyVersion } from '../domains/policy/store';
import { readSettings, writeSettings } from '../domains/settings/store';
import type { BindingsOf } from './channel';

/** Settings, audit log and policy parameters. */
export const coreHandlers: BindingsOf<'settings' | 'audit' | 'policy'> = {
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
