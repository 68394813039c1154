import { Group, Loader, Pagination, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { auditActionLabel, auditAreaLabels, auditAreas, auditRecordText, type AuditArea } from '../../../shared/audit';
import { useChannel } from '../../api/queries';
import { useActorName } from '../../components/ActorName';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';

const PAGE_SIZE = 25;

/** Every change PeerDesk made, newest first: when, who, what kind — never the content. One area at a time if asked. */
export function AuditLogPanel() {
  const [page, setPage] = useState(1);
  const [area, setArea] = useState<AuditArea | null>(null);
  const { data, error } = useChannel('audit.list', { page, pageSize: PAGE_SIZE, area }, { keepPrevious: true });
  const actorName = useActorName();

  if (error) return <ErrorAlert error={error.message} title="Could not load the audit log" />;
  if (!data) return <Loader aria-label="Loading the audit log" />;
  const filter = (
    <Select
      label="Area"
      placeholder="All areas"
      data={auditAreas.map((value) => ({ value, label: auditAreaLabels[value] }))}
      value={area}
      onChange={(v) => {
        setArea(v as AuditArea | null);
        setPage(1);
      }}
      clearable
      maw={260}
      mb="sm"
    />
  );
  if (data.total === 0)
    return (
      <>
        {filter}
        <Text>{area ? `No changes recorded in ${auditAreaLabels[area]}.` : 'No changes recorded yet.'}</Text>
      </>
    );

  return (
    <>
      {filter}
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
              <Table.Td>{auditActionLabel(entry.action)}</Table.Td>
              <Table.Td>{auditRecordText(entry.entity, entry.entityId)}</Table.Td>
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
