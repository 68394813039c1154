import { concernCategories, contactTypes, referralDestinations, type Tally, type TallyInput } from '../../../shared/tallies';

/** What the grid edits for one member: every number as typed (text), plus "No contacts". */
export interface TallyDraft {
  noContacts: boolean;
  values: Record<string, string>;
}

export const fieldKey = (group: string, key: string) => (group === 'hours' ? key : `${group}.${key}`);

const gridColumns = [
  ...contactTypes.map((key) => ({ group: 'contacts' as const, key })),
  { group: 'hours' as const, key: 'hoursOnDuty' },
  { group: 'hours' as const, key: 'hoursOffDuty' },
  ...referralDestinations.map((key) => ({ group: 'referrals' as const, key })),
];
const concernColumns = concernCategories.map((key) => ({ group: 'concerns' as const, key }));
type Column = (typeof gridColumns)[number] | (typeof concernColumns)[number];

/** The grid's column groups, in order: contacts, hours, referrals, and concerns when shown. */
export function groupsOf(showConcerns: boolean): { group: Column['group']; columns: Column[] }[] {
  const columns: Column[] = showConcerns ? [...gridColumns, ...concernColumns] : gridColumns;
  const groups: { group: Column['group']; columns: Column[] }[] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last?.group === column.group) last.columns.push(column);
    else groups.push({ group: column.group, columns: [column] });
  }
  return groups;
}

/** A cell as a number: empty is zero; anything else as typed, for the backend to judge. */
const number = (text: string | undefined) => (text && text.trim() !== '' ? Number(text) : 0);

/** Whether two drafts hold the same figures (a cell typed and put back is no change). */
const sameDraft = (a: TallyDraft, b: TallyDraft) => a.noContacts === b.noContacts && Object.keys({ ...a.values, ...b.values }).every((k) => Object.is(number(a.values[k]), number(b.values[k])));

/**
 * Whether a draft says nothing new about a member's month: the figures saved, or — with no
 * tally yet — nothing typed at all (a typed 0 is an answer: "no contacts").
 */
export function unchanged(saved: Tally | null, draft: TallyDraft): boolean {
  if (saved === null) return !draft.noContacts && Object.values(draft.values).every((v) => v.trim() === '');
  return sameDraft(draft, draftOf(saved));
}

const ticked = /^(x|y|yes|true|1|✓|✔)$/i;

/**
 * A block pasted from a spreadsheet onto the grid, from cell (row, col) right and down: column 0
 * is "No contacts" ("x", "yes", "1" tick it), the rest are the figures in the grid's order.
 * Cells beyond the grid are ignored.
 */
export function pasteInto(drafts: TallyDraft[], at: { row: number; col: number }, block: string[][], columns: Column[]): Map<number, TallyDraft> {
  const changed = new Map<number, TallyDraft>();
  block.forEach((cells, r) => {
    const row = at.row + r;
    const draft = drafts[row];
    if (!draft) return;
    const next: TallyDraft = { noContacts: draft.noContacts, values: { ...draft.values } };
    cells.forEach((cell, c) => {
      const col = at.col + c;
      const column = columns[col - 1];
      if (col === 0) next.noContacts = ticked.test(cell.trim());
      else if (column) next.values[fieldKey(column.group, column.key)] = cell.trim();
    });
    changed.set(row, next);
  });
  return changed;
}


export function draftOf(tally: Tally | null): TallyDraft {
  const values: Record<string, string> = {};
  for (const { group, key } of [...gridColumns, ...concernColumns]) {
    const value = !tally ? 0 : group === 'hours' ? tally[key as 'hoursOnDuty'] : (tally[group] as Record<string, number>)[key];
    values[fieldKey(group, key)] = tally && value ? String(value) : '';
  }
  return { noContacts: tally?.noContacts ?? false, values };
}


export function inputOf(memberId: number, month: string, draft: TallyDraft): TallyInput {
  // Zeros typed in every figure entered say "no contacts" as plainly as the checkbox does.
  const typed = Object.values(draft.values).filter((v) => v.trim() !== '');
  const zeroes = typed.length > 0 && typed.every((v) => Number(v) === 0);
  // "No contacts" ticked: the figures greyed out beside it are not sent.
  const figure = (key: string) => (draft.noContacts ? 0 : number(draft.values[key]));
  const group = (name: 'contacts' | 'referrals' | 'concerns', keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, figure(`${name}.${k}`)]));
  return {
    memberId,
    month,
    noContacts: draft.noContacts || zeroes,
    contacts: group('contacts', contactTypes) as TallyInput['contacts'],
    hoursOnDuty: figure('hoursOnDuty'),
    hoursOffDuty: figure('hoursOffDuty'),
    referrals: group('referrals', referralDestinations) as TallyInput['referrals'],
    concerns: group('concerns', concernCategories) as TallyInput['concerns'],
  };
}

