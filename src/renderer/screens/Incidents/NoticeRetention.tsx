import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';

/** §5.C records are kept for the policy's number of years; older ones are purged on a confirmed, audited action. */
export function NoticeRetention({ version, onPurged }: { version: number; onPurged(): void }) {
  const [retention, setRetention] = useState<{ cutoff: string; years: number; purgeable: number } | null>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    call('notices.retention', {}).then(setRetention, () => setRetention(null));
  }, [version]);
  const purge = useAction(async () => {
    const { purged } = await call('notices.purge', { confirm: true });
    notifications.show({ message: `Purged ${purged} notice(s); the audit log keeps the count.` });
    setAsking(false);
    onPurged();
  });
  if (!retention || retention.purgeable === 0) return null;
  return (
    <>
      <Group>
        <Button variant="default" color="red" onClick={() => setAsking(true)}>
          Purge {retention.purgeable} notice(s) older than {retention.years} years…
        </Button>
      </Group>
      <Modal opened={asking} onClose={() => setAsking(false)} title="Purge old exception notices?">
        <Stack>
          <Text size="sm">
            {retention.purgeable} notice(s) from before {formatDate(retention.cutoff)} will be deleted. Only their number is kept, in the audit log. This cannot be undone.
          </Text>
          <ErrorAlert error={purge.error?.message ?? null} title="Not purged" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              Cancel
            </Button>
            <Button color="red" loading={purge.busy} onClick={() => void purge.run()}>
              Purge
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
