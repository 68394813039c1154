import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod';
import { closeSync, copyFileSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedFile } from '../../../shared/roster';
import { AppError, errorCodeOf } from '../../errors';
import { flushFile, fsyncFolder, isOlderThan, isRunning, removeStaleTemporaries, writeFileAtomic } from '../../files/atomic-write';

export interface FileToPublish {
  name: string;
  content: string | Uint8Array;
}

const STAGING = '.peerdesk-staging-';
const PREVIOUS = '.peerdesk-previous-';
const JOURNAL = 'publication.json';
/** A publication folder older than this is a leftover even if its process id is in use again. */
const STALE_AFTER_MS = 60 * 60_000;

/** What an interrupted publication needs to be undone: its files, and which of them existed before (the others did not exist). */
const journalSchema = z.object({ files: z.array(z.string()), kept: z.array(z.string()) });
type Journal = z.infer<typeof journalSchema>;

/**
 * Replaces the publication in a folder (the intranet NAS) as a whole or not at all.
 *
 * 1. Stage: the new files are written and flushed into `.peerdesk-staging-<id>/` inside
 *    the folder, and a copy of each current file into `.peerdesk-previous-<id>/`. Nothing
 *    the readers see has changed; any failure here removes both and stops.
 * 2. The journal (`publication.json` in the staging folder) is written and flushed: from
 *    now on the publication can be undone, because the previous files are safe.
 * 3. Swap: each staged file is renamed over its target (an atomic replacement of one
 *    name; a name is never missing). If a rename fails, the targets already replaced get
 *    their previous copies renamed back, so the folder holds the previous set again.
 * 4. Commit: the journal is removed. Only then does the new set stand; the two folders
 *    are removed after.
 *
 * A process killed before step 2 leaves the previous set untouched; killed between 2 and
 * 4 (three renames apart) it leaves the journal, and the next publication first puts the
 * previous set back from its copies. Either way the folder at rest holds one complete
 * publication, and the next publication removes every leftover. The three renames are
 * not one atomic step: a colleague opening files during those microseconds may see one
 * new beside two old, which no set of plain files can avoid without readers' help.
 */
