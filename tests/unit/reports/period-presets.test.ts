import { describe, expect, it } from 'vitest';
import { periodPresets } from '../../../src/renderer/screens/Reports/period-presets';

const byLabel = (lastMonth: string, fiscalStart: number) => Object.fromEntries(periodPresets(lastMonth, fiscalStart).map((p) => [p.label, `${p.from}…${p.to}`]));

describe('period presets for the Chief’s summaries (§3.E, §6)', () => {
  it('§6: with a July fiscal year, in December the last full quarter is Q4 and the fiscal year began in July', () => {
    expect(byLabel('2026-12', 7)).toEqual({
      'Last full quarter': '2026-10…2026-12',
      'Year to date': '2026-01…2026-12',
      'Fiscal year to date': '2026-07…2026-12',
      'Last fiscal year': '2025-07…2026-06',
    });
  });

  it('§6: early in a year the quarter and the fiscal year reach back across New Year', () => {
    expect(byLabel('2027-01', 7)).toMatchObject({ 'Last full quarter': '2026-10…2026-12', 'Fiscal year to date': '2026-07…2027-01', 'Last fiscal year': '2025-07…2026-06' });
    expect(byLabel('2026-11', 10)).toMatchObject({ 'Last full quarter': '2026-07…2026-09', 'Fiscal year to date': '2026-10…2026-11', 'Last fiscal year': '2025-10…2026-09' });
  });

  it('§6: in the month after a fiscal year ends, "last fiscal year" is the one just ended', () => {
    expect(byLabel('2026-06', 7)).toMatchObject({ 'Fiscal year to date': '2025-07…2026-06', 'Last fiscal year': '2025-07…2026-06' });
    expect(byLabel('2026-12', 1)).toMatchObject({ 'Last fiscal year': '2026-01…2026-12' });
  });

  it('§6: a fiscal year that starts in January is the calendar year', () => {
    expect(byLabel('2026-06', 1)).toMatchObject({ 'Fiscal year to date': '2026-01…2026-06', 'Last fiscal year': '2025-01…2025-12', 'Last full quarter': '2026-04…2026-06' });
  });
});
