import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, parse, resolve, sep } from 'node:path';
import { AppError } from '../errors';

export const DATA_FOLDER_REFUSAL = "That is PeerDesk's own data folder; choose another place.";

/**
 * Whether writing at `path` would write into the PeerDesk data folder `dataDir`: the
 * folder itself or anything under it (backups included). A Save-as onto keys.json or
 * peerdesk.db would destroy the store, so every file PeerDesk writes for a user (saved
 * reports and exports, backups, the NAS publication) is checked here first.
 *
 * The path is resolved the way the system will resolve it: symlinks (also one pointing
 * nowhere yet) and `..` after them, component by component. Names are compared without
 * case where the file system ignores it (Windows, macOS); and any existing folder on the
 * way that IS the data folder (same device and inode) counts too, which also catches
 * case-insensitive drives elsewhere, other spellings and bind mounts.
 */
export function isInsideDataFolder(path: string, dataDir: string, caseInsensitive = process.platform === 'win32' || process.platform === 'darwin'): boolean {
  const target = realPathOf(path);
  const data = realPathOf(dataDir);
  const fold = (p: string) => (caseInsensitive ? p.toLowerCase() : p);
  if (fold(target) === fold(data) || fold(target).startsWith(fold(data.endsWith(sep) ? data : data + sep))) return true;
  return sameFolderOnTheWay(target, dataDir);
}

/** Refuses a path inside the data folder with the plain message users see; `field` names the input it came from. */
export function refuseDataFolder(path: string, dataDir: string, field = 'file'): void {
  if (isInsideDataFolder(path, dataDir)) throw new AppError('validation', DATA_FOLDER_REFUSAL, { fields: [{ path: field, message: 'Inside the data folder' }] });
}

/** The path the system would reach, for a file that may not exist yet. */
function realPathOf(path: string, hops = 0): string {
  const absolute = isAbsolute(path) ? path : join(process.cwd(), path);
  const { root } = parse(absolute);
  let current = realOrSelf(root);
  for (const part of absolute.slice(root.length).split(process.platform === 'win32' ? /[\\/]+/ : /\/+/)) {
    if (part === '' || part === '.') continue;
    // `current` is already a real path, so its parent is the one the system would take.
    if (part === '..') {
      current = dirname(current);
      continue;
    }
    const next = join(current, part);
    try {
      current = realpathSync.native(next);
      continue;
    } catch {
      // Not there (yet), or a symlink pointing to something that does not exist.
    }
    const link = lstatOrNull(next);
    current = link?.isSymbolicLink() && hops < 32 ? realPathOf(resolve(current, readlinkSync(next)), hops + 1) : next;
  }
  return current;
}

/** True when the nearest existing folder of `target`, or one above it, is the data folder. */
function sameFolderOnTheWay(target: string, dataDir: string): boolean {
  let data;
  try {
    data = statSync(dataDir, { bigint: true });
  } catch {
    return false;
  }
  if (data.ino === 0n) return false; // a file system without inode numbers: the names decide
  for (let at = target; ; at = dirname(at)) {
    try {
      const here = statSync(at, { bigint: true });
      if (here.dev === data.dev && here.ino === data.ino) return true;
    } catch {
      // does not exist (yet): look at its parent
    }
    if (dirname(at) === at) return false;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
