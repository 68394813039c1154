import { chmodSync, mkdirSync } from 'node:fs';
import type { MaintenanceReport, MaintenanceStep, RecoverResult, SessionState, SessionStatus, SetupResult } from '../../shared/session';
import { toIsoDate } from '../../shared/calendar';
import type { Clock } from '../clock';
import { AppError, validationError } from '../errors';
import { automaticBackup, needsDailyBackup, quickCheckPasses } from '../store/backups/automatic-backups';
import { createStoreFile, damagedDatabase, openStoreFile } from '../store/open-store';
import type { Db } from '../store/open-database';
import type { StoreFiles } from '../store/store-files';
import { markStoreOpen } from '../store/store-lock';
import { recordAudit, Store } from '../store/store';
import { readSettings } from '../domains/settings/store';
import { newDataKey, type KdfParams } from '../store/vault/key-wrapping';
import { generateRecoveryCode, normalizeRecoveryCode } from '../store/vault/recovery-code';
import { assertStrong, KeyVault } from '../store/vault/vault';

export interface SessionOptions {
  files: StoreFiles;
  clock: Clock;
  /** Who the audit log names for changes made in this session ('coordinator', 'cli'). */
  actor: string;
  kdfParams?: KdfParams;
}

export const wrongPassphrase = (): AppError => new AppError('locked', 'Wrong passphrase');

/**
 * The locked/unlocked state machine. Locked, there is no open store and no key in memory;
 * unlocking (passphrase, recovery code, or a restore) opens the store, and locking — by
 * hand, from the menu or when idle — closes it and forgets the key.
 */
export class Session {
  readonly files: StoreFiles;
  readonly clock: Clock;
  readonly actor: string;
  readonly vault: KeyVault;
  private openStore: Store | null = null;
  /** The data key, held only while unlocked: restoring a backup reopens the store with it. */
  private dataKey: Buffer | null = null;
  /** Why the last automatic backup failed, shown with the backups until one succeeds. */
  private backupProblemText: string | null = null;
  /** What the unlock still owes (see maintain): the integrity check, then the day's backup. */
  private owed = { check: false, backup: false };
  private lastActivityAt: number;
  private readonly listeners = new Set<(state: SessionState) => void>();
  /** Removes this process's "store open" marker (see store-lock.ts); set while unlocked. */
  private unmarkStoreOpen: (() => void) | null = null;
  /** The passphrase or recovery-code attempt in progress: attempts run one at a time (see oneAttemptAtATime). */
  private attempts: Promise<unknown> = Promise.resolve();

  constructor(options: SessionOptions) {
    this.files = options.files;
    this.clock = options.clock;
    this.actor = options.actor;
    this.vault = new KeyVault(options.files, options.clock, options.kdfParams);
    this.lastActivityAt = options.clock().getTime();
  }

  get state(): SessionState {
    if (this.openStore) return 'unlocked';
    return this.vault.exists ? 'locked' : 'needs-setup';
  }

  status(): SessionStatus {
    return {
      state: this.state,
      retryAfterMs: this.openStore ? null : this.vault.retryAfterMs(),
      autoLockMinutes: this.openStore ? readSettings(this.openStore.read()).autoLockMinutes : null,
      today: toIsoDate(this.clock()),
      maintenance: this.nextMaintenanceStep(),
    };
  }

  /** The open store; `locked` when there is none. */
  store(): Store {
    if (!this.openStore) throw new AppError('locked', 'PeerDesk is locked. Unlock it with your passphrase.');
    return this.openStore;
  }

  /** A copy of the open store's data key (restoring a backup checks and reopens with it); the caller zeroes it when done. */
  heldDataKey(): Buffer {
    this.store();
    if (!this.dataKey) throw new AppError('locked', 'PeerDesk is locked. Unlock it with your passphrase.');
    return Buffer.from(this.dataKey);
  }

  get dataDir(): string {
    return this.files.dataDir;
  }

