/**
 * §6 "statistical information only": how a breakdown (contacts by concern, referrals by
 * destination, incidents by staff group) is printed so that no count small enough to point
 * at one person can be read or worked out. Pure functions of the counts.
 *
 * The method is cell suppression as statistical agencies practise it (Hundepool et al.,
 * "Statistical Disclosure Control", Wiley 2012, ch. 4 and 5; Eurostat, "Handbook on
 * Statistical Disclosure Control for Outputs", 2018):
 *
 * 1. Primary suppression: in one month's breakdown, a count from 1 to k−1 is hidden.
 * 2. Complementary suppression: the breakdown's total is printed, so more cells are hidden
 *    until the hidden cells together hold at least (hidden cells − 1) + k. Then, even if a
 *    reader knows that zeros always print and so every hidden cell is at least 1, each
 *    hidden cell may be anything from 1 to k or more: none can be pinned down, none can be
 *    shown to be small. The cells added are the smallest non-zero ones (least loss).
 *    When even hiding every non-zero cell cannot reach that, nothing of the breakdown is
 *    printed but its total (every cell, zeros too, is hidden).
 * 3. Linked tables: a period's breakdown is computed from the month breakdowns as printed,
 *    never from the raw counts. A cell printed in every month of the period prints as their
 *    sum; a cell hidden in any month prints as "≥ n", n being what its months printed
 *    (or hidden when that is 0). A period report therefore says nothing a reader could not
 *    already add up from the monthly reports, and no two reports over overlapping periods,
 *    nor year-to-date minus an earlier year-to-date, can be subtracted to recover a hidden
 *    month. Only month breakdowns are ever suppressed independently.
 *
 * The exact counts of hidden cells stay in the main process: a published breakdown carries
 * only what is printed.
 */

/** What a hidden cell prints. One symbol for every hidden cell, so primary and complementary ones look alike. */
export const HIDDEN = 'x';

/**
 * §6: the cells of one month's breakdown that are hidden (their indexes), for the counts
 * in print order and the small-cell size k.
 */
export function hiddenCells(counts: readonly number[], k: number): Set<number> {
  const hidden = new Set(counts.flatMap((n, i) => (n >= 1 && n < k ? [i] : [])));
  if (!hidden.size) return hidden;
  const held = () => [...hidden].reduce((sum, i) => sum + (counts[i] ?? 0), 0);
  const protectedEnough = () => held() >= hidden.size - 1 + k;
  const candidates = counts
    .map((n, i) => ({ n, i }))
    .filter(({ n, i }) => n > 0 && !hidden.has(i))
    .sort((a, b) => a.n - b.n || a.i - b.i);
  for (const { i } of candidates) {
    if (protectedEnough()) break;
    hidden.add(i);
  }
  return protectedEnough() ? hidden : new Set(counts.map((_, i) => i));
}

/** One breakdown as printed: each cell's text, and the total, which always prints. */
export interface PrintedBreakdown {
  shown: string[];
  total: number;
}

/**
 * §6: a breakdown over one or more months, from each month's counts (months × cells, every
 * row in the same cell order). A single month is printed under rules 1–2; several months
 * under rule 3, from the months as printed.
 */
export function printedBreakdown(monthCounts: readonly (readonly number[])[], cells: number, k: number): PrintedBreakdown {
  const exact = Array.from({ length: cells }, () => 0);
  const hiddenSomewhere = Array.from({ length: cells }, () => false);
  let total = 0;
  for (const counts of monthCounts) {
    const hidden = hiddenCells(counts, k);
    for (let i = 0; i < cells; i++) {
      const n = counts[i] ?? 0;
      total += n;
      if (hidden.has(i)) hiddenSomewhere[i] = true;
      else exact[i] = (exact[i] ?? 0) + n;
    }
  }
  const shown = exact.map((n, i) => {
    if (!hiddenSomewhere[i]) return String(n);
    return monthCounts.length > 1 && n > 0 ? `≥ ${n}` : HIDDEN;
  });
  return { shown, total };
}
