import type { EffectiveStatus, Member } from '../../../shared/members';

export interface RosterFilters {
  search: string;
  statuses: EffectiveStatus[];
  staffGroup: string | null;
  sworn: 'sworn' | 'non-sworn' | null;
  language: string | null;
  specialty: string | null;
  deployableOnly: boolean;
  /** Members still on the team: not those who resigned, whose term ended or who were removed. */
  currentTeamOnly: boolean;
}

export const noFilters: RosterFilters = { search: '', statuses: [], staffGroup: null, sworn: null, language: null, specialty: null, deployableOnly: false, currentTeamOnly: false };

/** What the roster opens with: the current team, as the Coordinator works with it day to day. */
export const defaultFilters: RosterFilters = { ...noFilters, currentTeamOnly: true };

const formerStatuses: readonly EffectiveStatus[] = ['resigned', 'term-ended', 'removed'];

export type SortKey = 'name' | 'status' | 'staffGroup' | 'jobTitle' | 'commitmentEndsOn';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const digits = (text: string) => text.replace(/\D/g, '');

/** Search matches names (any part, any case) and phone numbers (by digits, whatever the punctuation). */
function matchesSearch(member: Member, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const names = `${member.firstName} ${member.preferredName} ${member.lastName}`.toLowerCase();
  if (needle.split(/\s+/).every((word) => names.includes(word))) return true;
  const needleDigits = digits(needle);
  return needleDigits.length >= 3 && [member.workPhone, member.mobilePhone].some((p) => digits(p).includes(needleDigits));
}

export function filterMembers(members: Member[], f: RosterFilters): Member[] {
  return members.filter(
    (m) =>
      matchesSearch(m, f.search) &&
      (f.statuses.length === 0 || f.statuses.includes(m.standing.effective)) &&
      (!f.staffGroup || m.staffGroup === f.staffGroup) &&
      (!f.sworn || m.sworn === (f.sworn === 'sworn')) &&
      (!f.language || m.languages.includes(f.language)) &&
      (!f.specialty || m.specialties.includes(f.specialty)) &&
      (!f.deployableOnly || m.standing.deployable) &&
      (!f.currentTeamOnly || !formerStatuses.includes(m.standing.effective)),
  );
}

const sortValue: Record<SortKey, (m: Member) => string> = {
  name: (m) => `${m.lastName} ${m.firstName}`.toLowerCase(),
  status: (m) => m.standing.effective,
  staffGroup: (m) => m.staffGroup,
  jobTitle: (m) => m.jobTitle.toLowerCase(),
  commitmentEndsOn: (m) => m.standing.commitmentEndsOn,
};

export function sortMembers(members: Member[], sort: Sort): Member[] {
  const value = sortValue[sort.key];
  const sorted = [...members].sort((a, b) => value(a).localeCompare(value(b)) || sortValue.name(a).localeCompare(sortValue.name(b)));
  return sort.descending ? sorted.reverse() : sorted;
}

export function distinctValues(members: Member[], pick: (m: Member) => string[]): string[] {
  return [...new Set(members.flatMap(pick))].sort((a, b) => a.localeCompare(b));
}
