import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ConfirmModal, questionOpen } from '../components/ConfirmModal';

/**
 * Work is never lost by a stray Escape, click outside or Cancel: closing a form that holds
 * unsaved changes asks first. The form reports whether it is dirty; the modal or drawer
 * calls `requestClose` wherever it would close.
 */
export function useDiscardGuard(close: () => void): { requestClose(): void; setDirty(dirty: boolean): void; guard: ReactNode } {
  // A ref, not state: an Escape pressed right after typing must see the change before any re-render.
  const dirty = useRef(false);
  const setDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const [asking, setAsking] = useState(false);
  const discard = () => {
    setAsking(false);
    dirty.current = false;
    close();
  };
  const guard = (
    <ConfirmModal opened={asking} title="Discard your changes?" confirmLabel="Discard changes" cancelLabel="Keep editing" busy={false} error={null} onConfirm={discard} onCancel={() => setAsking(false)}>
      What you entered in this form has not been saved.
    </ConfirmModal>
  );
  // Opened after the key event that asked has finished: the Escape that reached the form's
  // modal must not also reach this one and dismiss it at once. While any question is open
  // (this one, or one the form asked), the form's modal hears its Escape too: it is ignored.
  const requestClose = () => {
    if (asking || questionOpen()) return;
    if (dirty.current) window.setTimeout(() => setAsking(true), 0);
    else close();
  };
  return { requestClose, setDirty, guard };
}
