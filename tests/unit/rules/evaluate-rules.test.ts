import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/shared/policy';
import { evaluateRules, isBlocked } from '../../../src/main/domains/policy/exceptions';
import type { Rule } from '../../../src/main/domains/policy/rule';

interface Facts {
  memberId: string;
  yearsCommitted: number;
}

const commitmentRule: Rule<Facts> = {
  id: 'commitment-minimum',
  section: '§2.B',
  evaluate: (facts, policy) =>
    facts.yearsCommitted >= policy.commitmentYears
      ? []
      : [
          {
            ruleId: 'commitment-minimum',
            section: '§2.B',
            severity: 'block',
            subject: { kind: 'candidate', id: facts.memberId },
            message: `Commits ${facts.yearsCommitted} years; the policy asks for ${policy.commitmentYears}.`,
          },
        ],
};

describe('rules engine', () => {
  it('runs rules against the policy in force and cites the section', () => {
    const findings = evaluateRules([commitmentRule], { memberId: 'c1', yearsCommitted: 2 }, defaultPolicy);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'commitment-minimum', section: '§2.B', severity: 'block' })]);
    expect(isBlocked(findings)).toBe(true);
    expect(evaluateRules([commitmentRule], { memberId: 'c1', yearsCommitted: 2 }, { ...defaultPolicy, commitmentYears: 2 })).toEqual([]);
  });

  it('§10: an exception with the Chief’s written approval marks the finding excepted and stops it blocking', () => {
    const exceptions = [{ ruleId: 'commitment-minimum', subject: { kind: 'candidate' as const, id: 'c1' }, approvedOn: '2026-10-01', reference: 'Memo 26-114' }];
    const findings = evaluateRules([commitmentRule], { memberId: 'c1', yearsCommitted: 2 }, defaultPolicy, exceptions);
    expect(findings[0]).toMatchObject({ severity: 'info', exceptedBy: { approvedOn: '2026-10-01', reference: 'Memo 26-114' } });
    expect(isBlocked(findings)).toBe(false);
    const other = evaluateRules([commitmentRule], { memberId: 'c2', yearsCommitted: 2 }, defaultPolicy, exceptions);
    expect(isBlocked(other)).toBe(true);
  });
});
