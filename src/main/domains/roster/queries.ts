import type { IsoDate } from '../../../shared/calendar';
import type { MemberDetail } from '../../../shared/members';
import type { ImportMapping, ImportPreview, PublishPreview, RosterList, RosterPublication, TeamComposition } from '../../../shared/roster';
import type { Store } from '../../store/store';
import { readSettings } from '../settings/store';
import { readSheet, sheetPreview } from '../../documents/sheet-import';
import { checkRows, suggestMapping } from './import-members';
import { previewPublication } from './publish-roster';
import { teamComposition } from './rules';
import { listPublications, memberIdentities } from './store';
import { currentTeam, listRoster, teamMember } from './team';

/** The roster (§2.B, §4.J–L) and its publication (§7), as the screens read them. */

export function rosterNow(store: Store, today: IsoDate): RosterList {
  return listRoster(currentTeam(store, today));
}

/** One member with the status history; `not_found` when there is none with that id. */
export function getMember(store: Store, today: IsoDate, id: number): MemberDetail {
  const { member, history } = teamMember(currentTeam(store, today), id);
  return { ...member, history };
}

export function compositionNow(store: Store, today: IsoDate): TeamComposition {
  const team = currentTeam(store, today);
  return teamComposition(listRoster(team).members, team.today, readSettings(store.read()), team.policy);
}

/** What the next publication would list, and what changed since the last one. */
export function publishPreviewNow(store: Store, today: IsoDate): PublishPreview {
  const db = store.read();
  return previewPublication(db, rosterNow(store, today).members, readSettings(db));
}

export function publicationHistory(store: Store): RosterPublication[] {
  return listPublications(store.read());
}

/** A file to import, read and checked row by row; `mapping` defaults to one suggested from the headers. */
export async function previewImport(store: Store, input: { fileName: string; contentBase64: string; mapping?: ImportMapping | undefined }): Promise<ImportPreview> {
  const db = store.read();
  const sheet = await readSheet(input.fileName, input.contentBase64);
  const chosen = input.mapping ?? suggestMapping(sheet.columns);
  return sheetPreview(sheet, chosen, checkRows(sheet, chosen, readSettings(db), memberIdentities(db)));
}
