import { useState } from 'react';
import { toCallError, type CallError } from '../api/call';

/**
 * Runs a backend action for a form or button: `busy` while it runs, `error` (with the
 * backend's field messages) when it fails. Every form and modal submits through this.
 */
export function useAction<Args extends unknown[]>(action: (...args: Args) => Promise<void>, options: { onError?(error: CallError): void } = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  async function run(...args: Args): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action(...args);
    } catch (e) {
      const failure = toCallError(e);
      setError(failure);
      options.onError?.(failure);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}

/** The message to show above the buttons: field errors are shown beside their fields instead. */
export function summaryOf(error: CallError | null): string | null {
  if (!error) return null;
  return error.payload.code === 'validation' && error.payload.details?.fields?.length ? 'Check the fields marked in red.' : error.message;
}
