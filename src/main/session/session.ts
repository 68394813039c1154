import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCheck, BackupInfo } from '../../shared/backups';
import { backupsDirOf, listBackups } from '../store/backups/backup-files';
import { automaticBackup, keepDamagedCopy, latestGoodBackup, needsDailyBackup, quickCheckPasses, swapInBackup } from '../store/backups/automatic-backups';
import { BackupFormatError, readBackupParts } from '../store/backups/container';
import { verifyBackup } from '../store/backups/verify-backup';
import { writeBackup } from '../store/backups/write-backup';
import { migrations } from '../store/migrations';
import { toIsoDate } from '../../shared/calendar';
import type { RecoverResult, SessionState, SessionStatus, SetupResult } from '../../shared/session';
import { inspectKeyFile, keyFileCopyOf, keyFileExists, writeKeyFile, type KeyFile } from '../store/vault/key-file';
import { defaultKdfParams, newDataKey, unwrapKey, wrapKey, type KdfParams } from '../store/vault/key-wrapping';
import { migrate, schemaVersion } from '../store/migrate';
import { openEncryptedDatabase, type Db } from '../store/open-database';
import { generateRecoveryCode, normalizeRecoveryCode } from '../store/vault/recovery-code';
import type { StoreFiles } from '../store/store-files';
import { refuseDataFolder } from '../files/data-folder-guard';
import { assertNoOtherProcessHasStoreOpen, markStoreOpen } from '../store/store-lock';
import { writeFileAtomic } from '../files/atomic-write';
import { AppError, validationError, errorCodeOf } from '../errors';
import { recordAudit, Store, type AuditEvent, type ReadDb, type WriteDb } from '../store/store';
import type { Clock } from '../clock';
import { weaknessOf } from '../store/vault/passphrase-strength';
import { readSettings } from '../domains/settings/store';
import { clearThrottle, nextAttemptAllowedAt, readThrottle, recordFailure } from '../store/vault/unlock-throttle';

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
  private openStore: Store | null = null;
  /** The data key, held only while unlocked: restoring a backup reopens the store with it. */
  private dataKey: Buffer | null = null;
  /** Why the last automatic backup failed, shown with the backups until one succeeds. */
  private backupProblem: string | null = null;
  private lastActivityAt: number;
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly kdfParams: KdfParams;
  /** Removes this process's "store open" marker (see store-lock.ts); set while unlocked. */
  private unmarkStoreOpen: (() => void) | null = null;
  /** The passphrase or recovery-code attempt in progress: attempts run one at a time (see oneAttemptAtATime). */
  private attempts: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SessionOptions) {
    this.kdfParams = options.kdfParams ?? defaultKdfParams;
    this.lastActivityAt = options.clock().getTime();
  }

  get state(): SessionState {
    if (this.openStore) return 'unlocked';
    const { keys } = this.options.files;
    // A lone copy of keys.json still means a store is here: it must be repaired, never set up anew.
    return keyFileExists(keys) || keyFileExists(keyFileCopyOf(keys)) ? 'locked' : 'needs-setup';
  }

  status(): SessionStatus {
    const now = this.options.clock();
    const retryAt = this.openStore ? null : nextAttemptAllowedAt(readThrottle(this.options.files.unlockThrottle, now), now);
    return {
      state: this.state,
      retryAfterMs: retryAt ? retryAt.getTime() - now.getTime() : null,
      autoLockMinutes: this.openStore ? readSettings(this.openStore.read()).autoLockMinutes : null,
      today: toIsoDate(now),
    };
  }

  /** The open store; `locked` when there is none. */
  store(): Store {
    if (!this.openStore) throw new AppError('locked', 'PeerDesk is locked. Unlock it with your passphrase.');
    return this.openStore;
  }

  /** @deprecated — use store().read(). */
  database(): ReadDb {
    return this.store().read();
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

  /** @deprecated — use store().write(). */
  write<T>(event: AuditEvent | ((result: T) => AuditEvent), change: (tx: WriteDb) => T): T {
    return this.store().write(event, change);
  }

  /** @deprecated — use store().derived(). */
  derived<T>(key: string, compute: () => T): T {
    return this.store().derived(key, compute);
  }

  async setup(passphrase: string): Promise<SetupResult> {
    if (this.state !== 'needs-setup') throw new AppError('conflict', 'PeerDesk is already set up in this data folder.');
    assertStrong(passphrase, 'passphrase');
    const { files } = this.options;
    ensurePrivateDataDir(files.dataDir);
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
    if (this.openStore) return this.status();
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
    if (this.openStore) throw new AppError('conflict', 'PeerDesk is already unlocked; change the passphrase in Settings instead.');
    assertStrong(next, 'next');
    const keyFile = this.readKeys();
    this.assertNotThrottled();
    const dataKey = await unwrapKey(keyFile.recoveryCode, normalizeRecoveryCode(recoveryCode));
    if (!dataKey) this.failedAttempt('Wrong recovery code');
    const newRecoveryCode = generateRecoveryCode();
    const [passphrase, recovery] = await Promise.all([wrapKey(dataKey, next, this.kdfParams), wrapKey(dataKey, newRecoveryCode, this.kdfParams)]);
    const db = this.openWithKey(dataKey);
    try {
      recordAudit(db, { action: 'session.recover', entity: 'store' }, this.options.clock(), this.options.actor);
      // The key file changes last, once nothing else can fail: the code typed keeps working until the new one exists.
      writeKeyFile(this.options.files.keys, { ...keyFile, passphrase, recoveryCode: recovery });
    } catch (error) {
      db.close();
      throw error;
    }
    this.opened(db, dataKey);
    // Backups made before carry the old wrapping (forgotten passphrase, replaced code): one now carries the new.
    this.automaticBackupNow();
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
    if (!this.openStore) return;
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
    const idleMs = this.options.clock().getTime() - this.lastActivityAt;
    if (idleMs < readSettings(this.openStore.read()).autoLockMinutes * 60_000) return false;
    this.lock();
    return true;
  }

  /**
   * keys.json, or a plain account of what is wrong with it. A damaged key file is never
   * reported as a wrong passphrase. When its copy is intact, the user is offered "Use the
   * copy" (useKeyFileCopy) rather than having it used silently: the copy is written after
   * keys.json, so after a crash between the two it may hold the passphrase from before the
   * latest change, and the user should know which passphrase to try.
   */
  private readKeys(): KeyFile {
    const { keys } = this.options.files;
    const reading = inspectKeyFile(keys);
    if (reading.state === 'ok') return reading.keyFile;
    const copy = inspectKeyFile(keyFileCopyOf(keys));
    if (reading.state === 'missing' && copy.state === 'missing') throw new AppError('not_found', 'PeerDesk is not set up in this data folder yet.');
    const problem = reading.state === 'missing' ? 'keys.json is missing' : `keys.json is damaged: it ${reading.problem}`;
    if (copy.state === 'ok') {
      throw new AppError('io', `${problem}. Its copy, keys.backup.json, is intact: choose "Use the copy" to put it back, then unlock.`, { keyFileCopy: true });
    }
    const copyProblem = copy.state === 'missing' ? 'is missing' : `is damaged too: it ${copy.problem}`;
    throw new AppError('io', `${problem}, and its copy keys.backup.json ${copyProblem}. Restore a backup file into an empty data folder: a backup carries its own keys.`);
  }

  /**
   * "Use the copy": the damaged keys.json is kept aside under a dated name (an earlier damaged
   * one is never overwritten), and the intact copy put in its place.
   */
  useKeyFileCopy(): SessionStatus {
    if (this.openStore) throw new AppError('conflict', 'PeerDesk is unlocked: its key file is in order.');
    const { keys } = this.options.files;
    if (inspectKeyFile(keys).state === 'ok') return this.status();
    const copy = inspectKeyFile(keyFileCopyOf(keys));
    if (copy.state !== 'ok') throw new AppError('io', 'The copy of the key file, keys.backup.json, is not intact either. Restore a backup file into an empty data folder.');
    const stamp = this.options.clock().toISOString().replace(/[:.]/g, '');
    if (existsSync(keys)) renameSync(keys, join(this.options.files.dataDir, `keys.damaged-${stamp}.json`));
    writeFileAtomic(keys, copy.text);
    return this.status();
  }

  /** Keeps keys.backup.json in step with a keys.json that just opened the store (a store made before the copy existed gets one). */
  private keepKeyFileCopyInStep(): void {
    const { keys } = this.options.files;
    const reading = inspectKeyFile(keys);
    if (reading.state !== 'ok') return;
    const copy = keyFileCopyOf(keys);
    if (!existsSync(copy) || readFileSync(copy, 'utf8') !== reading.text) writeFileAtomic(copy, reading.text);
  }

  /**
   * The database must be there before it is opened: opening a missing or empty file would
   * create a new, empty store over the program's records. The error names the problem and
   * the newest backup that verifies, which the user may restore (session.restoreBackup).
   */
  private assertDatabasePresent(dataKey: Buffer): void {
    const { database } = this.options.files;
    if (!existsSync(database)) throw this.damagedDatabase('peerdesk.db is missing from the data folder; PeerDesk did not create a new, empty one.', dataKey);
    if (statSync(database).size === 0) throw this.damagedDatabase('peerdesk.db is empty (0 bytes); PeerDesk left it as it is.', dataKey);
  }

  private damagedDatabase(problem: string, dataKey: Buffer): AppError {
    const backup = latestGoodBackup(this.options.files, dataKey);
    return new AppError(
      'io',
      backup
        ? `${problem} Restore the latest good backup, made ${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC (backups/${backup.name}).`
        : `${problem} There is no good backup in the data folder. To restore one from your removable drive, move this folder's files elsewhere and choose "Restore from a backup file" on the first screen (CLI: restore --from FILE into an empty folder).`,
      { backup: backup?.name ?? null },
    );
  }

  /**
   * Opens the store: `quick_check` first (a damaged file is reported with the latest good
   * backup, never written to), then a backup before any migration, then the migration.
   */
  private openWithKey(dataKey: Buffer): Db {
    this.assertDatabasePresent(dataKey);
    let db: Db;
    try {
      db = openEncryptedDatabase(this.options.files.database, dataKey);
    } catch (error) {
      // The key unwrapped, so a file that does not open with it is damaged (or not ours).
      const code = errorCodeOf(error);
      if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw this.damagedDatabase('peerdesk.db is damaged: it does not open with its key.', dataKey);
      throw error;
    }
    try {
      if (!quickCheckPasses(db)) throw this.damagedDatabase('The database failed its integrity check.', dataKey);
      const version = schemaVersion(db);
      if (version > 0 && version < migrations.length) automaticBackup(db, this.options.files, this.options.clock(), 'before-migration', this.readKeys());
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
    this.openStore = new Store(db, this.options.clock, this.options.actor);
    this.dataKey = dataKey;
    clearThrottle(this.options.files.unlockThrottle);
    this.keepKeyFileCopyInStep();
    this.touch();
    this.dailyBackup();
    this.emit();
  }

  /** The first unlock of each day leaves an encrypted copy in the data folder's backups. */
  private dailyBackup(): void {
    if (needsDailyBackup(this.options.files, this.options.clock())) this.automaticBackupNow();
  }

  /** An automatic backup now; a failure never fails the unlock — the Backups panel says so. */
  private automaticBackupNow(): void {
    const at = this.options.clock();
    if (!this.openStore) return;
    try {
      automaticBackup(this.openStore.read(), this.options.files, at, 'daily', this.readKeys());
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
    writeBackup(this.database(), file, { at: this.options.clock(), reason: 'manual', keys: this.readKeys() });
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
    automaticBackup(db, this.options.files, this.options.clock(), 'before-restore', this.readKeys());
    this.lock();
    // Again at the swap: another process may have unlocked while the safety copy was made.
    assertNoOtherProcessHasStoreOpen(this.options.files.dataDir);
    swapInBackup(this.options.files, file);
    const reopened = this.openWithKey(dataKey);
    recordAudit(reopened, { action: 'backups.restore', entity: 'store' }, this.options.clock(), this.options.actor);
    this.opened(reopened, dataKey);
  }

  /** From the Unlock screen, when the database failed its check: restore an automatic backup by name. */
  restoreWhileLocked(passphrase: string, name: string): Promise<SessionStatus> {
    return this.oneAttemptAtATime(() => this.restoreWhileLockedNow(passphrase, name));
  }

  private async restoreWhileLockedNow(passphrase: string, name: string): Promise<SessionStatus> {
    if (this.openStore) throw new AppError('conflict', 'PeerDesk is unlocked; restore from Settings → Backups.');
    assertNoOtherProcessHasStoreOpen(this.options.files.dataDir);
    const keyFile = this.readKeys();
    this.assertNotThrottled();
    const dataKey = await unwrapKey(keyFile.passphrase, passphrase);
    if (!dataKey) this.failedAttempt('Wrong passphrase');
    const file = join(backupsDirOf(this.options.files.dataDir), name);
    const check = verifyBackup(file, dataKey);
    if (!check.ok) throw validationError(`That backup cannot be restored: ${check.problem}`, [{ path: 'name', message: check.problem ?? 'Not verified' }]);
    const { database } = this.options.files;
    if (existsSync(database) || existsSync(`${database}-wal`)) keepDamagedCopy(this.options.files, this.options.clock(), keyFile);
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

  /** A backup file is restored only into a data folder with no store, not even a lone database. */
  assertCanRestoreIntoEmptyFolder(): void {
    if (this.state !== 'needs-setup') throw new AppError('conflict', 'PeerDesk is already set up in this data folder; restore from Settings → Backups instead.');
    if (existsSync(this.options.files.database)) {
      throw new AppError('conflict', 'This data folder holds a PeerDesk database but not its key file (keys.json). Choose an empty data folder to restore a backup file into.');
    }
  }

  /**
   * Fresh install: recreates the store (database and keys.json) from a backup file, which
   * carries the wrapped keys beside the encrypted database. It opens with the passphrase
   * that was current when it was made, or with its recovery code and a new passphrase —
   * the used code is then replaced by a new one, returned to be shown once.
   * Wrong attempts are not throttled here: the backup file itself could be attacked offline.
   */
  restoreFromBackupFile(file: string, secret: { passphrase: string } | { recoveryCode: string; next: string }): Promise<{ recoveryCode: string | null }> {
    return this.oneAttemptAtATime(() => this.restoreFromBackupFileNow(file, secret));
  }

  private async restoreFromBackupFileNow(file: string, secret: { passphrase: string } | { recoveryCode: string; next: string }): Promise<{ recoveryCode: string | null }> {
    this.assertCanRestoreIntoEmptyFolder();
    if ('next' in secret) assertStrong(secret.next, 'next');
    const { files } = this.options;
    let keys: KeyFile;
    try {
      const { header } = readBackupParts(file);
      if (!header) {
        throw validationError(
          'That file is a backup from an earlier PeerDesk: it holds the database without its keys. Restore it in the data folder it came from (with its keys.json), then make a new backup.',
        );
      }
      keys = header.keys;
    } catch (error) {
      if (error instanceof BackupFormatError) throw validationError(`That backup cannot be restored: ${error.message}`);
      throw error;
    }
    const dataKey = 'next' in secret ? await unwrapKey(keys.recoveryCode, normalizeRecoveryCode(secret.recoveryCode)) : await unwrapKey(keys.passphrase, secret.passphrase);
    if (!dataKey) {
      throw new AppError(
        'locked',
        'next' in secret ? 'Wrong recovery code for this backup.' : 'Wrong passphrase for this backup. Use the passphrase that was current when it was made, or its recovery code.',
      );
    }
    const check = verifyBackup(file, dataKey);
    if (!check.ok) throw validationError(`That backup cannot be restored: ${check.problem}`);
    this.assertCanRestoreIntoEmptyFolder(); // again: the dialog and the key derivation took time
    ensurePrivateDataDir(files.dataDir);
    const newRecoveryCode = 'next' in secret ? generateRecoveryCode() : null;
    let db: Db | null = null;
    try {
      swapInBackup(files, file);
      // Written before the store opens: a migration's backup carries these keys.
      if ('next' in secret && newRecoveryCode) {
        const [passphrase, recoveryCode] = await Promise.all([wrapKey(dataKey, secret.next, this.kdfParams), wrapKey(dataKey, newRecoveryCode, this.kdfParams)]);
        writeKeyFile(files.keys, { ...keys, passphrase, recoveryCode });
      } else {
        writeKeyFile(files.keys, keys);
      }
      db = this.openWithKey(dataKey);
      recordAudit(db, { action: 'backups.restore', entity: 'store' }, this.options.clock(), this.options.actor);
    } catch (error) {
      // The folder was empty of a store: only what this restore created is removed.
      db?.close();
      for (const path of [files.keys, keyFileCopyOf(files.keys), files.database, `${files.database}-wal`, `${files.database}-shm`]) rmSync(path, { force: true });
      throw error;
    }
    this.opened(db, dataKey);
    return { recoveryCode: newRecoveryCode };
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

/** The data folder, owner-only: Electron creates its user-data folder itself, readable by everyone. */
function ensurePrivateDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

function assertStrong(passphrase: string, field: string): void {
  const weakness = weaknessOf(passphrase);
  if (weakness) throw validationError(`Passphrase too weak: ${weakness}`, [{ path: field, message: weakness }]);
}
