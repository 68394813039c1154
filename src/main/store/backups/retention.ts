import { addMonths, firstDayOf, isoWeekOf, monthOf, toIsoDate, type IsoDate } from '../../../shared/calendar';
import type { BackupInfo } from '../../../shared/backups';

/** The local day a backup was made: days, weeks and months are the Coordinator's own, as everywhere in PeerDesk. */
const dayOf = (b: BackupInfo) => toIsoDate(new Date(b.createdAt));

/** Daily backups kept: the newest of each of the last 7 days, 4 weeks and 12 months that have one. */
const backupRotation = { daily: 7, weekly: 4, monthly: 12 } as const;

/**
 * Which backups to keep: the newest of each of the last 7 days, of the last 4 weeks and
 * of the last 12 months that have a backup (grandfather–father–son). The rest may go.
 */
export function backupsToKeep(backups: readonly BackupInfo[], policy: { daily: number; weekly: number; monthly: number } = backupRotation): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const bucket = (key: (b: BackupInfo) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const k = key(backup);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(backup.name);
    }
  };
  bucket(dayOf, policy.daily);
  bucket((b) => isoWeekOf(dayOf(b)), policy.weekly);
  bucket((b) => monthOf(dayOf(b)), policy.monthly);
  return keep;
}

/**
 * The day by which the rotation has let go of every daily backup made on or before `day`,
 * when PeerDesk makes a backup each month: a month's newest backup is kept until twelve
 * later months have one, so the last goes on the first of the twelfth month after.
 */
export function dailyBackupsRotatedBy(day: IsoDate): IsoDate {
  return firstDayOf(addMonths(monthOf(day), backupRotation.monthly));
}
