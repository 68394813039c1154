import { Alert, Badge, Button, Group, List, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useState } from 'react';
import { call, errorMessage } from '../../api/call';
import { useChannel } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';

/** §7: shows who will be on the intranet list, what changed since last time, then publishes. */
export const PublishModal = memo(function PublishModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  // Read afresh each time the dialog opens; Publish waits until the preview is current.
  const previewQuery = useChannel('roster.publishPreview', {}, { enabled: opened });
  const history = useChannel('roster.publications', {}, { enabled: opened }).data ?? [];
  const preview = opened ? previewQuery.data : undefined;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setError(null);
    onClose();
  }

  async function publish() {
    setBusy(true);
    setError(null);
    try {
      const done = await call('roster.publish', {});
      notifications.show({ message: `Published ${done.memberCount} members to the intranet folder`, color: 'pine' });
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title="Publish the team list to the intranet" size="lg">
      {!preview && !previewQuery.error && <Loader aria-label="Preparing the preview" />}
      {preview && (
        <Stack gap="md">
          <Text size="sm">
            Only names, staff group, job title, work and mobile phones and languages of members who may serve now and consented to be listed are
            published (§7), with the outside resources (kind, name, phones, hours, after hours, languages). Files: index.html,
            peer-support-team.csv, outside-resources.csv, peer-support-team.pdf.
          </Text>
          <Text size="sm">
            Folder: <strong>{preview.folder || 'not chosen yet — set it in Settings → Program'}</strong>
          </Text>
          <Group gap="xs">
            <Badge variant="light" styles={{ label: { textTransform: 'none' } }}>
              {preview.members.length} members
            </Badge>
            <Badge variant="light" color="pine" styles={{ label: { textTransform: 'none' } }}>
              {preview.added.length} added
            </Badge>
            <Badge variant="light" color="grape" styles={{ label: { textTransform: 'none' } }}>
              {preview.removed.length} removed
            </Badge>
            <Badge variant="light" color="gray" styles={{ label: { textTransform: 'none' } }}>
              {preview.resources.length} outside resource{preview.resources.length === 1 ? '' : 's'}
              {preview.changedSinceLastPublish && preview.resourcesChanged ? ' (changed)' : ''}
            </Badge>
            {!preview.changedSinceLastPublish && <Text size="sm">Nothing changed since the last publication.</Text>}
          </Group>
          {(preview.added.length > 0 || preview.removed.length > 0) && (
            <Group align="flex-start" grow>
              <NameList title="Added" names={preview.added} />
              <NameList title="Removed" names={preview.removed} />
            </Group>
          )}
          <ScrollArea.Autosize mah={220} viewportProps={{ tabIndex: 0, 'aria-label': 'Members to publish, scrollable' }}>
            <Table aria-label="Members to publish" verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Staff group</Table.Th>
                  <Table.Th>Work phone</Table.Th>
                  <Table.Th>Mobile phone</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.members.map((m) => (
                  <Table.Tr key={`${m.name}-${m.workPhone}`}>
                    <Table.Td>{m.name}</Table.Td>
                    <Table.Td>{m.staffGroup}</Table.Td>
                    <Table.Td>{m.workPhone}</Table.Td>
                    <Table.Td>{m.mobilePhone}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {history.length > 0 && (
            <Alert variant="light" color="gray" title="Publication history">
              {history.slice(0, 5).map((h) => (
                <Text size="xs" key={h.id}>
                  {formatDateTime(h.publishedAt)} — {h.memberCount} members — {h.folder} — sha256 {h.files.map((f) => `${f.name} ${f.sha256.slice(0, 12)}…`).join(', ')}
                </Text>
              ))}
            </Alert>
          )}
          <ErrorAlert error={error} title="Not published" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => void publish()} loading={busy} disabled={!preview.folder || previewQuery.isFetching}>
              Publish {preview.members.length} members
            </Button>
          </Group>
        </Stack>
      )}
      {!preview && previewQuery.error && <ErrorAlert error={previewQuery.error.message} title="Could not prepare the preview" />}
    </Modal>
  );
});

function NameList({ title, names }: { title: string; names: string[] }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" aria-label={title}>
        {names.map((name) => (
          <List.Item key={name}>{name}</List.Item>
        ))}
      </List>
    </div>
  );
}
