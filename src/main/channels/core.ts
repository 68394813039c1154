import { undoVoid } from '../domains/audit/commands';
import { listAudit } from '../domains/audit/store';
import { updatePolicy } from '../domains/policy/commands';
import { currentPolicy } from '../domains/policy/store';
import { chooseNasFolder, updateSettings } from '../domains/settings/commands';
import { readSettings } from '../domains/settings/store';
import type { BindingsOf } from './channel';

/** Settings, audit log and policy parameters. */
export const coreBindings: BindingsOf<'settings' | 'audit' | 'policy'> = {
  'settings.get': (_input, { store }) => readSettings(store.read()),
  'settings.chooseNasFolder': (_input, { store, dialogs }) => chooseNasFolder(store, dialogs),
  'settings.set': (patch, { store, session }) => updateSettings(store, session.dataDir, patch),

  'audit.list': ({ page, pageSize, area }, { store }) => listAudit(store.read(), page, pageSize, area),
  'audit.undoVoid': (input, { store }) => undoVoid(store, input),

  'policy.get': (_input, { store }) => currentPolicy(store.read()),
  'policy.update': ({ changes, reason }, { store, clock }) => updatePolicy(store, clock(), changes, reason),
};
