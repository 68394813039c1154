import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/shared/policy';
import { defaultSettings } from '../../../src/shared/settings';
import { checkMemberFields, checkStatusChange, commitmentEndingSoon, findDuplicate } from '../../../src/main/domains/roster/rules';
import { memberCreateSchema, type MemberCreate, type ParsedStatusChange, type StatusHistoryEntry } from '../../../src/shared/members';
import { aMember } from '../../helpers/members';

const entry = (status: StatusHistoryEntry['status'], effectiveOn: string): StatusHistoryEntry => ({
  id: 1,
  status,
  effectiveOn,
  reason: '',
  reasonCategory: null,
  expectedReturnOn: null,
  chiefDecisionOn: null,
  recordedBy: 'coordinator',
  recordedAt: `${effectiveOn}T09:00:00.000Z`,
});
const fieldsOf = (overrides: Partial<MemberCreate>) => memberCreateSchema.parse(aMember(overrides));
const joined = [entry('active', '2025-01-15')];
const away = (expectedReturnOn: string | null): ParsedStatusChange => ({ id: 1, status: 'temporarily-inactive', effectiveOn: '2026-01-10', reason: '', expectedReturnOn });
const removal = (effectiveOn: string): ParsedStatusChange => ({ id: 1, status: 'removed', effectiveOn, reason: '', reasonCategory: 'other-cause', chiefDecisionOn: '2026-02-05' });
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
};

describe('§4.J–L: a status change joins the timeline', () => {
  it('in date order, and different from the status before it', () => {
    expect(errorOf(() => checkStatusChange({ id: 1, status: 'resigned', effectiveOn: '2025-01-14', reason: '' }, joined))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'effectiveOn' }] } });
    expect(errorOf(() => checkStatusChange({ id: 1, status: 'active', effectiveOn: '2025-02-01', reason: '' }, joined))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'status' }] } });
  });

  it('§4.L: a temporary absence keeps an expected return only when it comes after the start', () => {
    expect(checkStatusChange(away('2026-04-01'), joined)).toBe('2026-04-01');
    expect(checkStatusChange(away(null), joined)).toBeNull();
    expect(errorOf(() => checkStatusChange(away('2026-01-10'), joined))).toMatchObject({ details: { fields: [{ path: 'expectedReturnOn' }] } });
  });

  it("§4.J: a removal takes effect on or after the Chief's decision", () => {
    expect(errorOf(() => checkStatusChange(removal('2026-02-04'), joined))).toMatchObject({ message: /Chief's decision \(§4\.J\)/ });
    expect(checkStatusChange(removal('2026-02-05'), joined)).toBeNull();
  });
});

describe('§2.B: a commitment ending soon', () => {
  it('is one ending today or within the notice days, not one already ended or further away', () => {
    const policy = { ...defaultPolicy, commitmentEndingNoticeDays: 90 };
    expect(commitmentEndingSoon('2026-11-22', '2026-11-22', policy)).toBe(true);
    expect(commitmentEndingSoon('2027-02-20', '2026-11-22', policy)).toBe(true);
    expect(commitmentEndingSoon('2027-02-21', '2026-11-22', policy)).toBe(false);
    expect(commitmentEndingSoon('2026-11-21', '2026-11-22', policy)).toBe(false);
  });
});

describe('a member against the team', () => {
  const maria = { ...fieldsOf(({ firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111' })), id: 4 };

  it('the same person is the same name (any case) with a phone in common, extension ignored', () => {
    expect(findDuplicate([maria], { firstName: 'MARIA', lastName: 'alvarez', workPhone: '', mobilePhone: '707.555.0111' }, null)).toBe(maria);
    expect(findDuplicate([maria], { firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111 x12', mobilePhone: '' }, null)).toBe(maria);
    expect(findDuplicate([maria], { firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0199', mobilePhone: '' }, null)).toBeNull();
    expect(findDuplicate([maria], maria, maria.id)).toBeNull();
  });

  it('refuses a staff group or specialty not in Settings (validation), and a duplicate (conflict)', () => {
    const fields = fieldsOf(({ staffGroup: 'Astronauts', specialties: ['Juggling'] }));
    expect(errorOf(() => checkMemberFields(fields, defaultSettings, [], null))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'staffGroup' }, { path: 'specialties' }] } });
    expect(errorOf(() => checkMemberFields(maria, defaultSettings, [maria], null))).toMatchObject({ code: 'conflict', details: { duplicateOf: 4 } });
  });
});
