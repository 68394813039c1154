import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type * as z from 'zod';
import { exceptionCategories, exceptionCategoryLabels, exceptionNoticeInputSchema, type ExceptionCategory, type ExceptionNotice } from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatMoment } from '../../format';
import { ListSearch, SortHeader, useListView } from '../../components/ListTools';
import { summaryOf, useAction } from '../../hooks/useAction';
import { idSelectProps, showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { NoticeActions } from './IncidentCorrections';
import { NoticeRetention } from './NoticeRetention';

type NoticeFields = Omit<z.input<typeof exceptionNoticeInputSchema>, 'memberId' | 'category'> & { memberId: number | null; category: ExceptionCategory | null };

const noNotices: ExceptionNotice[] = [];
const searchWords = (n: ExceptionNotice) => `${n.memberName} ${exceptionCategoryLabels[n.category]}`;
const sortBy = { occurredOn: (n: ExceptionNotice) => n.occurredOn, category: (n: ExceptionNotice) => exceptionCategoryLabels[n.category], member: (n: ExceptionNotice) => n.memberName };

/** §5.B–C: that a member made a mandated notification — never whom it concerned or what was said. */
export function NoticesView({ members, today }: { members: Member[]; today: string }) {
  const { data: notices, error: loadError } = useChannel('notices.list', {});
  const list = useListView(notices ?? noNotices, searchWords, sortBy, { key: 'occurredOn', descending: true });

  const blank: NoticeFields = { memberId: null, category: null, occurredOn: today, coordinatorNotifiedAt: '' };
  const form = useSchemaForm(exceptionNoticeInputSchema, blank);
  const { busy, error, run } = useAction(
    async (values: NoticeFields) => {
      await call('notices.record', exceptionNoticeInputSchema.parse(values));
      form.reset();
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  if (loadError) return <ErrorAlert error={loadError.message} />;
  if (!notices) return <Loader aria-label="Loading notices" />;
  return (
    <Stack gap="md">
      <Alert variant="light" color="blue" title="What is recorded (§5.B–C)">
        The date, the kind of information and the reporting team member. Not whom it concerned, not what was said: reports show counts only.
      </Alert>
      <form aria-label="Record an exception notice" onSubmit={form.onSubmit((values) => void run(values))} noValidate>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Select
              label="Reporting member"
              data={members.map((m) => ({ value: String(m.id), label: m.displayName }))}
              {...idSelectProps(form, 'memberId')}
              searchable
              required
            />
            <Select label="Kind (§5.B)" data={exceptionCategories.map((value) => ({ value, label: exceptionCategoryLabels[value] }))} {...form.getInputProps('category')} required />
            <TextInput type="date" label="Occurred on" {...form.getInputProps('occurredOn')} required />
            <TextInput type="datetime-local" label="You were notified at" {...form.getInputProps('coordinatorNotifiedAt')} required />
          </SimpleGrid>
          <ErrorAlert error={summaryOf(error)} title="Not recorded" />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Record notice
            </Button>
          </Group>
        </Stack>
      </form>
      {notices.length > 0 && <ListSearch label="Search notices" placeholder="Member or kind" value={list.search} onChange={list.setSearch} />}
      {notices.length === 0 ? (
        <Text>No exception notices recorded.</Text>
      ) : (
        <Table aria-label="Exception notices">
          <Table.Thead>
            <Table.Tr>
              <SortHeader label="Occurred" sortKey="occurredOn" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Kind" sortKey="category" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Reporting member" sortKey="member" sort={list.sort} onSort={list.setSort} />
              <Table.Th>Coordinator notified</Table.Th>
              <Table.Th>
                <VisuallyHidden>Corrections</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.shown.map((n) => (
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
