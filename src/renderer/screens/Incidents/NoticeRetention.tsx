import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { BackupsStillHold } from '../../components/BackupsStillHold';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';

/** §5.C records are kept for the policy's number of years; older ones are purged on a confirmed, audited action. */
export function NoticeRetention() {
  const { data: retention, error } = useChannel('notices.retention', {});
  const [asking, setAsking] = useState(false);
  const purge = useAction(async () => {
    const { purged } = await call('notices.purge', { confirm: true });
    notifications.show({ message: `Purged ${purged} notice(s); the audit log keeps the count.` });
    setAsking(false);
  });
  if (error) return <ErrorAlert error={error.message} title="Could not check for notices past their retention" />;
  if (!retention || retention.purgeable === 0) return null;
  return (
    <>
      <Group>
        <Button variant="default" color="red" onClick={() => setAsking(true)}>
          Purge {retention.purgeable} notice(s) older than {retention.years} years…
        </Button>
      </Group>
      <ConfirmModal opened={asking} title="Purge old exception notices?" confirmLabel="Purge" busy={purge.busy} error={purge.error?.message ?? null} onConfirm={() => void purge.run()} onCancel={() => setAsking(false)}>
        <Text size="sm" mb="xs">
          {retention.purgeable} notice(s) from before {formatDate(retention.cutoff)} will be deleted. Only their number is kept, in the audit log. This cannot be undone.
        </Text>
        <BackupsStillHold rotatedBy={retention.backupsRotatedBy} />
      </ConfirmModal>
    </>
  );
}
