import { Alert, Button, Checkbox, Divider, Group, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import type { MemberCreate, MemberFields } from '../../../shared/members';
import { summaryOf, useAction } from '../../hooks/useAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { useFarFutureDateConfirm } from '../../components/FarFutureDateConfirm';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { useToday } from '../../hooks/useToday';

export const emptyMember = (today: string): MemberFields => ({
  firstName: '',
  lastName: '',
  preferredName: '',
  sworn: true,
  staffGroup: '',
  jobTitle: '',
  workLocation: '',
  workPhone: '',
  mobilePhone: '',
  email: '',
  languages: ['English'],
  specialties: [],
  hireDate: null,
  probationCompletedOn: null,
  fullTime: true,
  joinedOn: today,
  afterHoursAvailable: false,
  listingConsent: false,
  adminNote: '',
  existingMember: false,
});

/** Where a member form's unsaved fields are kept (in memory) until saved or discarded. */
export const memberDraftKey = (memberId: number | 'new') => `member:${memberId}`;

interface Props {
  initial: MemberFields;
  /** Unsaved fields outlive the form (a lock, a closed drawer) under this key: see memberDraftKey. */
  draftKey: string;
  staffGroups: string[];
  specialties: string[];
  submitLabel: string;
  isNew: boolean;
  onSubmit(fields: MemberCreate): Promise<void>;
  onCancel(): void;
  /** Told whether the fields differ from `initial`, so that closing can ask first. */
  onDirtyChange?(dirty: boolean): void;
}

/** Add or edit a member; the backend's field errors appear beside the fields they name. */
export function MemberForm({ initial, draftKey, staffGroups, specialties, submitLabel, isNew, onSubmit, onCancel, onDirtyChange }: Props) {
  const { draft: fields, setDraft, discard, restored } = useKeptDraft(draftKey, () => initial);
  const dirty = JSON.stringify(fields) !== JSON.stringify(initial);
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  const set = <K extends keyof MemberFields>(key: K, value: MemberFields[K]) => setDraft({ ...fields, [key]: value });
  const fieldError = (key: keyof MemberFields) => error?.fieldMessage(key);
  const text = (key: 'firstName' | 'lastName' | 'preferredName' | 'jobTitle' | 'workLocation' | 'workPhone' | 'mobilePhone' | 'email', label: string, extra: { required?: boolean; type?: string; description?: string } = {}) => (
    <TextInput label={label} value={fields[key]} onChange={(e) => set(key, e.currentTarget.value)} error={fieldError(key)} required={extra.required} type={extra.type} {...freeText(`member.${key}`, extra.description)} />
  );
  const date = (key: 'hireDate' | 'probationCompletedOn' | 'joinedOn', label: string, required = false) => (
    <TextInput type="date" label={label} value={fields[key] ?? ''} onChange={(e) => set(key, (e.currentTarget.value || null) as never)} error={fieldError(key)} required={required} />
  );

  const { busy, error, run } = useAction(async () => {
    await onSubmit(fields);
    discard();
  });

  const farFuture = useFarFutureDateConfirm(useToday());

  function submit(event: FormEvent) {
    event.preventDefault();
    farFuture.confirmThen([fields.joinedOn], () => void run());
  }

  return (
    <form onSubmit={submit} aria-label={isNew ? 'New member' : 'Member details'} noValidate>
      <Stack gap="md">
        {restored && dirty && (
          <Alert variant="light" color="orange">
            Your unsaved changes were kept. Save them, or Cancel to discard them.
          </Alert>
        )}
        <SimpleGrid cols={3}>
          {text('firstName', 'First name', { required: true })}
          {text('lastName', 'Last name', { required: true })}
          {text('preferredName', 'Preferred name')}
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="sworn-label">
              Sworn status
            </Text>
            <SegmentedControl
              aria-labelledby="sworn-label"
              data={[
                { value: 'sworn', label: 'Sworn' },
                { value: 'non-sworn', label: 'Non-sworn' },
              ]}
              value={fields.sworn ? 'sworn' : 'non-sworn'}
              onChange={(v) => set('sworn', v === 'sworn')}
            />
          </Stack>
          <Select label="Staff group" data={staffGroups} value={fields.staffGroup || null} onChange={(v) => set('staffGroup', v ?? '')} error={fieldError('staffGroup')} required allowDeselect={false} />
          {text('jobTitle', 'Job title')}
        </SimpleGrid>
        <SimpleGrid cols={3}>
          {text('workLocation', 'Unit / work location')}
          {text('workPhone', 'Work phone', { type: 'tel' })}
          {text('mobilePhone', 'Mobile phone', { type: 'tel' })}
        </SimpleGrid>
        <SimpleGrid cols={3}>
          {text('email', 'Intranet email', { type: 'email' })}
          <TagsInput label="Languages spoken" value={fields.languages} onChange={(v) => set('languages', v)} error={fieldError('languages')} {...freeText('member.languages', 'Press Enter after each.')} />
          <MultiSelect label="Support specialties" data={specialties} value={fields.specialties} onChange={(v) => set('specialties', v)} error={fieldError('specialties')} searchable />
        </SimpleGrid>
        <Divider />
        <SimpleGrid cols={3}>
          {date('hireDate', 'Hire date')}
          {date('probationCompletedOn', 'Probation completed (§2.C)')}
          {date('joinedOn', 'Joined the team', true)}
        </SimpleGrid>
        <Group gap="xl">
          <Switch label="Full-time (§2.C)" checked={fields.fullTime} onChange={(e) => set('fullTime', e.currentTarget.checked)} />
          <Switch label="Available after hours" checked={fields.afterHoursAvailable} onChange={(e) => set('afterHoursAvailable', e.currentTarget.checked)} />
          <Switch label="Consents to be listed on the intranet (§7)" checked={fields.listingConsent} onChange={(e) => set('listingConsent', e.currentTarget.checked)} />
        </Group>
        {isNew && (
          <Checkbox
            label="Existing member: joined before PeerDesk (entered without the selection workflow)"
            checked={fields.existingMember}
            onChange={(e) => set('existingMember', e.currentTarget.checked)}
          />
        )}
        <TextInput
          label="Administrative note"
          value={fields.adminNote}
          onChange={(e) => set('adminNote', e.currentTarget.value)}
          error={fieldError('adminNote')}
          {...freeText('member.adminNote', 'About the member only, e.g. “prefers text messages”.')}
        />
        <ErrorAlert error={summaryOf(error)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
      {farFuture.modal}
    </form>
  );
}
