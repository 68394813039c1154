import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';

/** A file of a folder read in, or why it was not: larger than allowed, or not readable. */
export interface FolderFile {
  name: string;
  bytes: Buffer | null;
  problem: 'too-large' | 'unreadable' | null;
}

/**
 * The regular files of one folder (not its subfolders, hidden files or Office's "~$" lock
 * files), in name order, each read up to `maxBytes`. More than `maxFiles` is refused whole,
 * before any is read; a file still being written while read is not read.
 */
export function readFolderFiles(folder: string, limits: { maxFiles: number; maxBytes: number }): FolderFile[] {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && !entry.name.startsWith('~$') && (entry.isFile() || entry.isSymbolicLink()))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b));
  } catch {
    throw new AppError('io', 'The folder could not be read.');
  }
  if (names.length > limits.maxFiles) throw new AppError('validation', `The folder holds ${names.length} files; at most ${limits.maxFiles} are read at once.`);
  return names.map((name) => readBounded(join(folder, name), name, limits.maxBytes));
}

function readBounded(path: string, name: string, maxBytes: number): FolderFile {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { name, bytes: null, problem: 'unreadable' };
    if (stat.size > maxBytes) return { name, bytes: null, problem: 'too-large' };
    const fd = openSync(path, 'r');
    try {
      // One byte more than the size said: a file still growing fills it, and is not read half-written.
      const buffer = Buffer.alloc(stat.size + 1);
      let length = 0;
      for (;;) {
        const read = length < buffer.length ? readSync(fd, buffer, length, buffer.length - length, null) : 0;
        if (read === 0) break;
        length += read;
      }
      if (length > stat.size) return { name, bytes: null, problem: length > maxBytes ? 'too-large' : 'unreadable' };
      return { name, bytes: buffer.subarray(0, length), problem: null };
    } finally {
      closeSync(fd);
    }
  } catch {
    return { name, bytes: null, problem: 'unreadable' };
  }
}
