import { addMonths, type Month } from '../../../shared/calendar';
import type { TrendMonth } from '../../../shared/reports';
import type { ReadDb } from '../../store/store';
import { monthlyTrend } from '../tallies/store';

/**
 * Twelve months of contacts and hours ending with `to`; a month after `lastDue` (the latest
 * whose tallies are due, §6) is marked partial, so that it does not read as a drop.
 */
export function trendOf(db: ReadDb, to: Month, lastDue: Month): TrendMonth[] {
  return monthlyTrend(db, addMonths(to, -11), to).map((t) => ({ ...t, partial: t.month > lastDue }));
}
