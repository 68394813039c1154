import { describe, expect, it } from 'vitest';
import type { TallyRow, TallyStatus } from '../../../src/shared/tallies';
import { protectedCount, protectedCounts, submissionRecord } from '../../../src/main/domains/reports/rules';

const row = (displayName: string, status: TallyStatus): TallyRow => ({ memberId: 1, displayName, staffGroup: 'Administration', status, tally: null });

describe('§6 rules of the summaries', () => {
  it('small cells: 1 to k−1 print as "<k"; zero and k or more print exactly', () => {
    expect([0, 1, 2, 3, 40].map((n) => protectedCount(n, 3))).toEqual(['0', '<3', '<3', '3', '40']);
    expect(protectedCounts([['Grief', 1], ['Family', 5]], 3)).toEqual([
      { label: 'Grief', count: 1, shown: '<3' },
      { label: 'Family', count: 5, shown: '5' },
    ]);
  });

  it('the submission record sums the months and names late and missing members, with a count over several months', () => {
    const october = [row('Maria Alvarez', 'late'), row('Lena Hoang', 'missing'), row('Daniel Okafor', 'on-time')];
    const november = [row('Maria Alvarez', 'late'), row('Lena Hoang', 'on-time'), row('Daniel Okafor', 'due')];
    expect(submissionRecord([october])).toEqual({ onTime: 1, late: 1, missing: 1, due: 0, lateNames: ['Maria Alvarez'], missingNames: ['Lena Hoang'] });
    expect(submissionRecord([october, november])).toEqual({ onTime: 2, late: 2, missing: 1, due: 1, lateNames: ['Maria Alvarez (2)'], missingNames: ['Lena Hoang'] });
  });
});
