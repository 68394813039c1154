import { describe, expect, it } from 'vitest';
import { hiddenCells, printedBreakdown } from '../../../src/main/domains/reports/disclosure';

const hidden = (counts: number[], k = 3) => [...hiddenCells(counts, k)].sort((a, b) => a - b);

describe('§6 disclosure control of a breakdown', () => {
  it('§6: a breakdown without a count from 1 to k−1 prints every cell', () => {
    expect(hidden([0, 4, 10, 3])).toEqual([]);
    expect(printedBreakdown([[0, 4, 10, 3]], 4, 3)).toEqual({ shown: ['0', '4', '10', '3'], total: 17 });
  });

  it('§6: one small cell beside a printed total takes the smallest other count with it, so total minus the rest does not give it back', () => {
    // The demo's October: Family 4, Grief 2, Workplace 10, total 16. Printing Grief alone as "<3" let 16 − 4 − 10 = 2 be read.
    expect(printedBreakdown([[0, 4, 2, 10]], 4, 3)).toEqual({ shown: ['0', 'x', 'x', '10'], total: 16 });
  });

  it('§6: hidden cells hold at least (hidden − 1) + k together, so none can be pinned down or shown to be small even by a reader who knows zeros print', () => {
    // 1 + 2 = 3 < 1 + 3: two small cells alone would be {1, 2} in some order; the 5 joins them.
    expect(hidden([1, 2, 5, 9])).toEqual([0, 1, 2]);
    for (const counts of [[1, 2, 5, 9], [2, 0, 7, 7, 30], [1, 1, 1, 3, 3, 40]]) {
      const cells = hidden(counts);
      const held = cells.reduce((sum, i) => sum + (counts[i] ?? 0), 0);
      expect(held, String(counts)).toBeGreaterThanOrEqual(cells.length - 1 + 3);
    }
  });

  it('§6: k comes from the policy: with k = 6 a 5 is small too', () => {
    expect(hidden([1, 2, 5, 9], 6)).toEqual([0, 1, 2]);
    expect(hidden([0, 5, 20, 9], 6)).toEqual([1, 3]);
  });

  it('§6: when hiding every non-zero cell is not enough, the whole breakdown is hidden and only its total prints', () => {
    // The demo's incidents: Juvenile Hall 1 and a total of 1 beside it printed the answer.
    expect(printedBreakdown([[0, 0, 1, 0, 0]], 5, 3)).toEqual({ shown: ['x', 'x', 'x', 'x', 'x'], total: 1 });
    expect(printedBreakdown([[1, 1, 0]], 3, 3).shown).toEqual(['x', 'x', 'x']);
  });

  it('§6 linked tables: a period prints a cell as the sum of its months only when every month printed it, else "≥" what they printed', () => {
    const months = [
      [0, 4, 2, 10],
      [3, 8, 9, 12],
      [0, 1, 0, 6],
    ];
    // Month 1 hides cells 1, 2; month 3 hides 1 and 3 (1 + 6 ≥ 1 + 3).
    expect(printedBreakdown(months, 4, 3)).toEqual({ shown: ['3', '≥ 8', '≥ 9', '≥ 22'], total: 55 });
    expect(printedBreakdown([[0, 1, 0, 6], [0, 1, 0, 6]], 4, 3).shown).toEqual(['0', 'x', '0', 'x']);
  });
});
