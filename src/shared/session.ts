import * as z from 'zod';
import type { IsoDate } from './calendar';

/** Where the app stands: no store yet, a store waiting for the passphrase, or open. */
export type SessionState = 'needs-setup' | 'locked' | 'unlocked';

export interface SessionStatus {
  state: SessionState;
  /**
   * While unlocking is throttled after repeated failures: how long until the next attempt is
   * allowed, counted from this answer (the window's clock need not agree with main's).
   */
  retryAfterMs: number | null;
  autoLockMinutes: number | null;
  /** Today by main's clock: the renderer never reads the system clock for a date. */
  today: IsoDate;
  /** What the unlock still owes, done once the first screen is shown (see `session.maintenance`). */
  maintenance: MaintenanceStep | null;
}

/**
 * The work an unlock leaves for after the first screen is shown: `PRAGMA quick_check` of the
 * data file, then the first automatic backup of the day. Both grow with the file.
 */
export type MaintenanceStep = 'check' | 'backup';

export interface MaintenanceReport {
  /** The step this call ran, if any was owed. */
  ran: MaintenanceStep | null;
  /** The step still owed after it. */
  next: MaintenanceStep | null;
  /** When the day's backup this call made was made (ISO instant). */
  backupMadeAt: string | null;
  /** Why the automatic backup failed, until one succeeds. */
  backupProblem: string | null;
}

const passphrase = z.string().max(1024);

export const setupInputSchema = z
  .object({ passphrase, confirmation: passphrase })
  .strict()
  .refine((v) => v.passphrase === v.confirmation, {
    path: ['confirmation'],
    message: 'The two passphrases differ',
  });

export interface SetupResult {
  /** Shown once: the only way a successor Coordinator can open the data without the passphrase. */
  recoveryCode: string;
}

export interface RecoverResult extends SessionStatus {
  /** The recovery code that replaces the one just used, shown once like the code at setup. */
  recoveryCode: string;
}

export const unlockInputSchema = z.object({ passphrase }).strict();

export const changePassphraseInputSchema = z
  .object({ current: passphrase, next: passphrase, confirmation: passphrase })
  .strict()
  .refine((v) => v.next === v.confirmation, { path: ['confirmation'], message: 'The two passphrases differ' });

/** Unlock with the recovery code; a new passphrase is required at the same time. */
export const recoverInputSchema = z
  .object({ recoveryCode: z.string().max(200), next: passphrase, confirmation: passphrase })
  .strict()
  .refine((v) => v.next === v.confirmation, { path: ['confirmation'], message: 'The two passphrases differ' });

export const emptyInputSchema = z.object({}).strict();
