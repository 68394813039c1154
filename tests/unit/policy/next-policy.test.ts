import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/shared/policy';
import { nextPolicy } from '../../../src/main/domains/policy/rules';

describe('a change of the policy parameters', () => {
  it('keeps the parameters not changed', () => {
    expect(nextPolicy(defaultPolicy, { consecutiveMissesForInactive: 3 })).toEqual({ ...defaultPolicy, consecutiveMissesForInactive: 3 });
  });

  it('§7: refuses parameters that no longer fit together, naming the changed field', () => {
    let error: unknown = null;
    try {
      nextPolicy(defaultPolicy, { debriefingWindowDays: { from: 12, to: 3 } });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'validation', message: 'The policy parameters do not fit together.', details: { fields: [{ path: 'changes.debriefingWindowDays' }] } });
  });
});
