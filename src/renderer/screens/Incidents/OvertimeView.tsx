import { Button, Group, Loader, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type * as z from 'zod';
import { overtimeActivities, overtimeActivityLabels, overtimeInputSchema, type OvertimeRequest } from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { ListSearch, SortHeader, useListView } from '../../components/ListTools';
import { summaryOf, useAction } from '../../hooks/useAction';
import { idSelectProps, showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { freeText } from '../../components/free-text';
import { OvertimeActions } from './IncidentCorrections';

const noRequests: OvertimeRequest[] = [];

type OvertimeFields = Omit<z.input<typeof overtimeInputSchema>, 'memberId' | 'hours'> & { memberId: number | null; hours: number | string };

const searchWords = (r: OvertimeRequest) => `${r.memberName} ${overtimeActivityLabels[r.activity]} ${r.managerName ?? ''} ${r.decision}`;
const sortBy = {
  workedOn: (r: OvertimeRequest) => r.workedOn,
  member: (r: OvertimeRequest) => r.memberName,
  hours: (r: OvertimeRequest) => r.hours,
  decision: (r: OvertimeRequest) => r.decision,
};

/** §3.B, §9: overtime counts only once the manager has approved it. */
export function OvertimeView({ members, today }: { members: Member[]; today: string }) {
  const { data: requests, error: loadError } = useChannel('overtime.list', {});
  const [deciding, setDeciding] = useState<OvertimeRequest | null>(null);
  const list = useListView(requests ?? noRequests, searchWords, sortBy, { key: 'workedOn', descending: true });

  const blank: OvertimeFields = { memberId: null, workedOn: today, hours: 1, activity: 'peer-contact', incidentId: null };
  const form = useSchemaForm(overtimeInputSchema, blank);
  const { busy, error, run } = useAction(
    async (values: OvertimeFields) => {
      await call('overtime.request', overtimeInputSchema.parse(values));
      form.reset();
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  if (loadError) return <ErrorAlert error={loadError.message} />;
  if (!requests) return <Loader aria-label="Loading overtime" />;
  const approved = requests.filter((r) => r.decision === 'approved').reduce((sum, r) => sum + r.hours, 0);
  return (
    <Stack gap="md">
      <form aria-label="Record overtime" onSubmit={form.onSubmit((values) => void run(values))} noValidate>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Select
              label="Member"
              data={members.map((m) => ({ value: String(m.id), label: m.displayName }))}
              {...idSelectProps(form, 'memberId')}
              searchable
              required
            />
            <TextInput type="date" label="Worked on" {...form.getInputProps('workedOn')} required />
            <NumberInput label="Hours" {...form.getInputProps('hours')} min={0.25} max={24} step={0.25} />
            <Select
              label="Activity"
              description="Deployment overtime is asked for by the deployment (§9)"
              data={overtimeActivities.filter((value) => value !== 'deployment').map((value) => ({ value, label: overtimeActivityLabels[value] }))}
              {...form.getInputProps('activity')}
              allowDeselect={false}
            />
          </SimpleGrid>
          <ErrorAlert error={summaryOf(error)} title="Not recorded" />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Record overtime (pending approval)
            </Button>
          </Group>
        </Stack>
      </form>
      <Group justify="space-between">
        <Text size="sm" component="output">
          {approved} approved hours · {requests.filter((r) => r.decision === 'pending').length} awaiting the manager
        </Text>
        <Button variant="default" onClick={() => void saveFile('Overtime requests', () => call('overtime.export', {}))} disabled={requests.length === 0}>
          Export (XLSX)…
        </Button>
      </Group>
      {requests.length > 0 && <ListSearch label="Search overtime" placeholder="Member, activity, manager" value={list.search} onChange={list.setSearch} />}
      {requests.length === 0 ? (
        <Text>No overtime recorded.</Text>
      ) : (
        <Table aria-label="Overtime requests">
          <Table.Thead>
            <Table.Tr>
              <SortHeader label="Worked on" sortKey="workedOn" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Member" sortKey="member" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Hours" sortKey="hours" sort={list.sort} onSort={list.setSort} />
              <Table.Th>Activity</Table.Th>
              <SortHeader label="Manager's decision" sortKey="decision" sort={list.sort} onSort={list.setSort} />
              <Table.Th>
                <VisuallyHidden>Corrections</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.shown.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDate(r.workedOn)}</Table.Td>
                <Table.Td>{r.memberName}</Table.Td>
                <Table.Td>{r.hours}</Table.Td>
                <Table.Td>
                  {overtimeActivityLabels[r.activity]}
                  {r.incidentId !== null ? ` · incident #${r.incidentId}` : ''}
                </Table.Td>
                <Table.Td>
                  {r.decision === 'pending' ? (
                    <Button size="xs" variant="light" onClick={() => setDeciding(r)}>
                      Record decision…
                    </Button>
                  ) : (
                    `${r.decision === 'approved' ? 'Approved' : 'Denied'} by ${r.managerName} on ${formatDate(r.decidedOn)}`
                  )}
                </Table.Td>
                <Table.Td>
                  <OvertimeActions key={JSON.stringify(r)} request={r} members={members} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={deciding !== null} onClose={() => setDeciding(null)} title="Manager's decision on overtime">
        {deciding && (
          <DecisionForm
            request={deciding}
            today={today}
            onDone={() => setDeciding(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function DecisionForm({ request, today, onDone }: { request: OvertimeRequest; today: string; onDone(): void }) {
  const [managerName, setManagerName] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  // Nothing chosen for the Coordinator: the manager's answer is typed in as given.
  const [decision, setDecision] = useState<'approved' | 'denied' | null>(null);
  const { busy, error, run } = useAction(async () => {
    await call('overtime.decide', { id: request.id, managerName, decidedOn, decision: decision as 'approved' | 'denied' });
    onDone();
  });
  return (
    <form
      aria-label="Overtime decision"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void run();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {request.memberName}, {request.hours} h on {formatDate(request.workedOn)}
        </Text>
        <TextInput label="Manager" value={managerName} onChange={(e) => setManagerName(e.currentTarget.value)} error={error?.fieldMessage('managerName')} required {...freeText('overtime.managerName')} />
        <TextInput type="date" label="Decided on" value={decidedOn} onChange={(e) => setDecidedOn(e.currentTarget.value)} error={error?.fieldMessage('decidedOn')} required />
        <Select
          label="Decision"
          data={[
            { value: 'approved', label: 'Approved' },
            { value: 'denied', label: 'Denied' },
          ]}
          value={decision}
          onChange={(v) => setDecision(v as 'approved' | 'denied' | null)}
          placeholder="Choose one"
          error={error?.fieldMessage('decision')}
          required
        />
        <ErrorAlert error={summaryOf(error)} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
