import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Member } from '../../../shared/members';
import { SpacerRow } from '../../components/SpacerRow';
import { StatusBadge } from '../../components/StatusBadge';
import { useVirtualRows } from '../../hooks/useVirtualRows';
import { formatDate } from '../../format';
import type { Sort, SortKey } from './filter-members';
import './RosterTable.css';

const columns: { key: SortKey | null; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'status', label: 'Status' },
  { key: 'staffGroup', label: 'Staff group' },
  { key: 'jobTitle', label: 'Job title' },
  { key: null, label: 'Phones' },
  { key: 'commitmentEndsOn', label: 'Commitment ends' },
];

/** Every row has the same height, so only the rows in view (and a margin) are in the page. */
const ROW_HEIGHT = 52;

interface Props {
  members: Member[];
  sort: Sort;
  onSort(sort: Sort): void;
  onOpen(id: number): void;
}

/**
 * The roster as a table: click a header to sort; arrow keys move between rows, Enter
 * (or a click) opens the member, Home/End and Page Up/Down jump. Only the rows in view
 * are rendered, so a keystroke in the search box stays quick with hundreds of members.
 */
export function RosterTable({ members, sort, onSort, onOpen }: Props) {
  const { viewport, height, onScroll, first, last, scrollToRow } = useVirtualRows(members.length, ROW_HEIGHT);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, members.length - 1));

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    viewport.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`)?.focus();
  }, [activeIndex, viewport]);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(members.length - 1, index));
    scrollToRow(next);
    focusPending.current = true;
    setActive(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const pageRows = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: members.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && members[activeIndex]) {
      event.preventDefault();
      onOpen(members[activeIndex].id);
    }
  }

  return (
    <div ref={viewport} className="roster-viewport" onScroll={onScroll}>
      <table className="roster-table" aria-label="Team members" aria-rowcount={members.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column.label} scope="col" aria-sort={column.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                {column.key ? (
                  <button type="button" onClick={() => onSort({ key: column.key as SortKey, descending: column.key === sort.key ? !sort.descending : false })}>
                    {column.label}
                    {column.key === sort.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        {/* The rows are focusable (one tab stop, roving); their shared keyboard handler lives here. */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onKeyDown={onKeyDown}>
          <SpacerRow rows={first} rowHeight={ROW_HEIGHT} columns={columns.length} />
          {members.slice(first, last).map((member, offset) => (
            <RosterRow key={member.id} member={member} index={first + offset} active={first + offset === activeIndex} onOpen={onOpen} onFocusRow={setActive} />
          ))}
          <SpacerRow rows={members.length - last} rowHeight={ROW_HEIGHT} columns={columns.length} />
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  member: Member;
  index: number;
  active: boolean;
  onOpen(id: number): void;
  onFocusRow(index: number): void;
}

const RosterRow = memo(function RosterRow({ member, index, active, onOpen, onFocusRow }: RowProps) {
  return (
    <tr
      data-member={member.id}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      onClick={() => onOpen(member.id)}
      onFocus={() => onFocusRow(index)}
      aria-label={`${member.displayName}, ${member.standing.effective.replaceAll('-', ' ')}`}
    >
      <td>
        <span className="name">{member.displayName}</span>
        {member.preferredName && (
          <span className="secondary">
            {member.firstName} {member.lastName}
          </span>
        )}
      </td>
      <td>
        <StatusBadge status={member.standing.effective} />
      </td>
      <td>
        {member.staffGroup}
        <span className="secondary">{member.sworn ? 'Sworn' : 'Non-sworn'}</span>
      </td>
      <td title={member.jobTitle}>{member.jobTitle}</td>
      <td>
        {member.workPhone}
        {member.mobilePhone && <span className="secondary">Mobile {member.mobilePhone}</span>}
      </td>
      <td>{formatDate(member.standing.commitmentEndsOn)}</td>
    </tr>
  );
});
