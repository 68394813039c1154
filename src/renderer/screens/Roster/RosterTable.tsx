import { Table, Text, UnstyledButton } from '@mantine/core';
import { memo, useRef, type KeyboardEvent } from 'react';
import type { Member } from '../../../shared/members';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import type { Sort, SortKey } from './filter-members';

const columns: { key: SortKey | null; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'status', label: 'Status' },
  { key: 'staffGroup', label: 'Staff group' },
  { key: 'jobTitle', label: 'Job title' },
  { key: null, label: 'Phones' },
  { key: 'commitmentEndsOn', label: 'Commitment ends' },
];

interface Props {
  members: Member[];
  sort: Sort;
  onSort(sort: Sort): void;
  onOpen(id: number): void;
}

/**
 * The roster as a table: click a header to sort; arrow keys move between rows, Enter
 * (or a click) opens the member, Home/End jump to the first or last row.
 */
export function RosterTable({ members, sort, onSort, onOpen }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rows = [...(body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-member]') ?? [])];
    const index = rows.indexOf(document.activeElement as HTMLTableRowElement);
    const move = (to: number) => {
      event.preventDefault();
      rows[Math.max(0, Math.min(rows.length - 1, to))]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'Enter' && index >= 0) {
      event.preventDefault();
      onOpen(Number(rows[index]?.dataset.member));
    }
  }

  return (
    <Table highlightOnHover stickyHeader aria-label="Team members" aria-rowcount={members.length + 1}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th
              key={column.label}
              aria-sort={column.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              {column.key ? (
                <UnstyledButton
                  fw={700}
                  fz="sm"
                  onClick={() => onSort({ key: column.key as SortKey, descending: column.key === sort.key ? !sort.descending : false })}
                >
                  {column.label}
                  {column.key === sort.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </UnstyledButton>
              ) : (
                column.label
              )}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body} onKeyDown={onKeyDown}>
        {members.map((member, index) => (
          <RosterRow key={member.id} member={member} first={index === 0} onOpen={onOpen} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

const RosterRow = memo(function RosterRow({ member, first, onOpen }: { member: Member; first: boolean; onOpen(id: number): void }) {
  return (
    <Table.Tr
      data-member={member.id}
      tabIndex={first ? 0 : -1}
      onClick={() => onOpen(member.id)}
      style={{ cursor: 'pointer' }}
      aria-label={`${member.displayName}, ${member.standing.effective.replaceAll('-', ' ')}`}
    >
      <Table.Td>
        <Text fw={600} size="sm">
          {member.displayName}
        </Text>
        {member.preferredName && (
          <Text size="xs" c="dimmed">
            {member.firstName} {member.lastName}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge status={member.standing.effective} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.staffGroup}</Text>
        <Text size="xs" c="dimmed">
          {member.sworn ? 'Sworn' : 'Non-sworn'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.jobTitle}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.workPhone}</Text>
        {member.mobilePhone && (
          <Text size="xs" c="dimmed">
            Mobile {member.mobilePhone}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(member.standing.commitmentEndsOn)}</Text>
      </Table.Td>
    </Table.Tr>
  );
});
