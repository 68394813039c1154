import { addMonths, januaryOf, type Month } from '../../../shared/calendar';

export interface PeriodPreset {
  label: string;
  from: Month;
  to: Month;
}

/** The most recent month numbered `startMonth` (1–12) at or before `month`: where its fiscal year began. */
function fiscalStartOf(month: Month, startMonth: number): Month {
  const back = (Number(month.slice(5, 7)) - startMonth + 12) % 12;
  return addMonths(month, -back);
}

/**
 * The periods a Chief asks for, up to the month just finished (`lastMonth`): the last full
 * calendar quarter, the year and the department's fiscal year so far, and the last complete
 * fiscal year (in July, with a July start, the one that ended in June). `fiscalStartMonth` is the month (1–12) the fiscal year begins in (Settings).
 */
export function periodPresets(lastMonth: Month, fiscalStartMonth: number): PeriodPreset[] {
  // Quarters end in March, June, September and December.
  const lastQuarterEnd = addMonths(lastMonth, -(Number(lastMonth.slice(5, 7)) % 3));
  const fiscalStart = fiscalStartOf(lastMonth, fiscalStartMonth);
  // The last fiscal year complete by `lastMonth`: the one just ended when `lastMonth` closes it.
  const lastFiscalEnd = addMonths(fiscalStartOf(addMonths(lastMonth, 1), fiscalStartMonth), -1);
  return [
    { label: 'Last full quarter', from: addMonths(lastQuarterEnd, -2), to: lastQuarterEnd },
    { label: 'Year to date', from: januaryOf(lastMonth), to: lastMonth },
    { label: 'Fiscal year to date', from: fiscalStart, to: lastMonth },
    { label: 'Last fiscal year', from: addMonths(lastFiscalEnd, -11), to: lastFiscalEnd },
  ];
}
