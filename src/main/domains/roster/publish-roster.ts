import { createHash } from 'node:crypto';
import type { IsoDate } from '../../../shared/calendar';
import type { Member } from '../../../shared/members';
import type { PublishedFile, PublishedMember, PublishPreview, RosterList, RosterPublication } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import type { Db } from '../../store/open-database';
import { membersToPublish } from '../../documents/publication/published-roster';
import { rosterCsv, rosterHtml, type PublicationContext } from '../../documents/publication/roster-files';
import { writePublication, type FileToPublish } from '../../documents/publication/write-publication';
import { longDate } from '../../documents/pdf/print-dates';
import { renderPdf } from '../../documents/pdf/render-pdf';
import { rosterPdf } from '../../documents/pdf/roster-pdf';
import { validationError } from '../../errors';
import { insertPublication, lastPublication } from './publication-store';

export const PUBLISHED_FILE_NAMES = { html: 'index.html', csv: 'peer-support-team.csv', pdf: 'peer-support-team.pdf' } as const;

function context(settings: Settings, today: IsoDate): PublicationContext {
  return {
    departmentName: settings.departmentName,
    programName: settings.programName,
    coordinatorName: settings.coordinatorName,
    coordinatorPhone: settings.coordinatorPhone,
    updatedOn: longDate(today),
  };
}


/** A fingerprint of what colleagues would see, to tell whether the list changed since publishing. */
function fingerprint(members: PublishedMember[]): string {
  return createHash('sha256').update(rosterCsv(members)).digest('hex');
}

export function previewPublication(db: Db, team: Member[], settings: Settings): PublishPreview {
  const members = membersToPublish(team, settings.staffGroups);
  const last = lastPublication(db);
  const names = members.map((m) => m.name);
  const previous = last?.memberNames ?? [];
  const lastCsv = last?.files.find((f) => f.name === PUBLISHED_FILE_NAMES.csv)?.sha256;
  return {
    folder: settings.nasFolder,
    members,
    added: names.filter((n) => !previous.includes(n)),
    removed: previous.filter((n) => !names.includes(n)),
    changedSinceLastPublish: !last || lastCsv !== fingerprint(members),
    lastPublication: last ? { id: last.id, publishedAt: last.publishedAt, folder: last.folder, memberCount: last.memberCount, files: last.files } : null,
  };
}

/** §7: the three files for the intranet, built from the whitelisted members only. */
export async function preparePublication(roster: RosterList, settings: Settings): Promise<{ memberNames: string[]; files: FileToPublish[] }> {
  const members = membersToPublish(roster.members, settings.staffGroups);
  const ctx = context(settings, roster.today);
  return {
    memberNames: members.map((m) => m.name),
    files: [
      { name: PUBLISHED_FILE_NAMES.html, content: rosterHtml(members, ctx) },
      { name: PUBLISHED_FILE_NAMES.csv, content: rosterCsv(members) },
      { name: PUBLISHED_FILE_NAMES.pdf, content: await renderPdf(rosterPdf(members, ctx)) },
    ],
  };
}

/**
 * Writes the prepared files into the folder as a whole (writePublication). Outside any
 * transaction: a slow NAS must not hold the store's write lock, which would keep the admin
 * CLI or another window waiting.
 */
export function writePrepared(folder: string, prepared: { files: FileToPublish[] }): PublishedFile[] {
  if (!folder.trim()) {
    throw validationError('Choose the intranet (NAS) folder in Settings before publishing.', [{ path: 'nasFolder', message: 'Not set' }]);
  }
  return writePublication(folder, prepared.files);
}

/** Records a publication that was written: its hashes, for the history and the staleness check. */
export function recordPublication(db: Db, folder: string, memberNames: string[], written: PublishedFile[], at: Date): RosterPublication {
  const id = insertPublication(db, at.toISOString(), folder, memberNames, written);
  return { id, publishedAt: at.toISOString(), folder, memberCount: memberNames.length, files: written };
}
