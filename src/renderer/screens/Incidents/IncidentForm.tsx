import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { incidentCategories, incidentCategoryLabels, type Incident, type IncidentCategory } from '../../../shared/incidents';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { summaryOf, useAction } from '../../hooks/useAction';

/** §7: a new critical incident — when, what kind, which units; never who. */
export function IncidentForm({ staffGroups, onRecorded }: { staffGroups: string[]; onRecorded(incident: Incident): void }) {
  const [occurredAt, setOccurredAt] = useState('');
  const [category, setCategory] = useState<IncidentCategory | null>(null);
  const [groups, setGroups] = useState<string[]>([]);
  const [notifiedAt, setNotifiedAt] = useState('');
  const { busy, error, run } = useAction(async () => {
    const incident = await call('incidents.record', { occurredAt, category: category as IncidentCategory, affectedStaffGroups: groups, supervisorNotifiedAt: notifiedAt || null });
    notifications.show({ message: 'Incident recorded', color: 'pine' });
    setOccurredAt('');
    setCategory(null);
    setGroups([]);
    setNotifiedAt('');
    onRecorded(incident);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <form onSubmit={submit} aria-label="Record an incident">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput type="datetime-local" label="When it happened" value={occurredAt} onChange={(e) => setOccurredAt(e.currentTarget.value)} error={error?.fieldMessage('occurredAt')} required />
          <Select label="Category" data={incidentCategories.map((value) => ({ value, label: incidentCategoryLabels[value] }))} value={category} onChange={(v) => setCategory(v as IncidentCategory | null)} error={error?.fieldMessage('category')} required />
          <MultiSelect label="Staff groups affected" description="Units only, never people" searchable data={staffGroups} value={groups} onChange={setGroups} error={error?.fieldMessage('affectedStaffGroups')} />
          <TextInput type="datetime-local" label="Supervisor notified you at" value={notifiedAt} onChange={(e) => setNotifiedAt(e.currentTarget.value)} error={error?.fieldMessage('supervisorNotifiedAt')} />
        </SimpleGrid>
        <ErrorAlert error={summaryOf(error)} title="Not recorded" />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Record incident
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
