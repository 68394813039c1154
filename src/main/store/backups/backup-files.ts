import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/backups';
import { backupReasons } from '../../../shared/backups';

/**
 * The automatic backups in `<data folder>/backups`: one file per backup, named so that the
 * name says when and why it was made (`peerdesk-2026-11-22T0901-daily.db`).
 */
export const backupsDirOf = (dataDir: string) => join(dataDir, 'backups');

const NAME = /^peerdesk-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})-([a-z-]+)\.db$/;

export function backupName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString();
  return `peerdesk-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${reason}.db`;
}

export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  const reason = backupReasons.find((known) => known === match?.[5]);
  if (!match || !reason) return null;
  return { createdAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`, reason };
}

/** The backups in the folder, newest first; anything else there is ignored. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed ? [{ name, ...parsed, bytes: statSync(join(dir, name)).size }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
