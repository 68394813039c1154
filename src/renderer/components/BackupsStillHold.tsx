import { Text } from '@mantine/core';
import { formatDate } from '../format';

/**
 * Retention tells the truth (§2.A, §5.C): a purge does not reach into the backups already
 * made, and this says until when they hold what was purged and how to delete them sooner.
 */
export function BackupsStillHold({ rotatedBy }: { rotatedBy: string }) {
  return (
    <Text size="sm">
      Backups made before now still hold these records. The daily ones are rotated out by the first backup on or after {formatDate(rotatedBy)}, if PeerDesk is used each
      month; backups made before an update or a restore go once five newer ones of their kind exist, and backups saved to a drive stay until you delete them. To delete
      them now, use “Delete this and older…” on the newest backup in Settings → Backups.
    </Text>
  );
}
