import { errorCodeOf } from '../errors';
import { closeSync, fsyncSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The one way PeerDesk puts a file on disk: write to a temporary name in the target's
 * folder, flush it, rename it over the target, then flush the folder so the rename itself
 * survives a power cut. A reader (or a crash) sees the old content or the new, never half.
 *
 * Files are created readable by the owner only (0600) unless a caller asks otherwise (the
 * intranet publication must be readable by colleagues).
 */
export interface WriteOptions {
  mode?: number;
}

const OWNER_ONLY = 0o600;

/** A leftover older than this is stale whoever wrote it (a crashed run, another machine). */
const STALE_AFTER_MS = 60 * 60_000;

/** A part of a file written in parts: bytes, or another file copied in chunks (never read into memory whole). */
export type FilePart = Uint8Array | { copyOf: string };

const COPY_CHUNK_BYTES = 1 << 20;

/** Writes `part` at the end of the open file `fd`. */
function writePart(fd: number, part: FilePart): void {
  if (part instanceof Uint8Array) {
    let written = 0;
    while (written < part.length) written += writeSync(fd, part, written, part.length - written);
    return;
  }
  const source = openSync(part.copyOf, 'r');
  try {
    const chunk = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
    for (let read = readSync(source, chunk); read > 0; read = readSync(source, chunk)) writePart(fd, chunk.subarray(0, read));
  } finally {
    closeSync(source);
  }
}

/** `content` in parts is written one after the other, as one file: a large file need not be held in memory. */
export function writeFileAtomic(target: string, content: string | Uint8Array | readonly FilePart[], options: WriteOptions = {}): void {
  const temporary = temporaryPathFor(target);
  let fd: number | null = null;
  try {
    removeStaleTemporaries(target);
    fd = openSync(temporary, 'wx', options.mode ?? OWNER_ONLY);
    for (const part of typeof content === 'string' ? [Buffer.from(content, 'utf8')] : Array.isArray(content) ? content : [content]) writePart(fd, part);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, target);
    fsyncFolder(dirname(target));
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * `.NAME.<pid>.<random>.tmp` beside the target: hidden, named after its target and its
 * writer, so a leftover can be told apart from another process's write in progress.
 */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files a killed run left for this target: those whose writer is
 * no longer running, and any older than an hour (a reused process id, another machine).
 * A write in progress in a live process is left alone. Names without a process id come
 * from earlier versions and go by age only.
 */
export function removeStaleTemporaries(target: string): void {
  const folder = dirname(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(?:(\\d+)\\.)?[0-9a-f]{12}\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // the write itself reports a folder that cannot be read
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    const pid = match[1] ? Number(match[1]) : null;
    if (pid === process.pid) continue;
    if ((pid !== null && !isRunning(pid)) || isOlderThan(path, STALE_AFTER_MS)) rmSync(path, { force: true });
  }
}

/** Flushes a file's content to disk. */
export function flushFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder, so that a file created or renamed in it is still there after a power
 * cut. Windows cannot open a folder as a file, and some file systems (network shares)
 * refuse to flush one: there the rename is as durable as the system makes it.
 */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch (error) {
    if (isCode(error, ['EISDIR', 'EPERM', 'EACCES', 'EINVAL'])) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!isCode(error, ['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP'])) throw error;
  } finally {
    closeSync(fd);
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs as another user). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, ['EPERM']);
  }
}

export function isOlderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}

function isCode(error: unknown, codes: string[]): boolean {
  return codes.includes(errorCodeOf(error));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
