import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/shared/policy';
import type { Tally } from '../../../src/shared/tallies';
import { checkCorrectionReason, checkReceivedOn, checkReviewable, checkTallyMonth, tallyExpected, tallyStatus } from '../../../src/main/domains/tallies/rules';

const submitted = (submittedOn: string) => ({ submittedOn }) as Tally;

describe('§6: tallies are due on the 10th of the following month', () => {
  it('submitted by the due day is on time; after it, late', () => {
    expect(tallyStatus(true, submitted('2026-11-10'), '2026-10', '2026-11-22', defaultPolicy)).toBe('on-time');
    expect(tallyStatus(true, submitted('2026-11-11'), '2026-10', '2026-11-22', defaultPolicy)).toBe('late');
  });

  it('not submitted: not due yet until the due day has passed, then missing — silence is never zero', () => {
    expect(tallyStatus(true, null, '2026-10', '2026-11-10', defaultPolicy)).toBe('due');
    expect(tallyStatus(true, null, '2026-10', '2026-11-11', defaultPolicy)).toBe('missing');
  });

  it('the due day is a policy setting', () => {
    expect(tallyStatus(true, null, '2026-10', '2026-11-11', { ...defaultPolicy, tallyDueDay: 15 })).toBe('due');
    expect(tallyStatus(true, submitted('2026-11-14'), '2026-10', '2026-11-20', { ...defaultPolicy, tallyDueDay: 15 })).toBe('on-time');
  });

  it('a tally is expected from members active on any day of the month, not from those who were away all month or had not joined', () => {
    const active = [{ status: 'active' as const, effectiveOn: '2025-01-01' }];
    expect(tallyExpected('2025-01-01', active, '2026-10')).toBe(true);
    expect(tallyExpected('2026-11-05', [{ status: 'active', effectiveOn: '2026-11-05' }], '2026-10')).toBe(false);
    expect(tallyExpected('2026-10-20', [{ status: 'active', effectiveOn: '2026-10-20' }], '2026-10')).toBe(true);
    const away = [...active, { status: 'temporarily-inactive' as const, effectiveOn: '2026-09-01' }];
    expect(tallyExpected('2025-01-01', away, '2026-10')).toBe(false);
    expect(tallyExpected('2025-01-01', [...away, { status: 'active' as const, effectiveOn: '2026-10-25' }], '2026-10')).toBe(true);
    expect(tallyStatus(false, null, '2026-10', '2026-12-01', defaultPolicy)).toBe('not-expected');
  });
});

/** The error a check throws, or null when it passes. */
function failureOf(check: () => void): unknown {
  try {
    check();
  } catch (error) {
    return error;
  }
  return null;
}

describe('§6, §3.E: what a tally entry and a review must respect', () => {
  it('§6: a tally is for a month that has begun, and handed in by today', () => {
    expect(failureOf(() => checkTallyMonth('2026-11', '2026-11-01'))).toBeNull();
    expect(failureOf(() => checkTallyMonth('2026-12', '2026-11-30'))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'month' }] } });
    expect(failureOf(() => checkReceivedOn('2026-11-23', '2026-11-22'))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'receivedOn' }] } });
    expect(failureOf(() => checkReceivedOn(undefined, '2026-11-22'))).toBeNull();
  });

  it('§3.E: after the review a change needs a reason; a month is reviewed once', () => {
    expect(failureOf(() => checkCorrectionReason('2026-10', false, undefined))).toBeNull();
    expect(failureOf(() => checkCorrectionReason('2026-10', true, undefined))).toMatchObject({ code: 'validation', details: { fields: [{ path: 'correctionReason' }] } });
    expect(failureOf(() => checkCorrectionReason('2026-10', true, 'data-entry-error'))).toBeNull();
    expect(failureOf(() => checkReviewable('2026-10', '2026-11-22', true))).toMatchObject({ code: 'conflict' });
    expect(failureOf(() => checkReviewable('2026-12', '2026-11-22', false))).toMatchObject({ code: 'validation' });
  });
});
