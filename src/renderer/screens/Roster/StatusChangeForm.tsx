import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  decidedStatuses,
  effectiveStatusLabels,
  removalReasonLabels,
  removalReasons,
  statusReasonLabels,
  statusReasonsFor,
  type DecidedStatus,
  type MemberDetail,
  type RemovalReason,
  type StatusChange,
  type StatusReason,
} from '../../../shared/members';
import { ChiefDecisionFields, emptyChiefDecision } from '../../components/ChiefDecisionFields';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFarFutureDateConfirm } from '../../components/FarFutureDateConfirm';
import { useToday } from '../../hooks/useToday';
import { formatDate } from '../../format';

const statusHelp: Record<DecidedStatus, string> = {
  active: 'Back on the team and available (subject to training, §8).',
  'temporarily-inactive': 'At the member’s request, for a personal or professional reason (§4.L).',
  removed: 'For cause, at the discretion of the Chief (§4.J–K).',
  resigned: 'Participation is voluntary (§4.K).',
  'term-ended': 'The commitment ended and was not renewed (§2.B).',
};

const returning = (status: DecidedStatus) => status === 'active' || status === 'temporarily-inactive';

/**
 * The statuses that may follow the last one: after a removal only a return, by the Chief's
 * decision (§4.J); after a resignation or an ended term no return here, only a rejoin (§2.B).
 */
function nextStatuses(last: DecidedStatus): DecidedStatus[] {
  const others = decidedStatuses.filter((s) => s !== last);
  if (last === 'removed') return others.filter(returning);
  if (last === 'resigned' || last === 'term-ended') return others.filter((s) => !returning(s));
  return others;
}

/**
 * Records a status a person decided; removal asks for confirmation first, and the return of a
 * member removed for cause records the Chief's decision (§4.J, §10).
 */
export function StatusChangeForm({ member, onChanged }: { member: MemberDetail; onChanged(): void }) {
  const today = useToday();
  const last = member.history.at(-1)?.status ?? member.standing.decided;
  const options = nextStatuses(last);
  const [status, setStatus] = useState<DecidedStatus>(options[0] ?? 'active');
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [reason, setReason] = useState<StatusReason | null>(null);
  const [expectedReturnOn, setExpectedReturnOn] = useState('');
  const [removalReason, setRemovalReason] = useState<RemovalReason | null>(null);
  const [chiefDecisionOn, setChiefDecisionOn] = useState('');
  const [chiefDecision, setChiefDecision] = useState(emptyChiefDecision);
  const [confirming, setConfirming] = useState(false);
  const farFuture = useFarFutureDateConfirm(today);
  const reinstating = last === 'removed' && returning(status);

  function change(): StatusChange {
    const base = { id: member.id, effectiveOn };
    const decision = reinstating ? chiefDecision : null;
    if (status === 'removed') return { ...base, status, reasonCategory: removalReason as RemovalReason, chiefDecisionOn };
    // The reason shown is one of this status's own (the select lists no other).
    const reasonCategory = reason as never;
    if (status === 'temporarily-inactive') return { ...base, status, reasonCategory, expectedReturnOn: expectedReturnOn || null, chiefDecision: decision };
    if (status === 'active') return { ...base, status, reasonCategory, chiefDecision: decision };
    if (status === 'resigned') return { ...base, status, reasonCategory };
    return { ...base, status: 'term-ended', reasonCategory };
  }

  const { busy, error, run } = useAction(async () => {
    await call('roster.changeStatus', change());
    onChanged();
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
            onChange={(v) => {
              if (!v) return;
              setStatus(v as DecidedStatus);
              setReason(null);
            }}
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
              value={removalReason}
              onChange={(v) => setRemovalReason(v as RemovalReason | null)}
              error={error?.fieldMessage('reasonCategory')}
              required
            />
            <TextInput type="date" label="Chief's decision on" value={chiefDecisionOn} onChange={(e) => setChiefDecisionOn(e.currentTarget.value)} error={error?.fieldMessage('chiefDecisionOn')} required />
          </SimpleGrid>
        )}
        {reinstating && (
          <Stack gap={4}>
            <Text size="sm">Removal for cause is final unless the Chief decides otherwise in writing (§4.J, §10).</Text>
            <ChiefDecisionFields value={chiefDecision} onChange={setChiefDecision} fieldMessage={(path) => error?.fieldMessage(path)} />
          </Stack>
        )}
        {status !== 'removed' && (
          <Select
            label="Reason (optional)"
            description="A category only: PeerDesk keeps no narrative about a status change."
            data={statusReasonsFor[status].map((value) => ({ value, label: statusReasonLabels[value] }))}
            value={reason}
            onChange={(v) => setReason(v as StatusReason | null)}
            clearable
            maw={360}
          />
        )}
        <ErrorAlert error={error?.message ?? null} title="Status not changed" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} color={status === 'removed' ? 'red' : undefined}>
            {status === 'removed' ? 'Remove from the team…' : reinstating ? 'Reinstate by the Chief’s decision' : 'Record status change'}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Remove this member?" centered>
        <Stack>
          <Text>
            {member.displayName} will be removed from the team from {formatDate(effectiveOn)}
            {removalReason ? ` (${removalReasonLabels[removalReason]})` : ''} and taken off the intranet list at the next publication. The
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

/** §2.B: a member who resigned or whose term ended comes back with a new commitment from a date. */
export function RejoinForm({ member, onChanged }: { member: MemberDetail; onChanged(): void }) {
  const today = useToday();
  const [commitmentStartsOn, setCommitmentStartsOn] = useState(today);
  const farFuture = useFarFutureDateConfirm(today);
  const { busy, error, run } = useAction(async () => {
    await call('roster.rejoin', { id: member.id, commitmentStartsOn });
    onChanged();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    farFuture.confirmThen([commitmentStartsOn], () => void run());
  }

  return (
    <form onSubmit={submit} aria-label="Rejoin the team">
      <Stack gap="sm">
        <Text size="sm">
          {member.displayName} left the team. They come back through selection, or by rejoining here with a new commitment of the policy’s years from the day they
          return (§2.B).
        </Text>
        <TextInput type="date" label="New commitment starts" value={commitmentStartsOn} onChange={(e) => setCommitmentStartsOn(e.currentTarget.value)} error={error?.fieldMessage('commitmentStartsOn')} required maw={260} />
        <ErrorAlert error={error?.message ?? null} title="Not rejoined" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Rejoin with a new commitment
          </Button>
        </Group>
      </Stack>
      {farFuture.modal}
    </form>
  );
}
