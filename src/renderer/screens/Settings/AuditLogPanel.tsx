import { Group, Loader, Pagination, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AuditPage } from '../../../shared/audit';
import { call, errorMessage } from '../../api/call';
import { useActorName } from '../../components/ActorName';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';

const PAGE_SIZE = 25;

/** Every change PeerDesk made, newest first: when, who, what kind — never the content. */
export function AuditLogPanel() {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actorName = useActorName();

  useEffect(() => {
    call('audit.list', { page, pageSize: PAGE_SIZE }).then(setData, (e) => setError(errorMessage(e)));
  }, [page]);

  if (error) return <ErrorAlert error={error} title="Could not load the audit log" />;
  if (!data) return <Loader aria-label="Loading the audit log" />;
  if (data.total === 0) return <Text>No changes recorded yet.</Text>;

  return (
    <>
      <Table striped highlightOnHover aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Record</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{formatDateTime(entry.at)}</Table.Td>
              <Table.Td>{actorName(entry.actor)}</Table.Td>
              <Table.Td>{entry.action}</Table.Td>
              <Table.Td>
                {entry.entity}
                {entry.entityId ? ` · ${entry.entityId}` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="md">
        <Text size="sm">{data.total} entries</Text>
        <Pagination
          total={Math.ceil(data.total / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          aria-label="Audit log pages"
          getControlProps={(control) => ({ 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page` })}
        />
      </Group>
    </>
  );
}