  onChange(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  touch(): void {
    this.lastActivityAt = this.clock().getTime();
  }

  async setup(passphrase: string): Promise<SetupResult> {
    if (this.state !== 'needs-setup') throw new AppError('conflict', 'PeerDesk is already set up in this data folder.');
    assertStrong(passphrase, 'passphrase');
    ensurePrivateDataDir(this.files.dataDir);
    const dataKey = newDataKey();
    const recoveryCode = generateRecoveryCode();
    const keyFile = { format: 1 as const, passphrase: await this.vault.wrap(dataKey, passphrase), recoveryCode: await this.vault.wrap(dataKey, recoveryCode) };
    const db = createStoreFile(this.files, dataKey, (created) => {
      recordAudit(created, { action: 'session.setup', entity: 'store' }, this.clock(), this.actor);
      // The key file is written last: until it exists the folder counts as not set up.
      this.vault.write(keyFile);
    });
    this.open(db, dataKey, { checked: true });
    return { recoveryCode };
  }

  unlock(passphrase: string): Promise<SessionStatus> {
    return this.oneAttemptAtATime(async () => {
      if (this.openStore) return this.status();
      const dataKey = await this.vault.unwrap(this.vault.read().passphrase, passphrase, wrongPassphrase);
      this.open(this.openWithKey(dataKey), dataKey);
      return this.status();
    });
  }

  /** A used recovery code is replaced: the new one is returned, to be shown once (like at setup). */
  recover(recoveryCode: string, next: string): Promise<RecoverResult> {
    return this.oneAttemptAtATime(async () => {
      if (this.openStore) throw new AppError('conflict', 'PeerDesk is already unlocked; change the passphrase in Settings instead.');
      assertStrong(next, 'next');
      const keyFile = this.vault.read();
      const dataKey = await this.vault.unwrap(keyFile.recoveryCode, normalizeRecoveryCode(recoveryCode), () => new AppError('locked', 'Wrong recovery code'));
      const newRecoveryCode = generateRecoveryCode();
      const [passphrase, recovery] = await Promise.all([this.vault.wrap(dataKey, next), this.vault.wrap(dataKey, newRecoveryCode)]);
      const db = this.openWithKey(dataKey);
      try {
        // Recovery writes before the store is open for use, so the file is checked here, at once.
        if (!quickCheckPasses(db)) throw damagedDatabase(this.files, dataKey, 'The database failed its integrity check.');
        recordAudit(db, { action: 'session.recover', entity: 'store' }, this.clock(), this.actor);
        // The key file changes last, once nothing else can fail: the code typed keeps working until the new one exists.
        this.vault.write({ ...keyFile, passphrase, recoveryCode: recovery });
      } catch (error) {
        db.close();
        throw error;
      }
      this.open(db, dataKey, { checked: true });
      // Backups made before carry the old wrapping (forgotten passphrase, replaced code): one now carries the new.
      this.automaticBackupNow();
      return { ...this.status(), recoveryCode: newRecoveryCode };
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.oneAttemptAtATime(async () => {
      const store = this.store();
      assertStrong(next, 'next');
      const keyFile = this.vault.read();
      // A wrong current passphrase is a guess like any other: throttled and counted.
      const dataKey = await this.vault.unwrap(keyFile.passphrase, current, () =>
        validationError('The current passphrase is wrong.', [{ path: 'current', message: 'Wrong passphrase' }]),
      );
      this.vault.attemptSucceeded();
      if (current === next) throw validationError('Choose a passphrase different from the current one.', [{ path: 'next', message: 'Same as the current passphrase' }]);
      this.vault.write({ ...keyFile, passphrase: await this.vault.wrap(dataKey, next) });
      dataKey.fill(0);
      store.write({ action: 'session.changePassphrase', entity: 'store' }, () => undefined);
    });
  }

  /** "Use the copy" of a damaged or missing keys.json (see KeyVault.useCopy). */
  useKeyFileCopy(): SessionStatus {
    if (this.openStore) throw new AppError('conflict', 'PeerDesk is unlocked: its key file is in order.');
    this.vault.useCopy();
    return this.status();
  }

  /** Locks: by hand, from the menu, when idle, when the app quits, when a CLI command is done. */
  lock(): void {
    if (!this.openStore) return;
    this.finishMaintenance();
    this.close();
  }

  /** Closes the store and forgets the key; what the unlock owed is dropped (the next unlock owes it again). */
  private close(): void {
    if (!this.openStore) return;
    this.owed = { check: false, backup: false };
    this.openStore.close();
    this.openStore = null;
    this.unmarkStoreOpen?.();
    this.unmarkStoreOpen = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
    this.emit();
  }

  /** Locks when nothing happened for the configured number of minutes. */
  lockIfIdle(): boolean {
    if (!this.openStore) return false;
    const idleMs = this.clock().getTime() - this.lastActivityAt;
    if (idleMs < readSettings(this.openStore.read()).autoLockMinutes * 60_000) return false;
    this.lock();
    return true;
  }

  /** Opens the database with a data key that unwrapped (see openStoreFile). */
  openWithKey(dataKey: Buffer): Db {
    return openStoreFile(this.files, dataKey, this.clock, () => this.vault.read());
  }

  /**
   * The transition to unlocked: the store is marked open and the key file's copy kept in step.
   * The integrity check (unless `checked`: a new file, or checked already) and the first backup
   * of the day are owed, not done: they take ~8 ms per MB, so they run once the first screen
   * is shown (see maintain).
   */
  open(db: Db, dataKey: Buffer, { checked = false }: { checked?: boolean } = {}): void {
    try {
      this.unmarkStoreOpen ??= markStoreOpen(this.files.dataDir);
    } catch (error) {
      db.close();
      throw error;
    }
    this.openStore = new Store(db, this.clock, this.actor, () => this.checkIntegrityIfOwed());
    this.dataKey = dataKey;
    this.vault.attemptSucceeded();
    this.vault.keepCopyInStep();
    this.touch();
    // The first unlock of each day leaves an encrypted copy in the data folder's backups.
    this.owed = { check: !checked, backup: needsDailyBackup(this.files, this.clock()) };
    this.emit();
  }

  private nextMaintenanceStep(): MaintenanceStep | null {
    if (!this.openStore) return null;
    return this.owed.check ? 'check' : this.owed.backup ? 'backup' : null;
  }

  /**
   * Runs the next step the unlock owes, one per call, so the window can say which is running.
   * The window asks once its first screen is shown: main runs one thing at a time, so a check
   * started as soon as unlock answered would hold that screen's first reads back. Nothing
   * depends on the window asking, though: the first write runs the check (Store.write), and
   * locking runs whatever is still owed (lock), so the day's backup is made even when the
   * app is locked, quit or auto-locked right after unlocking, and the CLI makes it after
   * answering. A damaged file locks the session and throws the error that names the
   * newest good backup, as unlocking a damaged file did.
   */
  maintain(): MaintenanceReport {
    const step = this.nextMaintenanceStep();
    let backupMadeAt: string | null = null;
    if (step === 'check') this.checkIntegrityIfOwed();
    if (step === 'backup') backupMadeAt = this.dailyBackupIfOwed();
    return { ran: step, next: this.nextMaintenanceStep(), backupMadeAt, backupProblem: this.backupProblemText };
  }

  /** `PRAGMA quick_check`, once per unlock, before anything is written: a damaged file is closed and never written to. */
  private checkIntegrityIfOwed(): void {
    if (!this.openStore || !this.owed.check) return;
    if (quickCheckPasses(this.openStore.read())) {
      this.owed.check = false;
      return;
    }
    const dataKey = this.heldDataKey();
    try {
      this.close();
      throw damagedDatabase(this.files, dataKey, 'The database failed its integrity check.');
    } finally {
      dataKey.fill(0);
    }
  }

  /** The first backup of the day, after the check passed (a damaged copy must never rotate out a good one). */
  private dailyBackupIfOwed(): string | null {
    if (!this.openStore || this.owed.check || !this.owed.backup) return null;
    this.owed.backup = false;
    // Another process on the same store (the CLI) may have made it since the unlock.
    if (!needsDailyBackup(this.files, this.clock())) return null;
    return this.automaticBackupNow();
  }

  /** Before locking: the day's backup, if still owed, after the check. A check alone is not run: nothing was written, and the next unlock owes it again. */
  private finishMaintenance(): void {
    if (!this.owed.backup) return;
    try {
      this.checkIntegrityIfOwed();
    } catch {
      return; // closed: the next unlock finds the damage again and says so
    }
    this.dailyBackupIfOwed();
  }

  /** Why the last automatic backup failed, until one succeeds. */
  get backupProblem(): string | null {
    return this.backupProblemText;
  }

  /** An automatic backup now, answering when it was made; a failure never fails the unlock — the Backups panel says so. */
  private automaticBackupNow(): string | null {
    if (!this.openStore) return null;
    try {
      const made = automaticBackup(this.openStore.read(), this.files, this.clock(), 'daily', this.vault.read());
      this.backupProblemText = null;
      return made.createdAt;
    } catch (error) {
      this.backupProblemText = `The automatic backup failed (${error instanceof Error ? error.message : String(error)}).`;
      return null;
    }
  }

  /**
   * Runs one passphrase or recovery-code attempt after the previous one finished, so that
   * concurrent calls cannot all pass the throttle check before any failure is counted.
   */
  oneAttemptAtATime<T>(attempt: () => Promise<T>): Promise<T> {
    const result = this.attempts.then(attempt, attempt);
    this.attempts = result.catch(() => undefined);
    return result;
  }

  private emit(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}

/** The data folder, owner-only: Electron creates its user-data folder itself, readable by everyone. */
export function ensurePrivateDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}
