import { type KeyboardEvent } from 'react';
import { concernLabels, contactTypeLabels, referralLabels, tallyStatusLabels, type TallyRow } from '../../../shared/tallies';
import '../Roster/RosterTable.css';
import { concernColumns, fieldKey, gridColumns, type TallyDraft } from './tally-draft';
import './TallyGrid.css';

const headers: Record<string, string> = { ...contactTypeLabels, ...referralLabels, hoursOnDuty: 'Hours on duty', hoursOffDuty: 'Hours off duty', ...concernLabels };

interface Props {
  rows: TallyRow[];
  drafts: Map<number, TallyDraft>;
  dirty: Set<number>;
  errors: Map<number, string>;
  showConcerns: boolean;
  onChange(memberId: number, draft: TallyDraft): void;
}

/** Enter moves to the same column of the next member, Shift+Enter to the previous one. */
function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const { row, column } = event.currentTarget.dataset;
  const next = document.querySelector<HTMLInputElement>(`.tally-grid input[data-row="${Number(row) + (event.shiftKey ? -1 : 1)}"][data-column="${column}"]`);
  next?.focus();
  next?.select();
}

/**
 * Every member's tally for the month in one grid. Tab moves right as in a spreadsheet;
 * Enter moves down to the same column of the next member (Shift+Enter up).
 */
export function TallyGrid({ rows, drafts, dirty, errors, showConcerns, onChange }: Props) {
  const columns = showConcerns ? [...gridColumns, ...concernColumns] : gridColumns;

  return (
    <div className="roster-viewport">
      <table className="roster-table tally-grid" aria-label="Monthly tallies">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Status</th>
            <th scope="col">No contacts</th>
            {columns.map((c) => (
              <th key={fieldKey(c.group, c.key)} scope="col">
                {headers[c.key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const draft = drafts.get(row.memberId);
            if (!draft) return null;
            const set = (key: string, value: string) => onChange(row.memberId, { ...draft, values: { ...draft.values, [key]: value } });
            return (
              <tr key={row.memberId} data-dirty={dirty.has(row.memberId)} style={{ cursor: 'default' }}>
                <td>
                  <span className="name">{row.displayName}</span>
                  {errors.get(row.memberId) && (
                    <span className="row-error" role="alert">
                      {errors.get(row.memberId)}
                    </span>
                  )}
                </td>
                <td>
                  <span className="tally-status" data-status={row.status}>
                    {tallyStatusLabels[row.status]}
                    {row.tally?.corrections ? ` · corrected ${row.tally.corrections}×` : ''}
                  </span>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${row.displayName}: no contacts this month`}
                    checked={draft.noContacts}
                    onChange={(e) => onChange(row.memberId, { ...draft, noContacts: e.currentTarget.checked })}
                  />
                </td>
                {columns.map((c, columnIndex) => {
                  const key = fieldKey(c.group, c.key);
                  return (
                    <td key={key}>
                      <input
                        type="number"
                        min={0}
                        step={c.group === 'hours' ? 0.25 : 1}
                        inputMode="decimal"
                        aria-label={`${row.displayName}: ${headers[c.key]}`}
                        value={draft.values[key] ?? ''}
                        data-row={rowIndex}
                        data-column={columnIndex}
                        onChange={(e) => set(key, e.currentTarget.value)}
                        onKeyDown={onKeyDown}
                        disabled={draft.noContacts}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
