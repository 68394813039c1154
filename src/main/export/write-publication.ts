import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedFile } from '../../shared/roster';
import { AppError } from '../backend/app-error';

export interface FileToPublish {
  name: string;
  content: string | Uint8Array;
}

/**
 * Writes a set of files into a folder (the intranet NAS) so that readers never see a half
 * publication: every file goes to a temporary name in the target folder first, flushed to
 * disk; only when all are written are they renamed over the old ones. If anything fails
 * before the renames, the temporary files are removed and the previous publication stays
 * exactly as it was.
 */
export function writePublication(folder: string, files: FileToPublish[]): PublishedFile[] {
  assertWritableFolder(folder);
  const token = randomBytes(6).toString('hex');
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      const temporary = join(folder, `.${file.name}.${token}.tmp`);
      staged.push({ temporary, target: join(folder, file.name) });
      writeFlushed(temporary, typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content);
    }
    for (const { temporary, target } of staged) renameSync(temporary, target);
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw ioError(folder, error);
  }
  return files.map((file) => {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    return { name: file.name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  });
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
    throw ioError(folder, error);
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
  EIO: 'could not be written (input/output error)',
};

function ioError(folder: string, error: unknown): AppError {
  const code = typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '';
  return new AppError('io', `The folder ${folder} ${reasons[code] ?? `could not be written (${code || 'unknown error'})`}. The previous publication was left unchanged.`, {
    osCode: code,
  });
}
