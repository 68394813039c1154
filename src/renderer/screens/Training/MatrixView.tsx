import { Button, Checkbox, Group, Loader, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { effectiveStatusLabels, type EffectiveStatus } from '../../../shared/members';
import type { TrainingMatrix } from '../../../shared/training';
import { call } from '../../api/call';
import { useChannel } from '../../api/queries';
import { saveFile } from '../../api/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SpacerRow } from '../../components/SpacerRow';
import { StatusBadge } from '../../components/StatusBadge';
import { spreadsheetKeys } from '../../hooks/useSpreadsheetKeys';
import { useVirtualRows } from '../../hooks/useVirtualRows';
import '../Roster/RosterTable.css';
import { CompletionHistoryImport } from './CompletionHistoryImport';
import { RecordCompletionModal, type CompletionTarget } from './RecordCompletionModal';
import { cellWords, CourseCellView, QuarterlyStrip } from './TrainingCells';

const exportMatrix = (format: 'pdf' | 'xlsx') => saveFile('Training matrix', () => call('training.exportMatrix', { format }));

/** §8 at a glance: every member against every course, and their last eight quarterly sessions. */
export function MatrixView() {
  const { data: matrix, error } = useChannel('training.matrix', {});
  const [statuses, setStatuses] = useState<string[]>(['active', 'training-pending', 'inactive-training', 'temporarily-inactive']);
  const [staffGroup, setStaffGroup] = useState<string | null>(null);
  const [gapsOnly, setGapsOnly] = useState(false);
  const [target, setTarget] = useState<CompletionTarget | null>(null);
  const [importing, setImporting] = useState(false);

  const rows = useMemo(
    () =>
      (matrix?.rows ?? []).filter(
        (r) =>
          (statuses.length === 0 || statuses.includes(r.effective)) &&
          (!staffGroup || r.staffGroup === staffGroup) &&
          (!gapsOnly || r.flags.length > 0),
      ),
    [matrix, statuses, staffGroup, gapsOnly],
  );

  if (error) return <ErrorAlert error={error.message} title="Could not load the training matrix" />;
  if (!matrix) return <Loader aria-label="Loading the training matrix" />;
  const staffGroups = [...new Set(matrix.rows.map((r) => r.staffGroup))].sort();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <MultiSelect
            label="Status"
            data={(Object.keys(effectiveStatusLabels) as EffectiveStatus[]).map((value) => ({ value, label: effectiveStatusLabels[value] }))}
            value={statuses}
            onChange={setStatuses}
            clearable
            w={320}
            placeholder="Any"
          />
          <Select label="Staff group" data={staffGroups} value={staffGroup} onChange={setStaffGroup} clearable w={200} placeholder="Any" />
          <Checkbox label="Only gaps and warnings" description="Required courses missing or expired, refreshers due, quarterly misses" checked={gapsOnly} onChange={(e) => setGapsOnly(e.currentTarget.checked)} mb={8} />
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => void exportMatrix('pdf')}>
            Export PDF…
          </Button>
          <Button variant="default" onClick={() => void exportMatrix('xlsx')}>
            Export Excel…
          </Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            Import history…
          </Button>
        </Group>
      </Group>
      <CompletionHistoryImport opened={importing} onClose={() => setImporting(false)} />
      <Text size="sm" component="output">
        {rows.length} of {matrix.rows.length} members · click a course to record a completion
      </Text>
      {matrix.rows.length === 0 ? (
        <Text>No team members yet: add them on the Roster screen.</Text>
      ) : (
        <MatrixTable matrix={matrix} rows={rows} onRecord={setTarget} />
      )}
      <Text size="xs">* required before providing peer assistance (§8). Quarterly: P present, M make-up, E excused, A absent, ? not recorded, · not expected (§4.I).</Text>
      <RecordCompletionModal
        key={target ? `${target.memberId}-${target.course.id}` : 'none'}
        target={target}
        today={matrix.today}
        onClose={() => setTarget(null)}
      />
    </Stack>
  );
}

const MATRIX_ROW_HEIGHT = 52;

/** The grid itself, windowed like the roster: only the rows in view are rendered. Arrow keys move between courses and members. */
function MatrixTable({ matrix, rows, onRecord }: { matrix: TrainingMatrix; rows: TrainingMatrix['rows']; onRecord(target: CompletionTarget): void }) {
  const { viewport, onScroll, first, last } = useVirtualRows(rows.length, MATRIX_ROW_HEIGHT);
  const courses = matrix.courses;
  const columnCount = courses.length + 3;
  return (
    <div ref={viewport} className="roster-viewport" onScroll={onScroll} data-scrolls-sideways>
      <table className="roster-table" aria-label="Training matrix" aria-rowcount={rows.length + 1} {...spreadsheetKeys()}>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Status</th>
            {courses.map((c) => (
              <th key={c.id} scope="col" title={c.name}>
                {c.code}
                {c.kind === 'required-before-service' ? ' *' : ''}
              </th>
            ))}
            <th scope="col">Last 8 quarterly</th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow rows={first} rowHeight={MATRIX_ROW_HEIGHT} columns={columnCount} />
          {rows.slice(first, last).map((row, offset) => (
            <MatrixRowView key={row.memberId} row={row} index={first + offset} matrix={matrix} onRecord={onRecord} />
          ))}
          <SpacerRow rows={rows.length - last} rowHeight={MATRIX_ROW_HEIGHT} columns={columnCount} />
        </tbody>
      </table>
    </div>
  );
}

const MatrixRowView = memo(function MatrixRowView({ row, index, matrix, onRecord }: { row: TrainingMatrix['rows'][number]; index: number; matrix: TrainingMatrix; onRecord(target: CompletionTarget): void }) {
  return (
    <tr aria-rowindex={index + 2} style={{ cursor: 'default' }}>
      <td>
        <span className="name">{row.displayName}</span>
        <span className="secondary">{row.staffGroup}</span>
      </td>
      <td>
        <StatusBadge status={row.effective as EffectiveStatus} />
        {row.flags[0] && <span className="secondary">{row.flags.map((f) => `${f.section} ${f.ruleId.replaceAll('-', ' ')}`).join('; ')}</span>}
      </td>
      {matrix.courses.map((course, column) => {
        const cell = row.cells[column];
        return (
          <td key={course.id}>
            {cell && (
              <button
                type="button"
                className="matrix-cell"
                data-row={index}
                data-col={column}
                onClick={() => onRecord({ memberId: row.memberId, memberName: row.displayName, course })}
                aria-label={`${row.displayName}, ${course.name}: ${cellWords(cell)}. Record a completion`}
              >
                <CourseCellView cell={cell} />
              </button>
            )}
          </td>
        );
      })}
      <td>
        <QuarterlyStrip marks={matrix.quarterlySessions.map((session, i) => ({ ...session, mark: row.quarterly[i] ?? 'not-recorded' }))} />
      </td>
    </tr>
  );
});
