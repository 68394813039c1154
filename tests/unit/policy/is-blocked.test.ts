import { describe, expect, it } from 'vitest';
import type { Finding, FindingSeverity } from '../../../src/shared/findings';
import { isBlocked } from '../../../src/main/domains/policy/rules';

const finding = (severity: FindingSeverity, exceptedBy?: Finding['exceptedBy']): Finding => ({
  ruleId: 'commitment-minimum',
  section: '§2.B',
  severity,
  subject: { kind: 'candidate', id: 'c1' },
  message: 'Commits 2 years; the policy asks for 3.',
  ...(exceptedBy && { exceptedBy }),
});

describe('isBlocked', () => {
  it('a block finding stops the action; warnings and information do not', () => {
    expect(isBlocked([finding('warn'), finding('block')])).toBe(true);
    expect(isBlocked([finding('warn'), finding('info')])).toBe(false);
    expect(isBlocked([])).toBe(false);
  });

  it('§10: a finding excepted by the Chief’s written approval, reported as info, no longer blocks', () => {
    expect(isBlocked([finding('info', { approvedOn: '2026-10-01', reference: 'Memo 26-114', decidedBy: 'Chief R. Alvarez' })])).toBe(false);
  });
});
