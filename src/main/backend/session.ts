import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCheck, BackupInfo } from '../../shared/backups';
import { backupsDirOf, listBackups } from '../backup/backup-files';
import { automaticBackup, keepDamagedCopy, latestGoodBackup, needsDailyBackup, quickCheckPasses, swapInBackup } from '../backup/backup-service';
import { verifyBackup } from '../backup/verify-backup';
import { writeBackup } from '../backup/write-backup';
import { migrations } from '../db/migrations';
import { toIsoDate } from '../../shared/dates';
import type { RecoverResult, SessionState, SessionStatus, SetupResult } from '../../shared/session';
import { readKeyFile, keyFileExists, writeKeyFile } from '../db/key-file';
import { defaultKdfParams, newDataKey, unwrapKey, wrapKey, type KdfParams } from '../db/key-wrapping';
import { migrate, schemaVersion } from '../db/migrate';
import { openEncryptedDatabase, type Db } from '../db/open-database';
import { generateRecoveryCode, normalizeRecoveryCode } from '../db/recovery-code';
import type { StoreFiles } from '../db/store-files';
import { refuseDataFolder } from '../files/data-folder-guard';
import { assertNoOtherProcessHasStoreOpen, markStoreOpen } from '../db/store-lock';
import { AppError, validationError } from './app-error';
import { recordAudit, type AuditEvent } from './audit-log';
import type { Clock } from './clock';
import { weaknessOf } from './passphrase-strength';
import { readSettings } from './settings-store';
import { clearThrottle, nextAttemptAllowedAt, readThrottle, recordFailure } from './unlock-throttle';

export interface SessionOptions {
  files: StoreFiles;
  clock: Clock;
  /** Who the audit log names for changes made in this session ('coordinator', 'cli'). */
  actor: string;
  kdfParams?: KdfParams;
}

/**
 * The key holder: owns the open database handle, which exists only while unlocked.
 * Locking (by hand, from the menu or when idle) closes the handle and forgets the key.
 */
