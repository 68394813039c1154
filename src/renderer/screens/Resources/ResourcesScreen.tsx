import { Badge, Button, Group, Loader, Modal, Select, SimpleGrid, Stack, Switch, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { resourceInputSchema, resourceKindLabels, resourceKinds, type ListedResource, type ResourceKind } from '../../../shared/resources';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { freeText } from '../../components/free-text';
import { formatDate } from '../../format';
import { summaryOf, useAction } from '../../hooks/useAction';
import { showFieldErrors, useSchemaForm } from '../../hooks/useSchemaForm';
import { useToday } from '../../hooks/useToday';

interface Draft extends Record<string, unknown> {
  id?: number;
  kind: ResourceKind | null;
  name: string;
  phones: string[];
  hours: string;
  languages: string[];
  afterHours: boolean;
  lastVerifiedOn: string;
  note: string;
}

const draftOf = ({ id, kind, name, phones, hours, languages, afterHours, lastVerifiedOn, note }: ListedResource): Draft => ({ id, kind, name, phones, hours, languages, afterHours, lastVerifiedOn, note });

/** §3.A, §4.D, §4.M: the outside resources members refer staff to, published with the team and on the wallet card. */
export function ResourcesScreen() {
  const today = useToday();
  const { data, error } = useChannel('resources.list', {});
  const [editing, setEditing] = useState<Draft | null>(null);
  const [removing, setRemoving] = useState<ListedResource | null>(null);
  const verify = useAction(async (resource: ListedResource) => {
    await call('resources.save', { ...draftOf(resource), kind: resource.kind, lastVerifiedOn: today });
    notifications.show({ message: `${resource.name} marked verified today`, color: 'pine' });
  });
  const remove = useAction(async (resource: ListedResource) => {
    await call('resources.remove', { id: resource.id });
    notifications.show({ message: `${resource.name} removed`, color: 'pine' });
    setRemoving(null);
  });

  if (error) return <ErrorAlert error={error.message} title="Could not load the resources" />;
  if (!data) return <Loader aria-label="Loading the resources" />;
  const stale = data.resources.filter((r) => r.stale).length;
  const blank: Draft = { kind: null, name: '', phones: [], hours: '', languages: [], afterHours: false, lastVerifiedOn: today, note: '' };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">
          Organisations and professionals only. They are published with the team to the intranet and printed on the wallet card. An entry not verified in {data.verifyMonths} months is flagged (§3.A).
        </Text>
        <Group>
          <Button variant="default" onClick={() => void saveFile('The wallet cards', () => call('resources.walletCard', {}))}>
            Save wallet card…
          </Button>
          <Button onClick={() => setEditing(blank)}>Add resource</Button>
        </Group>
      </Group>
      {stale > 0 && (
        <Text size="sm" c="red.9" fw={500}>
          {stale} resource{stale === 1 ? '' : 's'} not verified in {data.verifyMonths} months: call and mark each verified.
        </Text>
      )}
      <ErrorAlert error={summaryOf(verify.error)} title="Not marked verified" />
      {data.resources.length === 0 ? (
        <Text size="sm" c="dimmed">
          No outside resources yet. Add the EAP, a crisis line and the clinicians your members refer to (§4.D, §4.M).
        </Text>
      ) : (
        <Table aria-label="Outside resources" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Phones</Table.Th>
              <Table.Th>Hours</Table.Th>
              <Table.Th>After hours</Table.Th>
              <Table.Th>Last verified</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.resources.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{resourceKindLabels[r.kind]}</Table.Td>
                <Table.Td>
                  {r.name}
                  {r.languages.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {r.languages.join(', ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.phones.map((phone) => (
                    <div key={phone}>{phone}</div>
                  ))}
                </Table.Td>
                <Table.Td>{r.hours}</Table.Td>
                <Table.Td>{r.afterHours ? 'Yes' : 'No'}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {formatDate(r.lastVerifiedOn)}
                    {r.stale && (
                      <Badge color="red" c="red.9" variant="light" styles={{ label: { textTransform: 'none' } }}>
                        Stale
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="xs" variant="light" onClick={() => void verify.run(r)} loading={verify.busy} disabled={r.lastVerifiedOn === today} aria-label={`Mark verified today: ${r.name}`}>
                      Mark verified today
                    </Button>
                    <Button size="xs" variant="light" onClick={() => setEditing(draftOf(r))} aria-label={`Edit ${r.name}`}>
                      Edit
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(r)} aria-label={`Remove…: ${r.name}`}>
                      Remove…
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.id ? `Edit ${editing.name}` : 'Add an outside resource'} size="lg">
        {editing && <ResourceForm key={editing.id ?? 'new'} initial={editing} onDone={() => setEditing(null)} />}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        title="Remove this resource?"
        confirmLabel="Remove"
        busy={remove.busy}
        error={summaryOf(remove.error)}
        onConfirm={() => removing && void remove.run(removing)}
        onCancel={() => setRemoving(null)}
      >
        {removing?.name} leaves the directory, and the intranet list and wallet card the next time they are published or printed. The audit log keeps that it was removed.
      </ConfirmModal>
    </Stack>
  );
}

function ResourceForm({ initial, onDone }: { initial: Draft; onDone(): void }) {
  const form = useSchemaForm(resourceInputSchema, initial);
  const { busy, error, run } = useAction(
    async (values: Draft) => {
      const saved = await call('resources.save', resourceInputSchema.parse(values));
      notifications.show({ message: `${saved.name} saved`, color: 'pine' });
      onDone();
    },
    { onError: (e) => showFieldErrors(form, e) },
  );

  return (
    <form onSubmit={form.onSubmit((values) => void run(values))} aria-label="Outside resource" noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label="Kind"
            data={resourceKinds.map((value) => ({ value, label: resourceKindLabels[value] }))}
            {...form.getInputProps('kind')}
            allowDeselect={false}
            required
            data-autofocus
          />
          <TextInput label="Name" {...form.getInputProps('name')} required {...freeText('resource.name', 'An organisation or a professional.')} />
        </SimpleGrid>
        <TagsInput label="Phones" {...form.getInputProps('phones')} required {...freeText('resource.phones', 'Press Enter after each.')} />
        <SimpleGrid cols={2}>
          <TextInput label="Hours" {...form.getInputProps('hours')} {...freeText('resource.hours', 'E.g. "Mon–Fri 8–5" or "24/7".')} />
          <TagsInput label="Languages" {...form.getInputProps('languages')} {...freeText('resource.languages', 'Press Enter after each.')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Switch label="Answers after hours" {...form.getInputProps('afterHours', { type: 'checkbox' })} />
          <TextInput type="date" label="Last verified on" {...form.getInputProps('lastVerifiedOn')} required />
        </SimpleGrid>
        <TextInput label="Coordinator's note (not published)" {...form.getInputProps('note')} {...freeText('resource.note', 'About the resource only.')} />
        <ErrorAlert error={summaryOf(error)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Save resource
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
