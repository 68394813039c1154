import { changeStatus, createMember, editMember, exportRoster, importMembers, rejoinMember } from '../domains/roster/commands';
import { publishToFolder, publishToNas } from '../domains/roster/publish-roster';
import { compositionNow, getMember, previewImport, publicationHistory, publishPreviewNow, rosterNow } from '../domains/roster/queries';
import type { BindingsOf } from './channel';

/** The roster (§2.B, §4.J–L) and its publication to the intranet (§7). */
export const rosterBindings: BindingsOf<'roster'> = {
  'roster.list': (_input, { store, today }) => rosterNow(store, today),
  'roster.get': ({ id }, { store, today }) => getMember(store, today, id),
  'roster.create': (fields, { store, today, clock }) => createMember(store, today, clock(), fields),
  'roster.update': ({ id, fields }, { store, today, clock }) => editMember(store, today, clock(), id, fields),
  'roster.changeStatus': (change, { store, today, clock }) => changeStatus(store, today, clock(), change),
  'roster.rejoin': (rejoin, { store, today, clock }) => rejoinMember(store, today, clock(), rejoin),
  'roster.composition': (_input, { store, today }) => compositionNow(store, today),
  'roster.export': ({ format }, { store, today, dialogs }) => exportRoster(store, today, dialogs, format),
  'roster.importPreview': (input, { store }) => previewImport(store, input),
  'roster.importCommit': (input, { store, clock }) => importMembers(store, clock(), input),
  'roster.publishPreview': (_input, { store, today }) => publishPreviewNow(store, today),
  'roster.publish': (_input, { store, today, clock, session }) => publishToNas(store, today, clock, session.dataDir),
  'roster.publishToFolder': (_input, { store, today, clock, session, dialogs }) => publishToFolder(store, today, clock, session.dataDir, dialogs),
  'roster.publications': (_input, { store }) => publicationHistory(store),
};
