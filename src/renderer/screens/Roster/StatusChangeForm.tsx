import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useQuestion } from '../../components/ConfirmModal';
import type * as z from 'zod';
import {
  decidedStatuses,
  effectiveStatusLabels,
  rejoinSchema,
  removalReasonLabels,
  removalReasons,
  statusChangeSchema,
  statusReasonLabels,
  statusReasonsFor,
  type ChiefDecision,
  type DecidedStatus,
  type MemberDetail,
  type StatusChange,
  type StatusReasonCategory,
} from '../../../shared/members';
import { ChiefDecisionFields, emptyChiefDecision } from '../../components/ChiefDecisionFields';
import { call } from '../../api/call';
import { summaryOf, useAction } from '../../hooks/useAction';
import { objectFieldProps, optionalTextProps, showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
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

/** One set of fields for every status; the change sent takes the chosen status's own (`changeOf`). */
type StatusFields = {
  id: number;
  status: DecidedStatus;
  effectiveOn: string;
  /** A removal's reason (required), or another status's (optional): one of the chosen status's own. */
  reasonCategory: StatusReasonCategory | null;
  expectedReturnOn: string | null;
  chiefDecisionOn: string;
  chiefDecision: ChiefDecision;
};

/** The change as `roster.changeStatus` takes it: the fields of the chosen status only. */
function changeOf(values: StatusFields, reinstating: boolean): StatusChange {
  const { id, status, effectiveOn, expectedReturnOn, chiefDecisionOn } = values;
  const base = { id, effectiveOn };
  const chiefDecision = reinstating ? values.chiefDecision : null;
  // The reason shown is one of this status's own (the select lists no other); the schema checks it.
  const reasonCategory = values.reasonCategory as never;
  if (status === 'removed') return { ...base, status, reasonCategory, chiefDecisionOn };
  if (status === 'temporarily-inactive') return { ...base, status, reasonCategory, expectedReturnOn, chiefDecision };
  if (status === 'active') return { ...base, status, reasonCategory, chiefDecision };
  if (status === 'resigned') return { ...base, status, reasonCategory };
  return { ...base, status: 'term-ended', reasonCategory };
}

/**
 * Records a status a person decided; removal asks for confirmation first, and the return of a
 * member removed for cause records the Chief's decision (§4.J, §10).
 */
export function StatusChangeForm({ member, onChanged }: { member: MemberDetail; onChanged(): void }) {
  const today = useToday();
  const last = member.history.at(-1)?.status ?? member.standing.decided;
  const options = nextStatuses(last);
  const reinstatingTo = (status: DecidedStatus) => last === 'removed' && returning(status);
  const form = useSchemaForm<StatusFields>(
    statusChangeSchema,
    { id: member.id, status: options[0] ?? 'active', effectiveOn: today, reasonCategory: null, expectedReturnOn: null, chiefDecisionOn: '', chiefDecision: emptyChiefDecision },
    { toInput: (values) => changeOf(values, reinstatingTo(values.status)) },
  );
  const [confirming, setConfirming] = useState(false);
  useQuestion(confirming);
  const farFuture = useFarFutureDateConfirm(today);
  const { status, effectiveOn, reasonCategory } = form.values;
  const reinstating = reinstatingTo(status);

  const { busy, error, run } = useAction(
    async (values: StatusFields) => {
      await call('roster.changeStatus', statusChangeSchema.parse(changeOf(values, reinstatingTo(values.status))));
      onChanged();
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  function save() {
    setConfirming(false);
    void run(form.getValues());
  }

  const submit = form.onSubmit((values) =>
    farFuture.confirmThen([values.effectiveOn], () => {
      if (values.status === 'removed') setConfirming(true);
      else save();
    }),
  );

  return (
    <form onSubmit={submit} aria-label="Change status" noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label="New status"
            data={options.map((value) => ({ value, label: effectiveStatusLabels[value] }))}
            value={status}
            onChange={(v) => {
              if (!v) return;
              form.setFieldValue('status', v as DecidedStatus);
              form.setFieldValue('reasonCategory', null);
            }}
            allowDeselect={false}
            description={statusHelp[status]}
          />
          <TextInput type="date" label="Effective from" {...form.getInputProps('effectiveOn')} required />
        </SimpleGrid>
        {status === 'temporarily-inactive' && <TextInput type="date" label="Expected return (optional)" {...optionalTextProps(form, 'expectedReturnOn')} maw={260} />}
        {status === 'removed' && (
          <SimpleGrid cols={2}>
            <Select label="Reason" data={removalReasons.map((value) => ({ value, label: removalReasonLabels[value] }))} {...form.getInputProps('reasonCategory')} required />
            <TextInput type="date" label="Chief's decision on" {...form.getInputProps('chiefDecisionOn')} required />
          </SimpleGrid>
        )}
        {reinstating && (
          <Stack gap={4}>
            <Text size="sm">Removal for cause is final unless the Chief decides otherwise in writing (§4.J, §10).</Text>
            <ChiefDecisionFields {...objectFieldProps(form, 'chiefDecision', form.values.chiefDecision)} />
          </Stack>
        )}
        {status !== 'removed' && (
          <Select
            label="Reason (optional)"
            description="A category only: PeerDesk keeps no narrative about a status change."
            data={statusReasonsFor[status].map((value) => ({ value, label: statusReasonLabels[value] }))}
            {...form.getInputProps('reasonCategory')}
            clearable
            maw={360}
          />
        )}
        <ErrorAlert error={summaryOf(error)} title="Status not changed" />
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
            {reasonCategory ? ` (${statusReasonLabels[reasonCategory]})` : ''} and taken off the intranet list at the next publication. The
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
  const form = useSchemaForm<z.input<typeof rejoinSchema>>(rejoinSchema, { id: member.id, commitmentStartsOn: today });
  const farFuture = useFarFutureDateConfirm(today);
  const { busy, error, run } = useAction(
    async (values: z.input<typeof rejoinSchema>) => {
      await call('roster.rejoin', rejoinSchema.parse(values));
      onChanged();
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  return (
    <form onSubmit={form.onSubmit((values) => farFuture.confirmThen([values.commitmentStartsOn], () => void run(values)))} aria-label="Rejoin the team" noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {member.displayName} left the team. They come back through selection, or by rejoining here with a new commitment of the policy’s years from the day they
          return (§2.B).
        </Text>
        <TextInput type="date" label="New commitment starts" {...form.getInputProps('commitmentStartsOn')} required maw={260} />
        <ErrorAlert error={summaryOf(error)} title="Not rejoined" />
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
