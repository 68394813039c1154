import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/shared/policy';
import { defaultSettings } from '../../../src/shared/settings';
import { checkMemberFields, checkRejoin, checkStatusChange, commitmentEndingSoon, DuplicateIndex } from '../../../src/main/domains/roster/rules';
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
  chiefDecidedBy: null,
  exceptionReference: null,
  commitmentStartsOn: null,
  recordedBy: 'coordinator',
  recordedAt: `${effectiveOn}T09:00:00.000Z`,
});
const today = '2026-11-22';
const fieldsOf = (overrides: Partial<MemberCreate>) => memberCreateSchema.parse(aMember(overrides));
const joined = [entry('active', '2025-01-15')];
const away = (expectedReturnOn: string | null): ParsedStatusChange => ({ id: 1, status: 'temporarily-inactive', effectiveOn: '2026-01-10', reasonCategory: null, expectedReturnOn, chiefDecision: null });
const removal = (effectiveOn: string): ParsedStatusChange => ({ id: 1, status: 'removed', effectiveOn, reasonCategory: 'other-cause', chiefDecisionOn: '2026-02-05' });
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
    expect(errorOf(() => checkStatusChange({ id: 1, status: 'resigned', effectiveOn: '2025-01-14', reasonCategory: null }, joined, today))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'effectiveOn' }] } });
    expect(errorOf(() => checkStatusChange({ id: 1, status: 'active', effectiveOn: '2025-02-01', reasonCategory: null, chiefDecision: null }, joined, today))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'status' }] } });
  });

  it('§4.L: a temporary absence keeps an expected return only when it comes after the start', () => {
    expect(checkStatusChange(away('2026-04-01'), joined, today)).toBe('2026-04-01');
    expect(checkStatusChange(away(null), joined, today)).toBeNull();
    expect(errorOf(() => checkStatusChange(away('2026-01-10'), joined, today))).toMatchObject({ details: { fields: [{ path: 'expectedReturnOn' }] } });
  });

  it("§4.J: a removal takes effect on or after the Chief's decision", () => {
    expect(errorOf(() => checkStatusChange(removal('2026-02-04'), joined, today))).toMatchObject({ message: /Chief's decision \(§4\.J\)/ });
    expect(checkStatusChange(removal('2026-02-05'), joined, today)).toBeNull();
  });
});

describe('§4.J: removal for cause is final unless the Chief decides otherwise (§10)', () => {
  const removedOn = [entry('active', '2025-01-15'), { ...entry('removed', '2026-02-05'), reasonCategory: 'other-cause' as const, chiefDecisionOn: '2026-02-05' }];
  const decision = { decidedOn: '2026-06-01', decidedBy: 'Chief Probation Officer', exceptionReference: 'CPO-2026-14' };
  const back = (chiefDecision: typeof decision | null, effectiveOn = '2026-06-15'): ParsedStatusChange => ({ id: 1, status: 'active', effectiveOn, reasonCategory: 'returned', chiefDecision });

  it("§4.J: a member removed for cause is not made active again without a Chief's decision", () => {
    expect(errorOf(() => checkStatusChange(back(null), removedOn, today))).toMatchObject({
      code: 'policy',
      message: /§4\.J/,
      details: { section: '§4.J', fields: [{ path: 'chiefDecision' }] },
    });
    expect(errorOf(() => checkStatusChange({ ...away(null), effectiveOn: '2026-06-15' }, removedOn, today))).toMatchObject({ code: 'policy', details: { section: '§4.J' } });
  });

  it('§4.J: no other status follows a removal: it is not turned into a resignation or an ended term', () => {
    for (const status of ['resigned', 'term-ended'] as const) {
      expect(errorOf(() => checkStatusChange({ id: 1, status, effectiveOn: '2026-06-15', reasonCategory: null }, removedOn, today))).toMatchObject({
        code: 'policy',
        details: { section: '§4.J', fields: [{ path: 'status' }] },
      });
    }
  });

  it("§4.J: the Chief's recorded decision reinstates, dated after the removal, not in the future, and before the return (§10 prior approval)", () => {
    expect(checkStatusChange(back(decision), removedOn, today)).toBeNull();
    expect(errorOf(() => checkStatusChange(back({ ...decision, decidedOn: '2026-02-01' }), removedOn, today))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'chiefDecision.decidedOn' }] } });
    expect(errorOf(() => checkStatusChange(back({ ...decision, decidedOn: '2026-11-23' }, '2026-12-01'), removedOn, today))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'chiefDecision.decidedOn' }] } });
    expect(errorOf(() => checkStatusChange(back(decision, '2026-05-31'), removedOn, today))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'effectiveOn' }] } });
  });

  it("§4.J: a Chief's decision is only recorded for the return of a member removed for cause", () => {
    const inactive = [entry('active', '2025-01-15'), entry('temporarily-inactive', '2026-01-10')];
    expect(errorOf(() => checkStatusChange(back(decision), inactive, today))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'chiefDecision' }] } });
  });
});

describe('§2.B: a member who resigned or whose term ended returns with a new commitment', () => {
  it('§2.B: is not made active again by a plain change of status', () => {
    for (const status of ['resigned', 'term-ended'] as const) {
      const left = [entry('active', '2025-01-15'), entry(status, '2026-03-01')];
      expect(errorOf(() => checkStatusChange({ id: 1, status: 'active', effectiveOn: '2026-06-01', reasonCategory: null, chiefDecision: null }, left, today))).toMatchObject({
        code: 'policy',
        details: { section: '§2.B', fields: [{ path: 'status' }] },
      });
    }
  });

  it('§2.B: rejoins on or after the day they left; §4.J: a member removed for cause does not rejoin; a member on the team has nothing to rejoin', () => {
    const resigned = [entry('active', '2025-01-15'), entry('resigned', '2026-03-01')];
    expect(() => checkRejoin({ id: 1, commitmentStartsOn: '2026-03-01' }, resigned)).not.toThrow();
    expect(errorOf(() => checkRejoin({ id: 1, commitmentStartsOn: '2026-02-28' }, resigned))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'commitmentStartsOn' }] } });
    expect(errorOf(() => checkRejoin({ id: 1, commitmentStartsOn: '2026-06-01' }, [...resigned, entry('removed', '2026-04-01')]))).toMatchObject({ code: 'policy', details: { section: '§4.J' } });
    expect(errorOf(() => checkRejoin({ id: 1, commitmentStartsOn: '2026-06-01' }, joined))).toMatchObject({ code: 'conflict' });
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
    expect(new DuplicateIndex([maria]).find({ firstName: 'MARIA', lastName: 'alvarez', workPhone: '', mobilePhone: '707.555.0111' }, null)).toBe(maria);
    expect(new DuplicateIndex([maria]).find({ firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111 x12', mobilePhone: '' }, null)).toBe(maria);
    expect(new DuplicateIndex([maria]).find({ firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0199', mobilePhone: '' }, null)).toBeNull();
    expect(new DuplicateIndex([maria]).find(maria, maria.id)).toBeNull();
  });

  it('refuses a staff group or specialty not in Settings (validation), and a duplicate (conflict)', () => {
    const fields = fieldsOf(({ staffGroup: 'Astronauts', specialties: ['Juggling'] }));
    expect(errorOf(() => checkMemberFields(fields, defaultSettings, [], null))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'staffGroup' }, { path: 'specialties' }] } });
    expect(errorOf(() => checkMemberFields(maria, defaultSettings, [maria], null))).toMatchObject({ code: 'conflict', details: { duplicateOf: 4 } });
  });
});
