import type { IsoDate } from '../../../shared/calendar';
import type { MemberDetail, MemberFields, ParsedRejoin, ParsedStatusChange } from '../../../shared/members';
import type { ImportMapping, SavedFile } from '../../../shared/roster';
import type { ImportResult } from '../../../shared/sheet-import';
import type { Settings } from '../../../shared/settings';
import { rosterExportFile } from '../../documents/roster-export';
import { saveThroughDialog } from '../../documents/save-through-dialog';
import { AppError } from '../../errors';
import type { Dialogs } from '../../files/dialogs';
import type { ReadDb, Store, WriteDb } from '../../store/store';
import { readSettings } from '../settings/store';
import { readSheet, rowsToImport, type ImportMode } from '../../documents/sheet-import';
import { checkRows } from './import-members';
import { getMember } from './queries';
import { checkMemberFields, checkRejoin, checkStatusChange } from './rules';
import { findMember, insertMember, insertStatusChange, memberIdentities, statusHistory, updateMember } from './store';
import { currentTeam, listRoster } from './team';

/** The roster's changes (§2.B, §4.J–L): each asks the rules first. `at` stamps the records written. */

/**
 * Inserts a member who is active from the day they joined, inside the caller's write (the
 * selection's decision adds the member it selects in its own transaction).
 */
export function addMember(tx: WriteDb, fields: MemberFields, at: Date, actor: string): number {
  const id = insertMember(tx, fields, at.toISOString());
  insertStatusChange(tx, {
    memberId: id,
    status: 'active',
    effectiveOn: fields.joinedOn,
    reason: fields.existingMember ? 'Existing member entered directly' : 'Joined the team',
    recordedBy: actor,
    recordedAt: at.toISOString(),
  });
  return id;
}

/** Field-level checks against the configured lists, and the duplicate check (same name and phone). */
export function checkMemberAgainstTeam(db: ReadDb, fields: MemberFields, settings: Settings, exceptId: number | null): void {
  checkMemberFields(fields, settings, memberIdentities(db), exceptId);
}

export function createMember(store: Store, today: IsoDate, at: Date, fields: MemberFields): MemberDetail {
  const db = store.read();
  checkMemberAgainstTeam(db, fields, readSettings(db), null);
  const id = store.write<number>(
    (newId) => ({ action: 'roster.create', entity: 'member', entityId: newId }),
    (tx) => addMember(tx, fields, at, store.actor),
  );
  return getMember(store, today, id);
}

export function editMember(store: Store, today: IsoDate, at: Date, id: number, fields: MemberFields): MemberDetail {
  const db = store.read();
  getMember(store, today, id); // not_found before anything else
  checkMemberAgainstTeam(db, fields, readSettings(db), id);
  store.write({ action: 'roster.update', entity: 'member', entityId: id }, (tx) => updateMember(tx, id, fields, at.toISOString()));
  return getMember(store, today, id);
}

/** §4.J–L: records a status a person decided, checked against the history in the same transaction. */
export function changeStatus(store: Store, today: IsoDate, at: Date, change: ParsedStatusChange): MemberDetail {
  store.write({ action: `roster.status.${change.status}`, entity: 'member', entityId: change.id }, (tx) => {
    if (!findMember(tx, change.id)) throw new AppError('not_found', `No team member #${change.id}.`);
    const expectedReturnOn = checkStatusChange(change, statusHistory(tx, change.id), today);
    const removal = change.status === 'removed' ? change : null;
    const reinstatement = change.status === 'active' || change.status === 'temporarily-inactive' ? change.chiefDecision : null;
    insertStatusChange(tx, {
      memberId: change.id,
      status: change.status,
      effectiveOn: change.effectiveOn,
      reason: '',
      reasonCategory: change.reasonCategory,
      chiefDecisionOn: removal?.chiefDecisionOn ?? reinstatement?.decidedOn ?? null,
      chiefDecidedBy: reinstatement?.decidedBy ?? null,
      exceptionReference: reinstatement?.exceptionReference ?? null,
      expectedReturnOn,
      recordedBy: store.actor,
      recordedAt: at.toISOString(),
    });
  });
  return getMember(store, today, change.id);
}

/** §2.B: a member who resigned or whose term ended is active again, with a new commitment from that day. */
export function rejoinMember(store: Store, today: IsoDate, at: Date, rejoin: ParsedRejoin): MemberDetail {
  store.write({ action: 'roster.rejoin', entity: 'member', entityId: rejoin.id }, (tx) => {
    if (!findMember(tx, rejoin.id)) throw new AppError('not_found', `No team member #${rejoin.id}.`);
    checkRejoin(rejoin, statusHistory(tx, rejoin.id));
    insertStatusChange(tx, {
      memberId: rejoin.id,
      status: 'active',
      effectiveOn: rejoin.commitmentStartsOn,
      reason: '',
      commitmentStartsOn: rejoin.commitmentStartsOn,
      recordedBy: store.actor,
      recordedAt: at.toISOString(),
    });
  });
  return getMember(store, today, rejoin.id);
}

/** Imports the rows of a file the mode allows, as existing members, in one audited step. */
export async function importMembers(
  store: Store,
  at: Date,
  input: { fileName: string; contentBase64: string; mapping: ImportMapping; mode: ImportMode },
): Promise<ImportResult> {
  const db = store.read();
  const rows = checkRows(await readSheet(input.fileName, input.contentBase64), input.mapping, readSettings(db), memberIdentities(db));
  const { valid, skipped } = rowsToImport(rows, input.mode);
  store.write({ action: 'roster.import', entity: 'roster', entityId: `${valid.length} members` }, (tx) => {
    for (const fields of valid) addMember(tx, fields, at, store.actor);
  });
  return { imported: valid.length, skipped };
}

/** The roster as CSV or XLSX, where main's dialog says; a saved export is audited by its format. */
export async function exportRoster(store: Store, today: IsoDate, dialogs: Dialogs, format: 'csv' | 'xlsx'): Promise<SavedFile> {
  const saved = await saveThroughDialog(dialogs, { title: 'Export the roster', defaultName: `peer-support-roster.${format}`, extensions: [format] }, () =>
    rosterExportFile(listRoster(currentTeam(store, today)).members, format),
  );
  if (saved.saved) store.write({ action: 'roster.export', entity: 'roster', entityId: format }, () => undefined);
  return saved;
}
