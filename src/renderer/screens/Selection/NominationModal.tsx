import { Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import type { Candidate, RecruitmentRound } from '../../../shared/selection';
import { call } from '../../api/call';
import { useAction } from '../../hooks/useAction';
import { useDiscardGuard } from '../../hooks/useDiscardGuard';
import { forgetKeptDraft, useKeptDraft } from '../../hooks/useKeptDraft';
import { freeText } from '../../components/free-text';
import { formatDate } from '../../format';
import { StepForm } from './StepForm';

interface Props {
  opened: boolean;
  rounds: RecruitmentRound[];
  staffGroups: string[];
  today: string;
  onClose(): void;
  onRecorded(candidate: Candidate): void;
}

/** Where a nomination being typed is kept until recorded or discarded. */
export const nominationDraftKey = 'nomination:new';

/** §2.A: a nomination received; the nominator's name is stored sealed and never shown back. */
export function NominationModal({ opened, rounds, staffGroups, today, onClose, onRecorded }: Props) {
  const blank = () => ({ roundId: rounds[0] ? String(rounds[0].id) : null, firstName: '', lastName: '', staffGroup: null as string | null, sworn: 'sworn', jobTitle: '', receivedOn: today, nominatedBy: '' });
  // Kept in memory only (the sealed nominator too) until recorded or discarded: a lock loses nothing.
  const { draft, setDraft, discard } = useKeptDraft(nominationDraftKey, blank);
  const { roundId, firstName, lastName, staffGroup, sworn, jobTitle, receivedOn, nominatedBy } = draft;
  const set = <K extends keyof typeof draft>(key: K) => (value: (typeof draft)[K]) => setDraft({ ...draft, [key]: value });
  const { busy, error, run } = useAction(async () => {
    const candidate = await call('selection.nominate', { roundId: Number(roundId), firstName, lastName, staffGroup: staffGroup ?? '', sworn: sworn === 'sworn', jobTitle, receivedOn, nominatedBy });
    discard();
    onRecorded(candidate);
  });
  const { requestClose, setDirty, guard } = useDiscardGuard(() => {
    forgetKeptDraft(nominationDraftKey);
    onClose();
  });
  const dirty = [firstName, lastName, jobTitle, nominatedBy].some((text) => text.trim() !== '') || staffGroup !== null;
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  return (
    <Modal opened={opened} onClose={requestClose} title="Record a nomination" size="lg">
      {guard}
      <StepForm title="Nominee" submitLabel="Record nomination" busy={busy} error={error} onSubmit={() => void run()}>
        <Stack gap="xs">
          <Select label="Round" data={rounds.map((r) => ({ value: String(r.id), label: `Opened ${formatDate(r.openedOn)}, closes ${formatDate(r.closesOn)}` }))} value={roundId} onChange={set('roundId')} error={error?.fieldMessage('roundId')} required allowDeselect={false} />
          <SimpleGrid cols={2}>
            <TextInput label="First name" value={firstName} onChange={(e) => set('firstName')(e.currentTarget.value)} error={error?.fieldMessage('firstName')} required data-autofocus {...freeText('candidate.firstName')} />
            <TextInput label="Last name" value={lastName} onChange={(e) => set('lastName')(e.currentTarget.value)} error={error?.fieldMessage('lastName')} required {...freeText('candidate.lastName')} />
            <Select label="Staff group" data={staffGroups} value={staffGroup} onChange={set('staffGroup')} error={error?.fieldMessage('staffGroup')} required />
            <TextInput label="Job title" value={jobTitle} onChange={(e) => set('jobTitle')(e.currentTarget.value)} error={error?.fieldMessage('jobTitle')} {...freeText('candidate.jobTitle')} />
          </SimpleGrid>
          <SegmentedControl aria-label="Sworn or non-sworn" data={[{ value: 'sworn', label: 'Sworn' }, { value: 'non-sworn', label: 'Non-sworn' }]} value={sworn} onChange={set('sworn')} />
          <SimpleGrid cols={2}>
            <TextInput type="date" label="Received on" value={receivedOn} onChange={(e) => set('receivedOn')(e.currentTarget.value)} error={error?.fieldMessage('receivedOn')} required />
            <TextInput label="Nominated by (sealed)" value={nominatedBy} onChange={(e) => set('nominatedBy')(e.currentTarget.value)} error={error?.fieldMessage('nominatedBy')} required autoComplete="off" {...freeText('nomination.nominatedBy')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            The nominator is kept sealed (§2.A): hidden everywhere, never exported or printed, revealed only by a recorded action.
          </Text>
        </Stack>
      </StepForm>
    </Modal>
  );
}
