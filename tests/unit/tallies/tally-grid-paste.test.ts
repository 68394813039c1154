import { describe, expect, it } from 'vitest';
import { parseBlock } from '../../../src/renderer/hooks/useSpreadsheetKeys';
import { draftOf, groupsOf, inputOf, pasteInto, unchanged } from '../../../src/renderer/screens/Statistics/tally-draft';

const columns = groupsOf(false).flatMap((g) => g.columns);

describe('the tally grid takes what a spreadsheet user types and pastes (§6)', () => {
  it('§6: a block copied from Excel lands from the cell in focus, right and down; cells beyond the grid are ignored', () => {
    const block = parseBlock('3\t1\r\n0\t2\r\n9\t9\r\n');
    expect(block).toEqual([
      ['3', '1'],
      ['0', '2'],
      ['9', '9'],
    ]);
    const pasted = pasteInto([draftOf(null), draftOf(null)], { row: 0, col: 1 }, block, columns);
    expect([...pasted.keys()]).toEqual([0, 1]);
    const first = columns[0];
    const second = columns[1];
    expect(first && second).toBeTruthy();
    expect(pasted.get(0)?.values).toMatchObject({ [`contacts.${first?.key}`]: '3', [`contacts.${second?.key}`]: '1' });
    expect(pasted.get(1)?.values).toMatchObject({ [`contacts.${first?.key}`]: '0', [`contacts.${second?.key}`]: '2' });
  });

  it('§6: pasted into the "No contacts" column, x / yes / 1 tick it and anything else clears it', () => {
    const pasted = pasteInto([draftOf(null), draftOf(null), draftOf(null)], { row: 0, col: 0 }, [['x'], ['Yes'], ['']], columns);
    expect([0, 1, 2].map((r) => pasted.get(r)?.noContacts)).toEqual([true, true, false]);
  });

  it('§6: zeros typed in every figure entered mean no contacts, as the checkbox does; an empty row does not', () => {
    const zeros = { noContacts: false, values: { 'contacts.oneOnOne': '0', hoursOnDuty: '0' } };
    expect(inputOf(1, '2026-10', zeros).noContacts).toBe(true);
    expect(inputOf(1, '2026-10', { noContacts: false, values: { 'contacts.oneOnOne': '0', hoursOnDuty: '2' } }).noContacts).toBe(false);
    expect(inputOf(1, '2026-10', draftOf(null)).noContacts).toBe(false);
  });

  it('§6: with no tally yet, a typed 0 is an answer, an empty row is not; against a saved tally, the same figures are no change', () => {
    const zero = { noContacts: false, values: { ...draftOf(null).values, 'contacts.oneOnOne': '0' } };
    expect(unchanged(null, zero)).toBe(false);
    expect(unchanged(null, draftOf(null))).toBe(true);
    const saved = { memberId: 1, month: '2026-10', noContacts: false, contacts: { oneOnOne: 2 }, hoursOnDuty: 1, hoursOffDuty: 0, referrals: {}, concerns: {}, submittedOn: '2026-11-02', corrections: 0 } as unknown as Parameters<typeof unchanged>[0];
    expect(unchanged(saved, draftOf(saved))).toBe(true);
    expect(unchanged(saved, { ...draftOf(saved), values: { ...draftOf(saved).values, 'contacts.oneOnOne': '3' } })).toBe(false);
  });

  it('§6: with "No contacts" ticked, figures typed before and greyed out are not sent', () => {
    const input = inputOf(1, '2026-10', { noContacts: true, values: { 'contacts.oneOnOne': '4', hoursOnDuty: '2' } });
    expect(input).toMatchObject({ noContacts: true, hoursOnDuty: 0, contacts: expect.objectContaining({ oneOnOne: 0 }) });
  });
});