export class Session {
  private db: Db | null = null;
  /** The data key, held only while unlocked: restoring a backup reopens the store with it. */
  private dataKey: Buffer | null = null;
  /** Why the last automatic backup failed, shown with the backups until one succeeds. */
  private backupProblem: string | null = null;
  private lastActivityAt: number;
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly kdfParams: KdfParams;
  /** Counts committed writes, so values derived from the data know when they are stale. */
  private writes = 0;
  private readonly derivedValues = new Map<string, { version: string; value: unknown }>();
  /** Removes this process's "store open" marker (see store-lock.ts); set while unlocked. */
  private unmarkStoreOpen: (() => void) | null = null;
  /** The passphrase or recovery-code attempt in progress: attempts run one at a time (see oneAttemptAtATime). */
  private attempts: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SessionOptions) {
    this.kdfParams = options.kdfParams ?? defaultKdfParams;
    this.lastActivityAt = options.clock().getTime();
  }

  get state(): SessionState {
    if (this.db) return 'unlocked';
    return keyFileExists(this.options.files.keys) ? 'locked' : 'needs-setup';
  }

  status(): SessionStatus {
    const now = this.options.clock();
    const retryAt = this.db ? null : nextAttemptAllowedAt(readThrottle(this.options.files.unlockThrottle, now), now);
    return {
      state: this.state,
      retryAfterMs: retryAt ? retryAt.getTime() - now.getTime() : null,
      autoLockMinutes: this.db ? readSettings(this.db).autoLockMinutes : null,
      today: toIsoDate(now),
    };
  }

  /** The open database; `locked` when there is none. */
  database(): Db {
    if (!this.db) throw new AppError('locked', 'PeerDesk is locked. Unlock it with your passphrase.');
    return this.db;
  }

  onChange(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  touch(): void {
    this.lastActivityAt = this.options.clock().getTime();
  }

  get dataDir(): string {
    return this.options.files.dataDir;
  }

  /** Who the audit log names for this session's changes. */
  get actor(): string {
    return this.options.actor;
  }

  /**
   * Runs a change and its audit line in one transaction: both are written or neither.
   * The event may be computed from the change's result (e.g. the id of a new record).
   *
   * One writer at a time, across processes — the design: the app and the admin CLI may have
   * the same store open at once (a supported use), so every transaction is coherent on its
   * own rather than one process locking the others out.
   * - Every write is BEGIN IMMEDIATE: it takes SQLite's write lock before reading anything,
   *   so a read-then-write never meets another process's commit half-way (which fails with
   *   SQLITE_BUSY at once); a writer that finds the lock taken waits up to the busy timeout
   *   (open-database.ts), and only then the user is told PeerDesk is busy elsewhere.
   * - Values derived from the data are re-derived when another process committed (see derived).
   * - A restore, which swaps the file under every open handle, is refused while another
   *   process has the store open (store-lock.ts).
   */
  write<T>(event: AuditEvent | ((result: T) => AuditEvent), change: (db: Db) => T): T {
    const db = this.database();
    const result = db
      .transaction(() => {
        const value = change(db);
        recordAudit(db, typeof event === 'function' ? event(value) : event, this.options.clock(), this.options.actor);
        return value;
      })
      .immediate();
    this.writes += 1;
    return result;
  }

  /**
   * A value computed from the data (e.g. every member's standing), kept until the data
   * changes: this session's own writes are counted, and `PRAGMA data_version` changes when
   * another process (the admin CLI beside the app) committed. The key must name everything
   * else the value depends on (such as today's date).
   */
  derived<T>(key: string, compute: () => T): T {
    const version = `${this.writes}:${String(this.database().pragma('data_version', { simple: true }))}`;
    const hit = this.derivedValues.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = compute();
    this.derivedValues.set(key, { version, value });
    return value;
  }

  async setup(passphrase: string): Promise<SetupResult> {
    if (this.state !== 'needs-setup') throw new AppError('conflict', 'PeerDesk is already set up in this data folder.');
    assertStrong(passphrase, 'passphrase');
    const { files } = this.options;
    mkdirSync(files.dataDir, { recursive: true, mode: 0o700 });
    // Electron creates its user-data folder itself, readable by everyone: the store's folder is the owner's only.
    chmodSync(files.dataDir, 0o700);
    const dataKey = newDataKey();
    const recoveryCode = generateRecoveryCode();
    const keyFile = {
      format: 1 as const,
      passphrase: await wrapKey(dataKey, passphrase, this.kdfParams),
      recoveryCode: await wrapKey(dataKey, recoveryCode, this.kdfParams),
    };
    // A database without its key file is never overwritten: it may be the only copy of the
    // program's records, waiting for keys.json to be restored from a backup.
    if (existsSync(files.database)) {
      throw new AppError(
        'conflict',
        'This data folder holds a PeerDesk database but not its key file (keys.json). Restore the key file from a backup, or choose another data folder to start afresh.',
      );
    }
    let db: Db | null = null;
    try {
      db = openEncryptedDatabase(files.database, dataKey);
      migrate(db);
      recordAudit(db, { action: 'session.setup', entity: 'store' }, this.options.clock(), this.options.actor);
      // The key file is written last: until it exists the folder counts as not set up.
      writeKeyFile(files.keys, keyFile);
    } catch (error) {
      // Only what this setup itself created is removed.
      db?.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(files.database + suffix, { force: true });
      throw error;
    }
    this.opened(db, dataKey);
    return { recoveryCode };
  }

  unlock(passphrase: string): Promise<SessionStatus> {
    return this.oneAttemptAtATime(() => this.unlockNow(passphrase));
  }

  private async unlockNow(passphrase: string): Promise<SessionStatus> {
    if (this.db) return this.status();
    const keyFile = this.readKeys();
    this.assertNotThrottled();
    const dataKey = await unwrapKey(keyFile.passphrase, passphrase);
    if (!dataKey) this.failedAttempt('Wrong passphrase');
    this.opened(this.openWithKey(dataKey), dataKey);
    return this.status();
  }

  recover(recoveryCode: string, next: string): Promise<RecoverResult> {
    return this.oneAttemptAtATime(() => this.recoverNow(recoveryCode, next));
  }

  /** A used recovery code is replaced: the new one is returned, to be shown once (like at setup). */
  private async recoverNow(recoveryCode: string, next: string): Promise<RecoverResult> {
    if (this.db) throw new AppError('conflict', 'PeerDesk is already unlocked; change the passphrase in Settings instead.');
    assertStrong(next, 'next');
    const keyFile = this.readKeys();
    this.assertNotThrottled();
    const dataKey = await unwrapKey(keyFile.recoveryCode, normalizeRecoveryCode(recoveryCode));
    if (!dataKey) this.failedAttempt('Wrong recovery code');
    const db = this.openWithKey(dataKey);
    const newRecoveryCode = generateRecoveryCode();
    const [passphrase, recovery] = await Promise.all([wrapKey(dataKey, next, this.kdfParams), wrapKey(dataKey, newRecoveryCode, this.kdfParams)]);
    writeKeyFile(this.options.files.keys, { ...keyFile, passphrase, recoveryCode: recovery });
    recordAudit(db, { action: 'session.recover', entity: 'store' }, this.options.clock(), this.options.actor);
    this.opened(db, dataKey);
    return { ...this.status(), recoveryCode: newRecoveryCode };
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.oneAttemptAtATime(() => this.changePassphraseNow(current, next));
  }

  private async changePassphraseNow(current: string, next: string): Promise<void> {
    this.database();
    assertStrong(next, 'next');
    const keyFile = this.readKeys();
    // A wrong current passphrase is a guess like any other: throttled and counted.
    this.assertNotThrottled();
    const dataKey = await unwrapKey(keyFile.passphrase, current);
    if (!dataKey) {
      recordFailure(this.options.files.unlockThrottle, this.options.clock());
      throw validationError('The current passphrase is wrong.', [{ path: 'current', message: 'Wrong passphrase' }]);
    }
    clearThrottle(this.options.files.unlockThrottle);
    if (current === next) throw validationError('Choose a passphrase different from the current one.', [{ path: 'next', message: 'Same as the current passphrase' }]);
    writeKeyFile(this.options.files.keys, { ...keyFile, passphrase: await wrapKey(dataKey, next, this.kdfParams) });
    this.write({ action: 'session.changePassphrase', entity: 'store' }, () => undefined);
  }

  lock(): void {
    if (!this.db) return;
    this.db.close();
    this.db = null;
    this.unmarkStoreOpen?.();
    this.unmarkStoreOpen = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
    this.derivedValues.clear();
    this.emit();
  }

  /** Locks when nothing happened for the configured number of minutes. */
  lockIfIdle(): boolean {
    if (!this.db) return false;
    const idleMs = this.options.clock().getTime() - this.lastActivityAt;
    if (idleMs < readSettings(this.db).autoLockMinutes * 60_000) return false;
    this.lock();
    return true;
  }

  private readKeys() {
    if (!keyFileExists(this.options.files.keys)) throw new AppError('not_found', 'PeerDesk is not set up in this data folder yet.');
    return readKeyFile(this.options.files.keys);
  }

  /**
   * Opens the store: `quick_check` first (a damaged file is reported with the latest good
   * backup, never written to), then a backup before any migration, then the migration.
   */
  private openWithKey(dataKey: Buffer): Db {
    const db = openEncryptedDatabase(this.options.files.database, dataKey);
    try {
      if (!quickCheckPasses(db)) {
        const backup = latestGoodBackup(this.options.files, dataKey);
        throw new AppError(
          'io',
          backup
            ? `The database failed its integrity check. Restore the latest good backup, made ${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC.`
            : 'The database failed its integrity check and there is no good backup in the data folder. Restore one from your removable drive.',
          { backup: backup?.name ?? null },
        );
      }
      const version = schemaVersion(db);
      if (version > 0 && version < migrations.length) automaticBackup(db, this.options.files, this.options.clock(), 'before-migration');
      migrate(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  private opened(db: Db, dataKey: Buffer): void {
    try {
      this.unmarkStoreOpen ??= markStoreOpen(this.options.files.dataDir);
    } catch (error) {
      db.close();
      throw error;
    }
    this.db = db;
    this.dataKey = dataKey;
    clearThrottle(this.options.files.unlockThrottle);
    this.touch();
    this.dailyBackup();
    this.emit();
  }

  /** The first unlock of each day leaves an encrypted copy in the data folder's backups. */
  private dailyBackup(): void {
    const at = this.options.clock();
    if (!this.db || !needsDailyBackup(this.options.files, at)) return;
    try {
      automaticBackup(this.db, this.options.files, at, 'daily');
      this.backupProblem = null;
    } catch (error) {
      // Unlocking must not fail because a backup could not be written; the Backups panel says so.
      this.backupProblem = `The automatic backup failed (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  backups(): { backups: BackupInfo[]; problem: string | null } {
    this.database();
    return { backups: listBackups(backupsDirOf(this.options.files.dataDir)), problem: this.backupProblem };
  }

  /** A backup written to a file the Coordinator chose (a removable drive). */
  backupTo(file: string): void {
    refuseDataFolder(file, this.options.files.dataDir);
    writeBackup(this.database(), file);
    this.write({ action: 'backups.create', entity: 'store' }, () => undefined);
  }

  verify(file: string): BackupCheck {
    this.database();
    return verifyBackup(file, this.dataKey as Buffer);
  }

  /**
   * Restores a backup: verified first, the current data kept as a "before restore" backup,
   * then swapped in and reopened. A backup made under an older passphrase opens: the
   * data key never changes, only its wrapping.
   */
  restoreFrom(file: string): void {
    assertNoOtherProcessHasStoreOpen(this.options.files.dataDir);
    const db = this.database();
    const dataKey = Buffer.from(this.dataKey as Buffer);
    const check = verifyBackup(file, dataKey);
    if (!check.ok) throw validationError(`That backup cannot be restored: ${check.problem}`, [{ path: 'file', message: check.problem ?? 'Not verified' }]);
    automaticBackup(db, this.options.files, this.options.clock(), 'before-restore');
    this.lock();
    swapInBackup(this.options.files, file);
    const reopened = this.openWithKey(dataKey);
    recordAudit(reopened, { action: 'backups.restore', entity: 'store' }, this.options.clock(), this.options.actor);
    this.writes += 1;
    this.opened(reopened, dataKey);
  }

  /** From the Unlock screen, when the database failed its check: restore an automatic backup by name. */
  restoreWhileLocked(passphrase: string, name: string): Promise<SessionStatus> {
    return this.oneAttemptAtATime(() => this.restoreWhileLockedNow(passphrase, name));
  }

  private async restoreWhileLockedNow(passphrase: string, name: string): Promise<SessionStatus> {
    if (this.db) throw new AppError('conflict', 'PeerDesk is unlocked; restore from Settings → Backups.');
    assertNoOtherProcessHasStoreOpen(this.options.files.dataDir);
    const keyFile = this.readKeys();
    this.assertNotThrottled();
    const dataKey = await unwrapKey(keyFile.passphrase, passphrase);
    if (!dataKey) this.failedAttempt('Wrong passphrase');
    const file = join(backupsDirOf(this.options.files.dataDir), name);
    const check = verifyBackup(file, dataKey);
    if (!check.ok) throw validationError(`That backup cannot be restored: ${check.problem}`, [{ path: 'name', message: check.problem ?? 'Not verified' }]);
    if (existsSync(this.options.files.database)) keepDamagedCopy(this.options.files, this.options.clock());
    swapInBackup(this.options.files, file);
    const db = this.openWithKey(dataKey);
    recordAudit(db, { action: 'backups.restore', entity: 'store' }, this.options.clock(), this.options.actor);
    this.opened(db, dataKey);
    return this.status();
  }

  /**
   * Runs one passphrase or recovery-code attempt after the previous one finished, so that
   * concurrent calls cannot all pass the throttle check before any failure is counted.
   */
  private oneAttemptAtATime<T>(attempt: () => Promise<T>): Promise<T> {
    const result = this.attempts.then(attempt, attempt);
    this.attempts = result.catch(() => undefined);
    return result;
  }

  private assertNotThrottled(): void {
    const now = this.options.clock();
    const allowedAt = nextAttemptAllowedAt(readThrottle(this.options.files.unlockThrottle, now), now);
    if (allowedAt) {
      const retryAfterMs = allowedAt.getTime() - now.getTime();
      throw new AppError('locked', `Too many wrong attempts. Try again in ${Math.ceil(retryAfterMs / 1000)} seconds.`, {
        retryAfterMs,
      });
    }
  }

  /** Counts a wrong attempt, from the app and the admin CLI alike, and refuses it. */
  private failedAttempt(message: string): never {
    recordFailure(this.options.files.unlockThrottle, this.options.clock());
    throw new AppError('locked', message);
  }

  private emit(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}

function assertStrong(passphrase: string, field: string): void {
  const weakness = weaknessOf(passphrase);
  if (weakness) throw validationError(`Passphrase too weak: ${weakness}`, [{ path: field, message: weakness }]);
}
