import { createContext, useContext } from 'react';
import type { IsoDate } from '../../shared/calendar';

/**
 * Today as main's clock has it (from `session.status`). Screens take their dates from here,
 * never from the renderer's own clock, so the window and the backend always agree on the
 * day — and tests that choose a date choose it for both.
 */
export const TodayContext = createContext<IsoDate | null>(null);

export function useToday(): IsoDate {
  const today = useContext(TodayContext);
  if (!today) throw new Error('useToday needs the unlocked app around it');
  return today;
}
