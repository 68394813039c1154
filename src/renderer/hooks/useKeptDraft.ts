import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Drafts kept in this window's memory, by key, until they are saved or discarded: leaving a
 * screen, switching month or the idle lock does not lose them. They are never written to
 * disk, and go when the window closes.
 */
const kept = new Map<string, unknown>();

export const keepDraft = (key: string, value: unknown): void => void kept.set(key, value);

/** The draft waiting under `key`, if any. */
// oxlint-disable-next-line typescript/consistent-type-assertions -- a key names its type: one key is only ever kept by one form.
export const keptDraft = <T,>(key: string): T | undefined => kept.get(key) as T | undefined;

/** Forgets a draft: it was saved, or the user chose to discard it. */
export const forgetKeptDraft = (key: string): void => void kept.delete(key);

/** Forgets every draft: after a restore they could belong to records that are no longer the same. */
export const forgetAllKeptDrafts = (): void => kept.clear();

/** Whether a draft is waiting under `key` (e.g. to reopen the dialog it was typed in). */
export const hasKeptDraft = (key: string): boolean => kept.has(key);

/** The keys of drafts waiting, starting with `prefix` (e.g. the months with unsaved tallies). */
export const keptDraftKeys = (prefix: string): string[] => [...kept.keys()].filter((k) => k.startsWith(prefix));

/**
 * State that outlives its component: like useState, but a draft left under `key` comes back
 * when the component mounts again (after a lock, or on returning to the screen). `discard`
 * forgets it (once saved, or when the user discards it) and starts again from `initial`.
 * Give the component a React `key` of the same value when `key` can change.
 */
export function useKeptDraft<T>(key: string, initial: () => T): { draft: T; setDraft(next: T): void; discard(): void; restored: boolean } {
  // The latest `initial`: discarding after a save starts again from what was saved.
  const initialRef = useRef(initial);
  useEffect(() => {
    initialRef.current = initial;
  });
  const [restored] = useState(() => kept.has(key));
  const [draft, setState] = useState<T>(() => keptDraft<T>(key) ?? initial());
  const setDraft = useCallback(
    (next: T) => {
      kept.set(key, next);
      setState(next);
    },
    [key],
  );
  const discard = useCallback(() => {
    kept.delete(key);
    setState(initialRef.current());
  }, [key]);
  return { draft, setDraft, discard, restored };
}
