import { concernLabels, contactTypeLabels, referralLabels, tallyStatusLabels, type TallyRow } from '../../../shared/tallies';
import { spreadsheetKeys, type CellAddress } from '../../hooks/useSpreadsheetKeys';
import { fieldKey, groupsOf, type TallyDraft } from './tally-draft';
import './TallyGrid.css';

const headers: Record<string, string> = { ...contactTypeLabels, ...referralLabels, hoursOnDuty: 'On duty', hoursOffDuty: 'Off duty', ...concernLabels };
const groupLabels = { contacts: 'Contacts', hours: 'Hours', referrals: 'Referrals', concerns: 'Concerns (optional)' };

interface Props {
  rows: TallyRow[];
  draftOf(row: TallyRow): TallyDraft;
  changed(memberId: number): boolean;
  errors: Map<number, string>;
  showConcerns: boolean;
  onChange(memberId: number, draft: TallyDraft): void;
  onPasteBlock(at: CellAddress, block: string[][]): void;
}

/**
 * Every member's tally for the month in one grid, kept like a spreadsheet: the member column
 * and the headers stay put while it scrolls; ↑/↓/Enter move between members, ←/→ and Tab
 * between cells; typing replaces a cell; a block pasted from Excel fills from the cell in focus.
 * Column 0 is "No contacts", the figures follow.
 */
export function TallyGrid({ rows, draftOf, changed, errors, showConcerns, onChange, onPasteBlock }: Props) {
  const groups = groupsOf(showConcerns);
  const columns = groups.flatMap((g) => g.columns);

  return (
    <section className="tally-viewport" aria-label="Monthly tallies, scrollable" data-scrolls-sideways>
      <table className="tally-grid" aria-label="Monthly tallies" {...spreadsheetKeys(onPasteBlock)}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="member-column">
              Member
            </th>
            <th scope="col" rowSpan={2}>
              Status
            </th>
            <th scope="col" rowSpan={2}>
              No contacts
            </th>
            {groups.map((g) => (
              <th key={g.group} scope="colgroup" colSpan={g.columns.length} className="group-header">
                {groupLabels[g.group]}
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((c) => (
              <th key={fieldKey(c.group, c.key)} scope="col" className="second-row">
                {headers[c.key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const draft = draftOf(row);
            const error = errors.get(row.memberId);
            return (
              <tr key={row.memberId} data-dirty={changed(row.memberId)} data-error={error !== undefined}>
                <th scope="row" className="member-column">
                  <span className="name">{row.displayName}</span>
                  {error && (
                    <span className="row-error" role="alert">
                      {error}
                    </span>
                  )}
                </th>
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
                    data-row={rowIndex}
                    data-col={0}
                    onChange={(e) => onChange(row.memberId, { ...draft, noContacts: e.currentTarget.checked })}
                  />
                </td>
                {columns.map((c, columnIndex) => {
                  const key = fieldKey(c.group, c.key);
                  return (
                    <td key={key}>
                      <input
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={`${row.displayName}: ${groupLabels[c.group]}, ${headers[c.key]}`}
                        value={draft.values[key] ?? ''}
                        data-row={rowIndex}
                        data-col={columnIndex + 1}
                        onChange={(e) => onChange(row.memberId, { ...draft, values: { ...draft.values, [key]: e.currentTarget.value } })}
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
    </section>
  );
}
