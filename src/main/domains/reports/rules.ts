/**
 * §6 "statistical information only": in a breakdown, a count from 1 to k−1 could point at
 * one person, so it prints as "<k". Zero and counts of k or more print exactly; totals are
 * never suppressed.
 */
export function protectedCount(count: number, k: number): string {
  return count >= 1 && count < k ? `<${k}` : String(count);
}
