import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { NoticeRetention as Retention } from '../../../shared/incidents';
import { call, errorMessage } from '../../api/call';
import { BackupsStillHold } from '../../components/BackupsStillHold';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';

/** §5.C records are kept for the policy's number of years; older ones are purged on a confirmed, audited action. */
export function NoticeRetention({ onPurged }: { onPurged(): void }) {
  const [retention, setRetention] = useState<Retention | null>(null);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('notices.retention', {}).then(setRetention, (e) => {
      setRetention(null);
      setError(errorMessage(e));
    });
  }, []);
  const purge = useAction(async () => {
    const { purged } = await call('notices.purge', { confirm: true });
    notifications.show({ message: `Purged ${purged} notice(s); the audit log keeps the count.` });
    setAsking(false);
    onPurged();
  });
  if (error) return <ErrorAlert error={error} title="Could not check for notices past their retention" />;
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
