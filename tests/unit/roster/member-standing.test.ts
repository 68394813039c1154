import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/shared/policy';
import { memberStanding, type MemberFacts } from '../../../src/main/domains/roster/rules';

const facts = (overrides: Partial<MemberFacts> = {}): MemberFacts => ({
  id: 7,
  displayName: 'Maria Alvarez',
  joinedOn: '2024-03-01',
  listingConsent: true,
  history: [{ status: 'active', effectiveOn: '2024-03-01', expectedReturnOn: null }],
  ...overrides,
});

describe('member standing (the one effective-status function)', () => {
  it('§2.B: the commitment ends the policy’s number of years after joining', () => {
    expect(memberStanding(facts(), '2026-01-01', defaultPolicy).commitmentEndsOn).toBe('2027-03-01');
    expect(memberStanding(facts(), '2026-01-01', { ...defaultPolicy, commitmentYears: 4 }).commitmentEndsOn).toBe('2028-03-01');
    expect(memberStanding(facts({ joinedOn: '2024-02-29' }), '2026-01-01', defaultPolicy).commitmentEndsOn).toBe('2027-02-28');
  });

  it('§2.B: after a rejoin the commitment runs from the new start, once it is in effect', () => {
    const history: MemberFacts['history'] = [
      { status: 'active', effectiveOn: '2024-03-01', expectedReturnOn: null },
      { status: 'resigned', effectiveOn: '2025-01-01', expectedReturnOn: null },
      { status: 'active', effectiveOn: '2026-05-01', expectedReturnOn: null, commitmentStartsOn: '2026-05-01' },
    ];
    expect(memberStanding(facts({ history }), '2026-04-30', defaultPolicy).commitmentEndsOn).toBe('2027-03-01');
    expect(memberStanding(facts({ history }), '2026-05-01', defaultPolicy).commitmentEndsOn).toBe('2029-05-01');
  });

  it('§2.B: warns when the commitment ends within the notice period, not before', () => {
    const within = memberStanding(facts(), '2027-01-01', defaultPolicy);
    expect(within.findings).toContainEqual(expect.objectContaining({ ruleId: 'commitment-ending', section: '§2.B', severity: 'warn' }));
    expect(memberStanding(facts(), '2026-11-30', defaultPolicy).findings.map((f) => f.ruleId)).not.toContain('commitment-ending');
    expect(memberStanding(facts(), '2027-03-02', defaultPolicy).findings.map((f) => f.ruleId)).toContain('commitment-completed');
  });

  it('an active member who consented is deployable and listed (§7)', () => {
    const standing = memberStanding(facts(), '2026-01-01', defaultPolicy);
    expect(standing).toMatchObject({ decided: 'active', effective: 'active', deployable: true, listed: true, findings: [] });
  });

  it('§7: without consent to be listed a member may serve but is not on the intranet list', () => {
    const standing = memberStanding(facts({ listingConsent: false }), '2026-01-01', defaultPolicy);
    expect(standing).toMatchObject({ deployable: true, listed: false });
    expect(standing.findings).toContainEqual(expect.objectContaining({ ruleId: 'not-listed', section: '§7' }));
  });

  it('§4.L: temporarily inactive is not deployable nor listed; an overdue return is flagged', () => {
    const history: MemberFacts['history'] = [
      { status: 'active', effectiveOn: '2024-03-01', expectedReturnOn: null },
      { status: 'temporarily-inactive', effectiveOn: '2025-10-01', expectedReturnOn: '2025-12-01' },
    ];
    const during = memberStanding(facts({ history }), '2025-11-01', defaultPolicy);
    expect(during).toMatchObject({ decided: 'temporarily-inactive', effective: 'temporarily-inactive', deployable: false, listed: false });
    expect(during.findings.map((f) => f.ruleId)).not.toContain('return-overdue');
    const overdue = memberStanding(facts({ history }), '2025-12-15', defaultPolicy);
    expect(overdue.findings).toContainEqual(expect.objectContaining({ ruleId: 'return-overdue', section: '§4.L', severity: 'warn' }));
  });

  it('§4.J: the status in force is the latest decided on or before today; a future change waits its date', () => {
    const history: MemberFacts['history'] = [
      { status: 'active', effectiveOn: '2024-03-01', expectedReturnOn: null },
      { status: 'removed', effectiveOn: '2026-02-01', expectedReturnOn: null },
    ];
    expect(memberStanding(facts({ history }), '2026-01-31', defaultPolicy).decided).toBe('active');
    expect(memberStanding(facts({ history }), '2026-02-01', defaultPolicy)).toMatchObject({ decided: 'removed', effective: 'removed', deployable: false, listed: false });
  });

  it('§4.I/§8: training conclusions make an active member inactive or training-pending, never deployable', () => {
    const block = { ruleId: 'x', section: '§8', severity: 'block' as const, subject: { kind: 'member' as const, id: '7' }, message: 'm' };
    const deficient = memberStanding(facts(), '2026-01-01', defaultPolicy, { deficient: true, pending: false, findings: [block] });
    expect(deficient).toMatchObject({ effective: 'inactive-training', deployable: false, listed: false });
    const pending = memberStanding(facts(), '2026-01-01', defaultPolicy, { deficient: false, pending: true, findings: [block] });
    expect(pending).toMatchObject({ effective: 'training-pending', deployable: false, listed: false });
  });
});
