import { Badge, Button, Loader, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CheckInState, IncidentCheckIn } from '../../../shared/follow-ups';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { useActorName } from '../../components/ActorName';
import { VoidButton } from '../../components/Corrections';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';

const stateBadge: Record<CheckInState, { label: string; color: string }> = {
  upcoming: { label: 'Upcoming', color: 'gray' },
  due: { label: 'Due', color: 'yellow' },
  overdue: { label: 'Overdue', color: 'red' },
  done: { label: 'Done', color: 'pine' },
};

/**
 * §7: the check-ins after the incident, at the policy's intervals (Settings → Policy). A mark
 * says only the day and who marked it — never whom the check-in was with.
 */
export function CheckIns({ incidentId }: { incidentId: number }) {
  const checkIns = useChannel('incidents.checkIns', { incidentId });
  const actorName = useActorName();
  const mark = useAction(async (checkIn: IncidentCheckIn) => {
    await call('incidents.checkInDone', { incidentId, interval: checkIn.interval });
    notifications.show({ message: `The ${checkIn.label} check-in is marked done.`, color: 'pine' });
  });
  if (checkIns.error) return <ErrorAlert error={checkIns.error.message} />;
  if (!checkIns.data) return <Loader size="sm" aria-label="Loading check-ins" />;
  return (
    <>
      <Title order={3} size="h5">
        Check-ins (§7)
      </Title>
      <Text size="xs" c="dimmed">
        A reminder on the dashboard from each day on. Only the day and who marked it are kept — never with whom.
      </Text>
      <Table aria-label={`Check-ins after incident #${incidentId}`} verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>After</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checkIns.data.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Td>{c.label}</Table.Td>
              <Table.Td>{formatDate(c.dueOn)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={stateBadge[c.state].color} styles={{ label: { textTransform: 'none' } }}>
                  {stateBadge[c.state].label}
                </Badge>
                {c.done && (
                  <Text span size="sm">
                    {' '}
                    on {formatDate(c.done.on)} by {actorName(c.done.by)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.done ? (
                  <VoidButton what={`the ${c.label} check-in marked done`} consequence="It is due again." verb="Undo" past="Undone" onVoid={async (reason) => void (await call('incidents.undoCheckIn', { id: c.done?.id ?? 0, reason }))} />
                ) : (
                  <Button size="compact-sm" variant="light" loading={mark.busy} onClick={() => void mark.run(c)} aria-label={`Mark done: the ${c.label} check-in`}>
                    Mark done
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorAlert error={summaryOf(mark.error)} title="Not marked" />
    </>
  );
}
