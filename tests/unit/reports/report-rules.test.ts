import { describe, expect, it } from 'vitest';
import type { TallyRow, TallyStatus } from '../../../src/shared/tallies';
import { submissionRecord } from '../../../src/main/domains/reports/rules';

const row = (displayName: string, status: TallyStatus): TallyRow => ({ memberId: 1, displayName, staffGroup: 'Administration', status, tally: null });

describe('§6 rules of the summaries', () => {
  it('the submission record sums the months and names late and missing members, with a count over several months', () => {
    const october = [row('Maria Alvarez', 'late'), row('Lena Hoang', 'missing'), row('Daniel Okafor', 'on-time')];
    const november = [row('Maria Alvarez', 'late'), row('Lena Hoang', 'on-time'), row('Daniel Okafor', 'due')];
    expect(submissionRecord([october])).toEqual({ onTime: 1, late: 1, missing: 1, due: 0, lateNames: ['Maria Alvarez'], missingNames: ['Lena Hoang'] });
    expect(submissionRecord([october, november])).toEqual({ onTime: 2, late: 2, missing: 1, due: 1, lateNames: ['Maria Alvarez (2)'], missingNames: ['Lena Hoang'] });
  });
});
