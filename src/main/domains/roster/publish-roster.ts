import { createHash } from 'node:crypto';
import type { IsoDate } from '../../../shared/calendar';
import type { Member } from '../../../shared/members';
import type { PublishedResource } from '../../../shared/resources';
import type { PublishedFile, PublishedMember, PublishPreview, RosterList, RosterPublication } from '../../../shared/roster';
import type { Settings } from '../../../shared/settings';
import { resourcesCsv, resourcesToPublish } from '../../documents/publication/published-resources';
import { membersToPublish } from '../../documents/publication/published-roster';
import { rosterCsv, rosterHtml, type PublicationContext } from '../../documents/publication/roster-files';
import { writePublication, type FileToPublish } from '../../documents/publication/write-publication';
import { longDate } from '../../documents/pdf/print-dates';
import { renderPdf } from '../../documents/pdf/render-pdf';
import { rosterPdf } from '../../documents/pdf/roster-pdf';
import type { Clock } from '../../clock';
import { validationError } from '../../errors';
import { refuseDataFolder } from '../../files/data-folder-guard';
import type { Dialogs } from '../../files/dialogs';
import type { ReadDb, Store, WriteDb } from '../../store/store';
import { listResources } from '../resources/store';
import { readSettings } from '../settings/store';
import { insertPublication, lastPublication } from './store';
import { currentTeam, listRoster } from './team';

const PUBLISHED_FILE_NAMES = { html: 'index.html', csv: 'peer-support-team.csv', resourcesCsv: 'outside-resources.csv', pdf: 'peer-support-team.pdf' } as const;

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

/** The same for the outside resources; a publication made before they were published had none. */
function resourcesFingerprint(resources: PublishedResource[]): string {
  return createHash('sha256').update(resourcesCsv(resources)).digest('hex');
}

export function previewPublication(db: ReadDb, team: Member[], settings: Settings): PublishPreview {
  const members = membersToPublish(team, settings.staffGroups);
  const last = lastPublication(db);
  const names = members.map((m) => m.name);
  const previous = last?.memberNames ?? [];
  const [nameSet, previousSet] = [new Set(names), new Set(previous)];
  const lastCsv = last?.files.find((f) => f.name === PUBLISHED_FILE_NAMES.csv)?.sha256;
  const resources = resourcesToPublish(listResources(db));
  const lastResources = last?.files.find((f) => f.name === PUBLISHED_FILE_NAMES.resourcesCsv)?.sha256 ?? resourcesFingerprint([]);
  const resourcesChanged = !last || lastResources !== resourcesFingerprint(resources);
  return {
    folder: settings.nasFolder,
    members,
    added: names.filter((n) => !previousSet.has(n)),
    removed: previous.filter((n) => !nameSet.has(n)),
    resources,
    resourcesChanged,
    changedSinceLastPublish: !last || lastCsv !== fingerprint(members) || resourcesChanged,
    lastPublication: last ? { id: last.id, publishedAt: last.publishedAt, folder: last.folder, memberCount: last.memberCount, files: last.files } : null,
  };
}

/**
 * §7: the four files for the intranet, built from the whitelisted members and outside
 * resources only: the page and the PDF hold both, each CSV one.
 */
async function preparePublication(roster: RosterList, settings: Settings, resources: PublishedResource[]): Promise<{ memberNames: string[]; files: FileToPublish[] }> {
  const members = membersToPublish(roster.members, settings.staffGroups);
  const ctx = context(settings, roster.today);
  return {
    memberNames: members.map((m) => m.name),
    files: [
      { name: PUBLISHED_FILE_NAMES.html, content: rosterHtml(members, ctx, resources) },
      { name: PUBLISHED_FILE_NAMES.csv, content: rosterCsv(members) },
      { name: PUBLISHED_FILE_NAMES.resourcesCsv, content: resourcesCsv(resources) },
      { name: PUBLISHED_FILE_NAMES.pdf, content: await renderPdf(rosterPdf(members, ctx, resources)) },
    ],
  };
}

/**
 * Writes the prepared files into the folder as a whole (writePublication). Outside any
 * transaction: a slow NAS must not hold the store's write lock, which would keep the admin
 * CLI or another window waiting.
 */
function writePrepared(folder: string, prepared: { files: FileToPublish[] }): PublishedFile[] {
  if (!folder.trim()) {
    throw validationError('Choose the intranet (NAS) folder in Settings before publishing.', [{ path: 'nasFolder', message: 'Not set' }]);
  }
  return writePublication(folder, prepared.files);
}

/** Records a publication that was written: its hashes, for the history and the staleness check. */
function recordPublication(tx: WriteDb, folder: string, memberNames: string[], written: PublishedFile[], at: Date): RosterPublication {
  const id = insertPublication(tx, at.toISOString(), folder, memberNames, written);
  return { id, publishedAt: at.toISOString(), folder, memberCount: memberNames.length, files: written };
}

/**
 * §7: publishes the team list into a folder and records it. Never into PeerDesk's own data
 * folder (`dataDir`). `clock` stamps the record once the files are written.
 */
async function publish(store: Store, today: IsoDate, clock: Clock, dataDir: string, folder: string): Promise<RosterPublication> {
  // The configured folder too: it may have been set before this check existed, or by settings.set.
  if (folder.trim()) refuseDataFolder(folder, dataDir, 'nasFolder');
  const db = store.read();
  const prepared = await preparePublication(listRoster(currentTeam(store, today)), readSettings(db), resourcesToPublish(listResources(db)));
  const written = writePrepared(folder, prepared);
  return store.write({ action: 'roster.publish', entity: 'roster', entityId: `${prepared.memberNames.length} members` }, (tx) =>
    recordPublication(tx, folder, prepared.memberNames, written, clock()),
  );
}

/** §7: publishes to the intranet (NAS) folder configured in Settings. */
export function publishToNas(store: Store, today: IsoDate, clock: Clock, dataDir: string): Promise<RosterPublication> {
  return publish(store, today, clock, dataDir, readSettings(store.read()).nasFolder);
}

/** Publishes to a folder the Coordinator chooses in main's dialog; null when cancelled. */
export async function publishToFolder(store: Store, today: IsoDate, clock: Clock, dataDir: string, dialogs: Dialogs): Promise<RosterPublication | null> {
  const folder = await dialogs.chooseFolder({ title: 'Publish the team list to a folder' });
  return folder ? publish(store, today, clock, dataDir, folder) : null;
}
