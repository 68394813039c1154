import { createHash, randomInt } from 'node:crypto';
import { basename } from 'node:path';
import { tallyDueOn, type IsoDate, type Month } from '../../../shared/calendar';
import { displayNameOf } from '../../../shared/members';
import type { SavedFile } from '../../../shared/roster';
import { intakeLimits, type IntakeEntry, type IntakePreview, type IntakeResult, type ReturnedForm } from '../../../shared/tally-intake';
import { fillableTallyPdf, readTallyPdf, readTallyXlsx, tallyWorkbookXlsx, type FormHeading, type FormMember } from '../../documents/tally-forms';
import { saveThroughDialog } from '../../documents/save-through-dialog';
import { AppError } from '../../errors';
import type { Dialogs } from '../../files/dialogs';
import { readFolderFiles, type FolderFile } from '../../files/read-folder';
import type { ReadDb, Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import { findMember, statusHistory } from '../roster/store';
import { readSettings } from '../settings/store';
import { tallyMonth } from './queries';
import { duplicateForms, readReturnedForm, tallyExpected, type ParsedTally } from './rules';
import { monthReview, saveTally, tallyOf } from './store';

/**
 * §6: tallies without retyping. The Coordinator hands out a fillable PDF or the XLSX template
 * (one page or sheet per expected member), members return them filled in, and a folder of
 * returned files is read at once: a preview, then the valid forms stored in one transaction.
 * A figure field holding text is refused: what was written there is never stored, logged or
 * shown back, only the field it was in.
 */

/** The forms of a month: one page or sheet per member expected to tally it, or one unnamed page when none is. */
function formsOfMonth(store: Store, today: IsoDate, month: Month): { heading: FormHeading; members: FormMember[] } {
  const db = store.read();
  const heading = { month, dueOn: tallyDueOn(month, currentPolicy(db).config.tallyDueDay), settings: readSettings(db) };
  const members = tallyMonth(store, today, month).rows.map((row) => ({ memberId: row.memberId, displayName: row.displayName }));
  return { heading, members: members.length ? members : [{ memberId: 0, displayName: '______________________________' }] };
}

/** §6: the month's fillable PDF form where main's dialog says; printable as it is. */
export function saveFillableForm(store: Store, today: IsoDate, dialogs: Dialogs, month: Month): Promise<SavedFile> {
  return saveThroughDialog(dialogs, { title: 'Save the fillable tally form', defaultName: `tally-form-${month}.pdf`, extensions: ['pdf'] }, () => {
    const { heading, members } = formsOfMonth(store, today, month);
    return fillableTallyPdf(heading, members);
  });
}

/** §6: the month's XLSX template, one sheet per member, where main's dialog says. */
export function saveWorkbookTemplate(store: Store, today: IsoDate, dialogs: Dialogs, month: Month): Promise<SavedFile> {
  return saveThroughDialog(dialogs, { title: 'Save the tally workbook template', defaultName: `tally-workbook-${month}.xlsx`, extensions: ['xlsx'] }, () => {
    const { heading, members } = formsOfMonth(store, today, month);
    return tallyWorkbookXlsx(heading, members);
  });
}

/** A folder chosen for a preview, kept in main for its commit: the window holds only the id. */
interface PendingIntake {
  folder: string;
  month: Month;
  /** Each file's SHA-256 as previewed: a file changed since is not stored without a new preview. */
  files: Map<string, string>;
}

const pendingIntakes = new Map<number, PendingIntake>();
const KEPT_INTAKES = 8;

function keepIntake(intake: PendingIntake): number {
  const id = randomInt(1, 2 ** 47);
  pendingIntakes.set(id, intake);
  for (const old of pendingIntakes.keys()) if (pendingIntakes.size > KEPT_INTAKES) pendingIntakes.delete(old);
  return id;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PDF = /\.pdf$/i;
const XLSX = /\.xlsx$/i;

/** One entry read from a file, with the tally it would store when it has no problem. */
interface ReadEntry extends IntakeEntry {
  tally: ParsedTally | null;
}

const fileProblem = (fileName: string, problem: string): ReadEntry => ({ fileName, memberId: null, displayName: null, month: null, figures: null, problems: [problem], tally: null });

async function formsIn(file: FolderFile): Promise<{ forms: ReturnedForm[] } | { problem: string }> {
  if (!PDF.test(file.name) && !XLSX.test(file.name)) return { problem: 'Not a .pdf or .xlsx file' };
  if (file.problem === 'too-large') return { problem: `Larger than ${intakeLimits.fileBytes / 1024 / 1024} MB` };
  if (!file.bytes) return { problem: 'Unreadable: the file could not be opened' };
  try {
    const read = PDF.test(file.name) ? await readTallyPdf(file.bytes) : await readTallyXlsx(file.bytes);
    if (read.tooLarge) return { problem: `Too many pages or sheets (more than ${intakeLimits.formsPerFile})` };
    if (!read.forms.length) return { problem: 'Nothing filled in: no page or sheet holds a figure or "No contacts"' };
    return { forms: read.forms };
  } catch {
    // The reader's message may quote the file; only the fact that it failed is kept.
    return { problem: 'Unreadable: not a PDF form or workbook PeerDesk can read' };
  }
}

/** The member's standing for a tally read from a form: known, expected that month, not yet submitted, the month not yet reviewed. */
function standingProblems(db: ReadDb, memberId: number, month: Month): { displayName: string | null; problems: string[] } {
  const member = findMember(db, memberId);
  if (!member) return { displayName: null, problems: [`Unknown member (no. ${memberId})`] };
  const displayName = displayNameOf(member);
  const problems: string[] = [];
  if (tallyOf(db, memberId, month)) problems.push(`Already submitted: a tally of ${month} is stored for this member`);
  else if (!tallyExpected(member.joinedOn, statusHistory(db, memberId), month)) problems.push(`Not expected: not on the team in ${month}`);
  if (monthReview(db, month)) problems.push(`${month} was reviewed (§3.E): enter this tally in the grid, with a reason`);
  return { displayName, problems };
}

/** Reads every file of the folder against the month being collected and the store as it is now. */
async function readFolder(db: ReadDb, today: IsoDate, folder: string, month: Month): Promise<{ entries: ReadEntry[]; hashes: Map<string, string> }> {
  const files = readFolderFiles(folder, { maxFiles: intakeLimits.files, maxBytes: intakeLimits.fileBytes });
  const hashes = new Map<string, string>();
  const entries: ReadEntry[] = [];
  for (const file of files) {
    if (file.bytes) hashes.set(file.name, sha256(file.bytes));
    const read = await formsIn(file);
    if ('problem' in read) {
      entries.push(fileProblem(file.name, read.problem));
      continue;
    }
    for (const form of read.forms) {
      const checked = readReturnedForm(form, month, today);
      const standing = checked.memberId !== null && checked.month !== null ? standingProblems(db, checked.memberId, checked.month) : { displayName: null, problems: [] };
      const problems = [...checked.problems, ...standing.problems];
      entries.push({ fileName: file.name, memberId: checked.memberId, displayName: standing.displayName, month: checked.month, figures: checked.figures, problems, tally: problems.length ? null : checked.tally });
    }
  }
  for (const index of duplicateForms(entries)) {
    const entry = entries[index];
    if (!entry) continue;
    entry.problems.push('The same member and month twice in the folder');
    entry.tally = null;
  }
  return { entries, hashes };
}

const shown = ({ tally: _tally, ...entry }: ReadEntry): IntakeEntry => entry;

/** §6: reads a folder of returned forms, chosen in main's dialog; writes nothing. */
export async function previewIntake(store: Store, today: IsoDate, dialogs: Dialogs, month: Month): Promise<IntakePreview> {
  const folder = await dialogs.chooseFolder({ title: 'Choose the folder of returned tally forms' });
  if (!folder) return { intakeId: null, month, folderName: null, entries: [], valid: 0 };
  const { entries, hashes } = await readFolder(store.read(), today, folder, month);
  const intakeId = keepIntake({ folder, month, files: hashes });
  return { intakeId, month, folderName: basename(folder), entries: entries.map(shown), valid: entries.filter((e) => e.tally).length };
}

/**
 * §6: stores every valid form of the previewed folder in one transaction, each with its audit
 * line (member and month, never a figure). The folder is read again and every form checked
 * again; a file changed since the preview, or new, is listed and not stored.
 */
export async function commitIntake(store: Store, today: IsoDate, month: Month, intakeId: number): Promise<IntakeResult> {
  const pending = pendingIntakes.get(intakeId);
  if (!pending || pending.month !== month) throw new AppError('not_found', 'This import is no longer open: preview the folder again.');
  const { entries, hashes } = await readFolder(store.read(), today, pending.folder, month);
  for (const entry of entries) {
    const previewed = pending.files.get(entry.fileName);
    if (previewed === undefined) entry.problems.push('Not in the preview: preview the folder again');
    else if (previewed !== hashes.get(entry.fileName)) entry.problems.push('Changed since the preview: preview the folder again');
    if (entry.problems.length) entry.tally = null;
  }
  const valid = entries.flatMap((entry) => (entry.tally && entry.memberId !== null && entry.displayName !== null ? [{ ...entry, tally: entry.tally, memberId: entry.memberId, displayName: entry.displayName }] : []));
  if (valid.length) {
    store.write(
      valid.map((e) => ({ action: 'tallies.intake', entity: 'tally', entityId: `${e.memberId}/${month}` })),
      (tx) => {
        for (const { tally } of valid) {
          // Checked again inside the transaction: a tally entered meanwhile is never overwritten.
          if (tallyOf(tx, tally.memberId, tally.month)) throw new AppError('conflict', 'A tally was entered while importing; nothing was stored. Preview the folder again.');
          saveTally(tx, tally, today);
        }
      },
    );
  }
  pendingIntakes.delete(intakeId);
  return {
    stored: valid.map((e) => ({ fileName: e.fileName, memberId: e.memberId, displayName: e.displayName, month })),
    refused: entries.filter((e) => !e.tally).map(shown),
  };
}