export function writePublication(folder: string, files: FileToPublish[]): PublishedFile[] {
  assertWritableFolder(folder);
  try {
    finishInterruptedPublications(folder, files.map((f) => f.name));
  } catch (error) {
    throw ioError(folder, error, 'An earlier publication there was interrupted and its previous files could not be put back yet; nothing else was changed.');
  }

  const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const staging = join(folder, STAGING + id);
  const previous = join(folder, PREVIOUS + id);
  const names = files.map((f) => f.name);
  let journal: Journal;
  try {
    mkdirSync(staging);
    mkdirSync(previous);
    for (const file of files) writeFlushed(join(staging, file.name), bytesOf(file.content));
    const kept: string[] = [];
    for (const name of names) {
      const existing = lstatOrNull(join(folder, name));
      if (!existing) continue;
      // A folder or a link there could not be put back as it was: refuse before changing anything.
      if (!existing.isFile()) throw new AppError('io', `The folder ${folder} holds a folder or link named ${name} where a published file belongs. The previous publication was left unchanged.`);
      copyFileSync(join(folder, name), join(previous, name));
      flushFile(join(previous, name));
      kept.push(name);
    }
    fsyncFolder(previous);
    journal = { files: names, kept };
    writeFileAtomic(join(staging, JOURNAL), JSON.stringify(journal), { mode: 0o644 });
    fsyncFolder(folder);
  } catch (error) {
    removeQuietly(staging, previous);
    throw ioError(folder, error, 'The previous publication was left unchanged.');
  }

  const swapped: string[] = [];
  try {
    for (const name of names) {
      renameSync(join(staging, name), join(folder, name));
      swapped.push(name);
    }
    fsyncFolder(folder);
    rmSync(join(staging, JOURNAL)); // the commit point
  } catch (error) {
    try {
      putBack(folder, previous, journal, swapped);
    } catch {
      // The journal stays: the next publication puts the previous files back first.
      throw ioError(folder, error, 'The previous files could not all be put back, so the folder may hold a mix of old and new files until you publish again.');
    }
    removeQuietly(staging, previous);
    throw ioError(folder, error, 'The previous publication was left unchanged.');
  }
  removeQuietly(staging, previous);

  return files.map((file) => {
    const bytes = bytesOf(file.content);
    return { name: file.name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  });
}

/**
 * Undoes what a killed publication left half done and removes its leftovers: staging and
 * previous folders, and the temporary files of earlier versions. Folders of a publication
 * running right now in another process on this machine are left alone.
 */
export function finishInterruptedPublications(folder: string, publishedNames: string[]): void {
  const entries = readdirSync(folder);
  for (const entry of entries) {
    if (!entry.startsWith(STAGING)) continue;
    const id = entry.slice(STAGING.length);
    const staging = join(folder, entry);
    if (isInProgress(id, staging)) continue;
    const journal = readJournal(join(staging, JOURNAL));
    const previous = join(folder, PREVIOUS + id);
    if (journal) putBack(folder, previous, journal, journal.files);
    rmSync(staging, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
  }
  for (const entry of entries) {
    if (!entry.startsWith(PREVIOUS)) continue;
    const id = entry.slice(PREVIOUS.length);
    const previous = join(folder, entry);
    // Without its staging folder, the previous copies are no longer needed (the swap committed or never began).
    if (!existsSync(join(folder, STAGING + id)) && !isInProgress(id, previous)) rmSync(previous, { recursive: true, force: true });
  }
  for (const name of publishedNames) removeStaleTemporaries(join(folder, name));
}

/** Renames the previous copies of `names` back over their targets; a name that did not exist before is removed. */
function putBack(folder: string, previous: string, journal: Journal, names: string[]): void {
  for (const name of names) {
    const target = join(folder, name);
    const copy = join(previous, name);
    if (!journal.kept.includes(name)) {
      if (isPlainFile(target)) rmSync(target);
    } else if (existsSync(copy) && !sameBytes(copy, target)) {
      renameSync(copy, target);
    }
  }
  fsyncFolder(folder);
}

function isInProgress(id: string, path: string): boolean {
  const pid = Number(id.split('-')[0]);
  return Number.isInteger(pid) && pid !== process.pid && isRunning(pid) && !isOlderThan(path, STALE_AFTER_MS);
}

function readJournal(path: string): Journal | null {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no journal: the publication never reached its swap
  }
}

function sameBytes(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

function isPlainFile(path: string): boolean {
  return lstatOrNull(path)?.isFile() ?? false;
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function removeQuietly(...folders: string[]): void {
  for (const folder of folders) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // a leftover is removed by the next publication
    }
  }
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function writeFlushed(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function assertWritableFolder(folder: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    throw ioError(folder, error, 'The previous publication was left unchanged.');
  }
  if (!isFolder) throw new AppError('io', `${folder} is not a folder. Choose the NAS folder again in Settings.`);
}

const reasons: Record<string, string> = {
  ENOENT: 'does not exist or cannot be reached (is the NAS connected?)',
  EACCES: 'cannot be written: permission denied',
  EPERM: 'cannot be written: permission denied',
  EROFS: 'is read-only',
  ENOSPC: 'is full',
  EDQUOT: 'is over its quota',
  ENOTDIR: 'is not a folder',
  EISDIR: 'holds a folder where a published file belongs',
  EBUSY: 'has a published file open in another program',
  EIO: 'could not be written (input/output error)',
};

/** The message says what happened to the files readers see, and only what is true. */
function ioError(folder: string, error: unknown, outcome: string): AppError {
  if (error instanceof AppError) return error;
  const code = errorCodeOf(error);
  return new AppError('io', `The folder ${folder} ${reasons[code] ?? `could not be written (${code || 'unknown error'})`}. ${outcome}`, {
    osCode: code,
  });
}
