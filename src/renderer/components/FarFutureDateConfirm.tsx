import { useState, type ReactNode } from 'react';
import { isMoreThanAYearAhead } from '../../shared/calendar';
import { ConfirmModal } from './ConfirmModal';

/**
 * Asks before saving a date more than a year ahead (data safety: a mistyped year, 2062 for
 * 2026, would otherwise be recorded silently). `confirmThen` runs `proceed` at once when
 * every date is near, else after the Coordinator confirms; render `modal` in the form.
 */
export function useFarFutureDateConfirm(today: string): { confirmThen(dates: (string | null | undefined)[], proceed: () => void): void; modal: ReactNode } {
  const [pending, setPending] = useState<(() => void) | null>(null);

  function confirmThen(dates: (string | null | undefined)[], proceed: () => void) {
    if (dates.some((date) => date && isMoreThanAYearAhead(date, today))) setPending(() => proceed);
    else proceed();
  }

  function confirm() {
    const proceed = pending;
    setPending(null);
    proceed?.();
  }

  const modal = (
    <ConfirmModal opened={pending !== null} title="Check the date" confirmLabel="Yes, the date is right" cancelLabel="Change the date" busy={false} error={null} onConfirm={confirm} onCancel={() => setPending(null)}>
      That date is more than a year away — is it right?
    </ConfirmModal>
  );
  return { confirmThen, modal };
}
