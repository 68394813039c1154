import { concernCategories, contactTypes, referralDestinations, type Tally, type TallyInput } from '../../../shared/tallies';

/** What the grid edits for one member: every number as typed (text), plus "No contacts". */
export interface TallyDraft {
  noContacts: boolean;
  values: Record<string, string>;
}

export const gridColumns = [
  ...contactTypes.map((key) => ({ group: 'contacts' as const, key })),
  { group: 'hours' as const, key: 'hoursOnDuty' },
  { group: 'hours' as const, key: 'hoursOffDuty' },
  ...referralDestinations.map((key) => ({ group: 'referrals' as const, key })),
];
export const concernColumns = concernCategories.map((key) => ({ group: 'concerns' as const, key }));

const fieldKey = (group: string, key: string) => (group === 'hours' ? key : `${group}.${key}`);

export function draftOf(tally: Tally | null): TallyDraft {
  const values: Record<string, string> = {};
  for (const { group, key } of [...gridColumns, ...concernColumns]) {
    const value = !tally ? 0 : group === 'hours' ? tally[key as 'hoursOnDuty'] : (tally[group] as Record<string, number>)[key];
    values[fieldKey(group, key)] = tally && value ? String(value) : '';
  }
  return { noContacts: tally?.noContacts ?? false, values };
}

/** The draft as the backend's input; empty cells are zero, anything else is sent as typed for the backend to judge. */
const number = (text: string | undefined) => (text && text.trim() !== '' ? Number(text) : 0);

export function inputOf(memberId: number, month: string, draft: TallyDraft): TallyInput {
  const group = (name: 'contacts' | 'referrals' | 'concerns', keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, number(draft.values[`${name}.${k}`])]));
  return {
    memberId,
    month,
    noContacts: draft.noContacts,
    contacts: group('contacts', contactTypes) as TallyInput['contacts'],
    hoursOnDuty: number(draft.values.hoursOnDuty),
    hoursOffDuty: number(draft.values.hoursOffDuty),
    referrals: group('referrals', referralDestinations) as TallyInput['referrals'],
    concerns: group('concerns', concernCategories) as TallyInput['concerns'],
  };
}

export { fieldKey };
