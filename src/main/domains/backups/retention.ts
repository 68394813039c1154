import type { BackupInfo } from '../../../shared/backups';

/** ISO week of a date as `YYYY-Www`, so that weekly retention counts calendar weeks. */
function isoWeek(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((day.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which backups to keep: the newest of each of the last 7 days, of the last 4 weeks and
 * of the last 12 months that have a backup (grandfather–father–son). The rest may go.
 */
export function backupsToKeep(backups: readonly BackupInfo[], policy = { daily: 7, weekly: 4, monthly: 12 }): Set<string> {
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
  bucket((b) => b.createdAt.slice(0, 10), policy.daily);
  bucket((b) => isoWeek(b.createdAt), policy.weekly);
  bucket((b) => b.createdAt.slice(0, 7), policy.monthly);
  return keep;
}
