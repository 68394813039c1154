import { displayNameOf } from '../../../shared/members';
import { cellText, normalize } from '../../documents/sheet-import';
import type { MemberIdentity } from './store';

/**
 * Who an imported row of history is about, among the members: the roster's test of one person
 * (roster/rules.ts DuplicateIndex) read the other way. The name is the first (or preferred)
 * and last name in any case, from one "Member" cell ("Maria Alvarez" or "Alvarez, Maria") or
 * two cells; when two members share it, a phone they have tells them apart.
 */
export interface NameCells {
  member?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  phone?: unknown;
}

const digitsOf = (phone: string) => phone.replace(/x.*$/i, '').replace(/\D/g, '');

/** "Alvarez, Maria" → "maria alvarez"; "Maria Alvarez" as it is; words only, any case. */
function nameKeyOf(cells: NameCells): string {
  const whole = cellText(cells.member);
  if (whole) {
    const comma = /^([^,]+),(.+)$/.exec(whole);
    return normalize(comma ? `${comma[2]} ${comma[1]}` : whole);
  }
  return normalize(`${cellText(cells.firstName)} ${cellText(cells.lastName)}`);
}

/** The name a row gives, for the preview: as the file wrote it. */
export function nameInRow(cells: NameCells): string {
  return cellText(cells.member) || `${cellText(cells.firstName)} ${cellText(cells.lastName)}`.trim();
}

export class MemberByName<T extends MemberIdentity> {
  private readonly byName = new Map<string, T[]>();

  constructor(members: Iterable<T>) {
    for (const member of members) {
      const keys = new Set([normalize(`${member.firstName} ${member.lastName}`), member.preferredName.trim() ? normalize(`${member.preferredName} ${member.lastName}`) : '']);
      for (const key of keys) {
        if (!key) continue;
        const same = this.byName.get(key);
        if (same) same.push(member);
        else this.byName.set(key, [member]);
      }
    }
  }

  /** The member a row names, or why there is none (no name, nobody of that name, two of it and no phone to choose). */
  find(cells: NameCells): { member: T } | { problem: string } {
    const key = nameKeyOf(cells);
    if (!key) return { problem: 'Needed, and no name is given' };
    const named = this.byName.get(key) ?? [];
    if (named.length === 0) return { problem: `No member named "${nameInRow(cells)}" on the roster` };
    if (named.length === 1 && named[0]) return { member: named[0] };
    const phone = digitsOf(cellText(cells.phone));
    const byPhone = phone ? named.filter((m) => [m.workPhone, m.mobilePhone].map(digitsOf).includes(phone)) : [];
    if (byPhone.length === 1 && byPhone[0]) return { member: byPhone[0] };
    return { problem: `${named.length} members are named ${displayNameOf(named[0] ?? { firstName: '', lastName: '' })}: add a phone column to tell them apart` };
  }
}
