import { rosterExportFile } from '../documents/roster-export';
import { validationError } from '../errors';
import { refuseDataFolder } from '../files/data-folder-guard';
import { readSettings } from '../domains/settings/store';
import { checkRows, importPreview, readSheet, suggestMapping } from '../domains/roster/import-members';
import { listMembers, updateMember } from '../domains/roster/store';
import { listPublications } from '../domains/roster/publication-store';
import { preparePublication, previewPublication, recordPublication, writePrepared } from '../domains/roster/publish-roster';
import { addMember, checkMemberAgainstTeam, getMember, listRoster, recordStatusChange, teamComposition } from '../domains/roster/roster-service';
import type { Clock } from '../clock';
import type { Session } from '../session/session';
import { saveThroughDialog } from '../documents/save-through-dialog';
import type { BindingsOf } from './channel';
import { currentTeam } from '../domains/roster/team';

async function publish(session: Session, clock: Clock, folder: string) {
  const db = session.database();
  // The configured folder too: it may have been set before this check existed, or by settings.set.
  if (folder.trim()) refuseDataFolder(folder, session.dataDir, 'nasFolder');
  const prepared = await preparePublication(listRoster(currentTeam(session, clock)), readSettings(db));
  const written = writePrepared(folder, prepared);
  return session.write({ action: 'roster.publish', entity: 'roster', entityId: `${prepared.memberNames.length} members` }, (tx) =>
    recordPublication(tx, folder, prepared.memberNames, written, clock()),
  );
}

/** The roster (§2.B, §4.J–L) and its publication to the intranet (§7). */
export const rosterHandlers: BindingsOf<'roster'> = {
  'roster.list': (_input, { session, clock }) => listRoster(currentTeam(session, clock)),
  'roster.get': ({ id }, { session, clock }) => getMember(currentTeam(session, clock), id),
  'roster.create': (fields, { session, clock }) => {
    const db = session.database();
    checkMemberAgainstTeam(db, fields, readSettings(db), null);
    const id = session.write<number>(
      (newId) => ({ action: 'roster.create', entity: 'member', entityId: newId }),
      (tx) => addMember(tx, fields, clock(), session.actor),
    );
    return getMember(currentTeam(session, clock), id);
  },
  'roster.update': ({ id, fields }, { session, clock }) => {
    const db = session.database();
    getMember(currentTeam(session, clock), id); // not_found before anything else
    checkMemberAgainstTeam(db, fields, readSettings(db), id);
    session.write({ action: 'roster.update', entity: 'member', entityId: id }, (tx) => updateMember(tx, id, fields, clock().toISOString()));
    return getMember(currentTeam(session, clock), id);
  },
  'roster.changeStatus': (change, { session, clock }) => {
    session.write({ action: `roster.status.${change.status}`, entity: 'member', entityId: change.id }, (tx) =>
      recordStatusChange(tx, change, clock(), session.actor),
    );
    return getMember(currentTeam(session, clock), change.id);
  },
  'roster.composition': (_input, { session, clock }) => {
    const team = currentTeam(session, clock);
    return teamComposition(listRoster(team), readSettings(session.database()), team.policy);
  },
  'roster.export': async ({ format }, { session, clock, dialogs }) => {
    const saved = await saveThroughDialog(dialogs, { title: 'Export the roster', defaultName: `peer-support-roster.${format}`, extensions: [format] }, () =>
      rosterExportFile(listRoster(currentTeam(session, clock)).members, format),
    );
    if (saved.saved) session.write({ action: 'roster.export', entity: 'roster', entityId: format }, () => undefined);
    return saved;
  },
  'roster.importPreview': async ({ fileName, contentBase64, mapping }, { session }) => {
    const db = session.database();
    const sheet = await readSheet(fileName, contentBase64);
    const chosen = mapping ?? suggestMapping(sheet.columns);
    return importPreview(sheet, chosen, checkRows(sheet, chosen, readSettings(db), listMembers(db)));
  },
  'roster.importCommit': async ({ fileName, contentBase64, mapping, mode }, { session, clock }) => {
    const db = session.database();
    const rows = checkRows(await readSheet(fileName, contentBase64), mapping, readSettings(db), listMembers(db));
    const invalid = rows.filter((r) => r.errors.length > 0);
    if (mode === 'all-or-nothing' && invalid.length > 0) {
      throw validationError(`${invalid.length} of ${rows.length} rows have errors, so nothing was imported.`, [
        { path: 'rows', message: invalid.map((r) => `row ${r.rowNumber}`).join(', ') },
      ]);
    }
    const valid = rows.flatMap((r) => (r.fields ? [r.fields] : []));
    if (valid.length === 0) throw validationError('No row can be imported.', [{ path: 'rows', message: 'Every row has errors' }]);
    session.write({ action: 'roster.import', entity: 'roster', entityId: `${valid.length} members` }, (tx) => {
      for (const fields of valid) addMember(tx, fields, clock(), session.actor);
    });
    return { imported: valid.length, skipped: invalid.length };
  },
  'roster.publishPreview': (_input, { session, clock }) => {
    const db = session.database();
    return previewPublication(db, listRoster(currentTeam(session, clock)).members, readSettings(db));
  },
  'roster.publish': (_input, { session, clock }) => publish(session, clock, readSettings(session.database()).nasFolder),
  'roster.publishToFolder': async (_input, { session, clock, dialogs }) => {
    const folder = await dialogs.chooseFolder({ title: 'Publish the team list to a folder' });
    return folder ? publish(session, clock, folder) : null;
  },
  'roster.publications': (_input, { session }) => listPublications(session.database()),
};
