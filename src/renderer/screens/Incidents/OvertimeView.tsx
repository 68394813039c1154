import { Button, Group, Loader, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { overtimeActivities, overtimeActivityLabels, type OvertimeActivity, type OvertimeRequest } from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';
import { freeText } from '../../components/free-text';
import { OvertimeActions } from './IncidentCorrections';

/** §3.B, §9: overtime counts only once the manager has approved it. */
export function OvertimeView({ members, today }: { members: Member[]; today: string }) {
  const { data: requests, error: loadError } = useChannel('overtime.list', {});
  const [deciding, setDeciding] = useState<OvertimeRequest | null>(null);

  const [memberId, setMemberId] = useState<string | null>(null);
  const [workedOn, setWorkedOn] = useState(today);
  const [hours, setHours] = useState<number | string>(1);
  const [activity, setActivity] = useState<OvertimeActivity>('peer-contact');
  const { busy, error, run } = useAction(async () => {
    await call('overtime.request', { memberId: Number(memberId), workedOn, hours: Number(hours), activity, incidentId: null });
  });

  if (loadError) return <ErrorAlert error={loadError.message} />;
  if (!requests) return <Loader aria-label="Loading overtime" />;
  const approved = requests.filter((r) => r.decision === 'approved').reduce((sum, r) => sum + r.hours, 0);
  return (
    <Stack gap="md">
      <form
        aria-label="Record overtime"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void run();
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Select label="Member" data={members.map((m) => ({ value: String(m.id), label: m.displayName }))} value={memberId} onChange={setMemberId} searchable error={error?.fieldMessage('memberId')} required />
            <TextInput type="date" label="Worked on" value={workedOn} onChange={(e) => setWorkedOn(e.currentTarget.value)} error={error?.fieldMessage('workedOn')} required />
            <NumberInput label="Hours" value={hours} onChange={setHours} min={0.25} max={24} step={0.25} error={error?.fieldMessage('hours')} />
            <Select
              label="Activity"
              description="Deployment overtime is asked for by the deployment (§9)"
              data={overtimeActivities.filter((value) => value !== 'deployment').map((value) => ({ value, label: overtimeActivityLabels[value] }))}
              value={activity}
              onChange={(v) => v && setActivity(v as OvertimeActivity)}
              allowDeselect={false}
              error={error?.fieldMessage('activity')}
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
      {requests.length === 0 ? (
        <Text>No overtime recorded.</Text>
      ) : (
        <Table aria-label="Overtime requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Worked on</Table.Th>
              <Table.Th>Member</Table.Th>
              <Table.Th>Hours</Table.Th>
              <Table.Th>Activity</Table.Th>
              <Table.Th>Manager's decision</Table.Th>
              <Table.Th>
                <VisuallyHidden>Corrections</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => (
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
