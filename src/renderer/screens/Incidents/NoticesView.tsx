import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { exceptionCategories, exceptionCategoryLabels, type ExceptionCategory } from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatMoment } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';
import { NoticeActions } from './IncidentCorrections';
import { NoticeRetention } from './NoticeRetention';

/** §5.B–C: that a member made a mandated notification — never whom it concerned or what was said. */
export function NoticesView({ members, today }: { members: Member[]; today: string }) {
  const { data: notices, error: loadError } = useChannel('notices.list', {});

  const [memberId, setMemberId] = useState<string | null>(null);
  const [category, setCategory] = useState<ExceptionCategory | null>(null);
  const [occurredOn, setOccurredOn] = useState(today);
  const [notifiedAt, setNotifiedAt] = useState('');
  const { busy, error, run } = useAction(async () => {
    await call('notices.record', { memberId: Number(memberId), category: category as ExceptionCategory, occurredOn, coordinatorNotifiedAt: notifiedAt });
  });

  if (loadError) return <ErrorAlert error={loadError.message} />;
  if (!notices) return <Loader aria-label="Loading notices" />;
  return (
    <Stack gap="md">
      <Alert variant="light" color="blue" title="What is recorded (§5.B–C)">
        The date, the kind of information and the reporting team member. Not whom it concerned, not what was said: reports show counts only.
      </Alert>
      <form
        aria-label="Record an exception notice"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void run();
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Select label="Reporting member" data={members.map((m) => ({ value: String(m.id), label: m.displayName }))} value={memberId} onChange={setMemberId} searchable required />
            <Select label="Kind (§5.B)" data={exceptionCategories.map((value) => ({ value, label: exceptionCategoryLabels[value] }))} value={category} onChange={(v) => setCategory(v as ExceptionCategory | null)} required />
            <TextInput type="date" label="Occurred on" value={occurredOn} onChange={(e) => setOccurredOn(e.currentTarget.value)} error={error?.fieldMessage('occurredOn')} required />
            <TextInput type="datetime-local" label="You were notified at" value={notifiedAt} onChange={(e) => setNotifiedAt(e.currentTarget.value)} error={error?.fieldMessage('coordinatorNotifiedAt')} required />
          </SimpleGrid>
          <ErrorAlert error={summaryOf(error)} title="Not recorded" />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Record notice
            </Button>
          </Group>
        </Stack>
      </form>
      {notices.length === 0 ? (
        <Text>No exception notices recorded.</Text>
      ) : (
        <Table aria-label="Exception notices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Occurred</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Reporting member</Table.Th>
              <Table.Th>Coordinator notified</Table.Th>
              <Table.Th>
                <VisuallyHidden>Corrections</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {notices.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{formatDate(n.occurredOn)}</Table.Td>
                <Table.Td>{exceptionCategoryLabels[n.category]}</Table.Td>
                <Table.Td>{n.memberName}</Table.Td>
                <Table.Td>{formatMoment(n.coordinatorNotifiedAt)}</Table.Td>
                <Table.Td>
                  <NoticeActions key={JSON.stringify(n)} notice={n} members={members} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NoticeRetention />
    </Stack>
  );
}
