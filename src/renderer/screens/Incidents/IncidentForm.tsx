import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type * as z from 'zod';
import { incidentCategories, incidentCategoryLabels, incidentInputSchema } from '../../../shared/incidents';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { summaryOf, useAction } from '../../hooks/useAction';
import { resetKept, showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';

type IncidentFields = Omit<z.input<typeof incidentInputSchema>, 'category'> & { category: z.input<typeof incidentInputSchema>['category'] | null };
const blank: IncidentFields = { occurredAt: '', category: null, affectedStaffGroups: [], supervisorNotifiedAt: null };

/** §7: a new critical incident — when, what kind, which units; never who. Checked as the backend checks it, before sending. */
export function IncidentForm({ staffGroups }: { staffGroups: string[] }) {
  const form = useSchemaForm(incidentInputSchema, blank, 'incident:new');
  const { busy, error, run } = useAction(
    async (values: IncidentFields) => {
      await call('incidents.record', incidentInputSchema.parse(values));
      notifications.show({ message: 'Incident recorded', color: 'pine' });
      resetKept(form, 'incident:new', blank);
    },
    { onError: (e) => showFieldErrors(form, e) },
  );
  const moment = (key: 'occurredAt' | 'supervisorNotifiedAt') => ({
    ...form.getInputProps(key),
    value: form.values[key] ?? '',
    onChange: (e: { currentTarget: { value: string } }) => form.setFieldValue(key, e.currentTarget.value || (key === 'occurredAt' ? '' : null)),
  });

  return (
    <form onSubmit={form.onSubmit((values) => void run(values))} aria-label="Record an incident" noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput type="datetime-local" label="When it happened" {...moment('occurredAt')} required />
          <Select label="Category" data={incidentCategories.map((value) => ({ value, label: incidentCategoryLabels[value] }))} {...form.getInputProps('category')} required />
          <MultiSelect label="Staff groups affected" description="Units only, never people" searchable data={staffGroups} {...form.getInputProps('affectedStaffGroups')} />
          <TextInput type="datetime-local" label="Supervisor notified you at" {...moment('supervisorNotifiedAt')} />
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
