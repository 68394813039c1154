import { Button, Group, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupInfo, BackupReason } from '../../../shared/backups';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { useAction } from '../../hooks/useAction';

const reasonLabels: Record<BackupReason, string> = { daily: 'Daily', 'before-migration': 'Before an update', 'before-restore': 'Before a restore', manual: 'Made by hand' };
const size = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

/** Backups: the automatic copies in the data folder, "Back up now" to a drive, check and restore. */
export function BackupsPanel() {
  const { data: state, error: loadError } = useChannel('backups.list', {});
  const [restoring, setRestoring] = useState<BackupInfo | 'file' | null>(null);
  const [deletingUpTo, setDeletingUpTo] = useState<BackupInfo | null>(null);

  const backUp = useAction(async () => {
    const saved = await call('backups.create', {});
    if (saved.saved) notifications.show({ message: `Backed up to ${saved.fileName}. Keep the drive somewhere safe: the backup opens with today's passphrase or the recovery code.` });
  });
  const verify = useAction(async () => {
    const check = await call('backups.verifyFile', {});
    if (check) notifications.show({ color: check.ok ? 'pine' : 'red', message: check.ok ? `${check.fileName} is a good backup (${check.members} members).` : `${check.fileName} cannot be restored: ${check.problem}` });
  });
  const restore = useAction(async () => {
    const result = restoring === 'file' ? await call('backups.restoreFile', {}) : restoring ? await call('backups.restoreAutomatic', { name: restoring.name }) : { restored: false };
    setRestoring(null);
    if (result.restored) {
      notifications.show({ message: 'Restored. The data it replaced is kept as a "before a restore" backup.' });
    }
  });

  const deleteOlder = useAction(async () => {
    if (!deletingUpTo) return;
    const { deleted } = await call('backups.deleteUpTo', { upTo: deletingUpTo.name, confirm: true });
    setDeletingUpTo(null);
    notifications.show({ message: `Made a fresh backup and deleted ${deleted} older one(s); the audit log keeps the count.` });
  });

  if (loadError) return <ErrorAlert error={loadError.message} title="Could not list the backups" />;
  if (!state) return <Loader aria-label="Loading backups" />;
  return (
    <Stack gap="md">
      <Text size="sm">
        PeerDesk keeps an encrypted backup in the data folder on the first unlock of each day and before every update (the last 7 days, 4 weeks and 12 months). Back up to a removable drive as well. Each backup is one file that carries its key, wrapped: on any computer it opens with the passphrase in use on the day it was made, or with the recovery code, and with nothing else.
      </Text>
      <ErrorAlert error={state.problem} title="Automatic backup failed" />
      <Group>
        <Button loading={backUp.busy} onClick={() => void backUp.run()}>
          Back up now…
        </Button>
        <Button variant="default" loading={verify.busy} onClick={() => void verify.run()}>
          Check a backup file…
        </Button>
        <Button variant="default" color="red" onClick={() => setRestoring('file')}>
          Restore from a file…
        </Button>
      </Group>
      {backUp.busy && <Progress value={100} animated aria-label="Backing up" />}
      <ErrorAlert error={backUp.error?.message ?? verify.error?.message ?? null} title="Not done" />
      {state.backups.length === 0 ? (
        <Text>No automatic backups yet: one is made on the first unlock of the day.</Text>
      ) : (
        <Table aria-label="Automatic backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Made</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th ta="right">Size</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.backups.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>{reasonLabels[b.reason]}</Table.Td>
                <Table.Td ta="right">{size.format(Math.ceil(b.bytes / 1024))}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" onClick={() => setRestoring(b)} aria-label={`Restore the backup of ${formatDateTime(b.createdAt)}`}>
                    Restore…
                  </Button>
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDeletingUpTo(b)} aria-label={`Delete this and older: the backup of ${formatDateTime(b.createdAt)} and every older one`}>
                    Delete this and older…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ConfirmModal opened={restoring !== null} title="Restore a backup?" confirmLabel="Restore" busy={restore.busy} error={restore.error?.message ?? null} onConfirm={() => void restore.run()} onCancel={() => setRestoring(null)}>
        {restoring === 'file' ? 'Choose the backup file in the next dialog. ' : restoring ? `The backup of ${formatDateTime(restoring.createdAt)} replaces the current data. ` : ''}
        PeerDesk checks the backup first. The current data is kept as a backup, so this can be undone by restoring that one.
      </ConfirmModal>
      <ConfirmModal
        opened={deletingUpTo !== null}
        title="Delete this backup and older ones?"
        confirmLabel="Back up, then delete"
        busy={deleteOlder.busy}
        error={deleteOlder.error?.message ?? null}
        onConfirm={() => void deleteOlder.run()}
        onCancel={() => setDeletingUpTo(null)}
      >
        {deletingUpTo &&
          `PeerDesk first makes a fresh backup of the data as it is now. Then the ${state.backups.filter((b) => b.createdAt <= deletingUpTo.createdAt).length} backup(s) in the data folder made up to ${formatDateTime(deletingUpTo.createdAt)} are deleted, with whatever they still hold (candidates and nominators purged after the retention period, notices past theirs). Newer backups stay; backups saved to a drive are not touched. This cannot be undone.`}
      </ConfirmModal>
    </Stack>
  );
}
