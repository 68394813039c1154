import { describe, expect, it } from 'vitest';
import type { MonthSubmissions } from '../../../src/main/domains/tallies/queries';
import { submissionRecord } from '../../../src/main/domains/reports/rules';

const row = (displayName: string, status: MonthSubmissions['others'][number]['status']) => ({ memberId: 1, displayName, status });

describe('§6 rules of the summaries', () => {
  it('the submission record sums the months and names late and missing members, with a count over several months', () => {
    const october: MonthSubmissions = { month: '2026-10', onTime: 1, others: [row('Maria Alvarez', 'late'), row('Lena Hoang', 'missing')] };
    const november: MonthSubmissions = { month: '2026-11', onTime: 1, others: [row('Maria Alvarez', 'late'), row('Daniel Okafor', 'due')] };
    expect(submissionRecord([october])).toEqual({ onTime: 1, late: 1, missing: 1, due: 0, lateNames: ['Maria Alvarez'], missingNames: ['Lena Hoang'] });
    expect(submissionRecord([october, november])).toEqual({ onTime: 2, late: 2, missing: 1, due: 1, lateNames: ['Maria Alvarez (2)'], missingNames: ['Lena Hoang'] });
  });
});
