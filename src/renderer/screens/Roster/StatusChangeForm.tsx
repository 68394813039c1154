import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { decidedStatuses, effectiveStatusLabels, removalReasonLabels, removalReasons, type DecidedStatus, type MemberDetail, type RemovalReason, type StatusChange } from '../../../shared/members';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFarFutureDateConfirm } from '../../components/FarFutureDateConfirm';
import { useToday } from '../../hooks/useToday';

const statusHelp: Record<DecidedStatus, string> = {
  active: 'Back on the team and available (subject to training, §8).',
  'temporarily-inactive': 'At the member’s request, for a personal or professional reason (§4.L).',
  removed: 'For cause, at the discretion of the Chief (§4.J–K).',
  resigned: 'Participation is voluntary (§4.K).',
  'term-ended': 'The commitment ended and was not renewed (§2.B).',
};

/** Records a status a person decided; removal asks for confirmation first. */
export function StatusChangeForm({ member, onChanged }: { member: MemberDetail; onChanged(member: MemberDetail): void }) {
  const today = useToday();
  const options = decidedStatuses.filter((s) => s !== member.standing.decided);
  const [status, setStatus] = useState<DecidedStatus>(options[0] ?? 'active');
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [reason, setReason] = useState('');
  const [expectedReturnOn, setExpectedReturnOn] = useState('');
  const [reasonCategory, setReasonCategory] = useState<RemovalReason | null>(null);
  const [chiefDecisionOn, setChiefDecisionOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const farFuture = useFarFutureDateConfirm(today);

  function change(): StatusChange {
    const base = { id: member.id, effectiveOn, reason };
    if (status === 'temporarily-inactive') return { ...base, status, expectedReturnOn: expectedReturnOn || null };
    if (status === 'removed') return { ...base, status, reasonCategory: reasonCategory as RemovalReason, chiefDecisionOn };
    return { ...base, status };
  }

  const { busy, error, run } = useAction(async () => {
    onChanged(await call('roster.changeStatus', change()));
    setReason('');
  });

  function save() {
    setConfirming(false);
    void run();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    farFuture.confirmThen([effectiveOn], () => {
      if (status === 'removed') setConfirming(true);
      else save();
    });
  }

  return (
    <form onSubmit={submit} aria-label="Change status">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label="New status"
            data={options.map((value) => ({ value, label: effectiveStatusLabels[value] }))}
            value={status}
            onChange={(v) => v && setStatus(v as DecidedStatus)}
            allowDeselect={false}
            description={statusHelp[status]}
          />
          <TextInput type="date" label="Effective from" value={effectiveOn} onChange={(e) => setEffectiveOn(e.currentTarget.value)} error={error?.fieldMessage('effectiveOn')} required />
        </SimpleGrid>
        {status === 'temporarily-inactive' && (
          <TextInput type="date" label="Expected return (optional)" value={expectedReturnOn} onChange={(e) => setExpectedReturnOn(e.currentTarget.value)} error={error?.fieldMessage('expectedReturnOn')} maw={260} />
        )}
        {status === 'removed' && (
          <SimpleGrid cols={2}>
            <Select
              label="Reason"
              data={removalReasons.map((value) => ({ value, label: removalReasonLabels[value] }))}
              value={reasonCategory}
              onChange={(v) => setReasonCategory(v as RemovalReason | null)}
              error={error?.fieldMessage('reasonCategory')}
              required
            />
            <TextInput type="date" label="Chief's decision on" value={chiefDecisionOn} onChange={(e) => setChiefDecisionOn(e.currentTarget.value)} error={error?.fieldMessage('chiefDecisionOn')} required />
          </SimpleGrid>
        )}
        <TextInput
          label="Note (optional)"
          description="A few administrative words, e.g. “family leave”. Nothing about anyone the member supported."
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={200}
        />
        <ErrorAlert error={error?.message ?? null} title="Status not changed" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} color={status === 'removed' ? 'red' : undefined}>
            {status === 'removed' ? 'Remove from the team…' : 'Record status change'}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Remove this member?" centered>
        <Stack>
          <Text>
            {member.displayName} will be removed from the team from {effectiveOn}
            {reasonCategory ? ` (${removalReasonLabels[reasonCategory]})` : ''} and taken off the intranet list at the next publication. The
            status history keeps this record.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void save()}>
              Remove member
            </Button>
          </Group>
        </Stack>
      </Modal>
      {farFuture.modal}
    </form>
  );
}
