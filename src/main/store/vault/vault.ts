import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../clock';
import { AppError, validationError } from '../../errors';
import { writeFileAtomic } from '../../files/atomic-write';
import type { StoreFiles } from '../store-files';
import { inspectKeyFile, keyFileCopyOf, keyFileExists, writeKeyFile, type KeyFile } from './key-file';
import { defaultKdfParams, unwrapKey, wrapKey, type KdfParams, type WrappedKey } from './key-wrapping';
import { weaknessOf } from './passphrase-strength';
import { clearThrottle, nextAttemptAllowedAt, readThrottle, recordFailure } from './unlock-throttle';

/**
 * The key vault of one data folder: keys.json (the data key wrapped under the passphrase
 * and under the recovery code), its copy keys.backup.json, and the throttle that slows
 * guessing — counted across the app and the admin CLI alike.
 */
export class KeyVault {
  private readonly kdfParams: KdfParams;

  constructor(
    private readonly files: StoreFiles,
    private readonly clock: Clock,
    kdfParams?: KdfParams,
  ) {
    this.kdfParams = kdfParams ?? defaultKdfParams;
  }

  /** Whether a store is here: a lone copy of keys.json still counts (it must be repaired, never set up anew). */
  get exists(): boolean {
    return keyFileExists(this.files.keys) || keyFileExists(keyFileCopyOf(this.files.keys));
  }

  /**
   * keys.json, or a plain account of what is wrong with it. A damaged key file is never
   * reported as a wrong passphrase. When its copy is intact, the user is offered "Use the
   * copy" (useCopy) rather than having it used silently: the copy is written after
   * keys.json, so after a crash between the two it may hold the passphrase from before the
   * latest change, and the user should know which passphrase to try.
   */
  read(): KeyFile {
    const { keys } = this.files;
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

  write(keyFile: KeyFile): void {
    writeKeyFile(this.files.keys, keyFile);
  }

  /** The data key wrapped under a secret, with this vault's key-derivation cost. */
  wrap(dataKey: Buffer, secret: string): Promise<WrappedKey> {
    return wrapKey(dataKey, secret, this.kdfParams);
  }

  /**
   * The data key, or a counted, refused attempt. One attempt runs at a time (Session
   * queues them), so concurrent guesses cannot all pass the throttle before one is counted.
   */
  async unwrap(wrapped: WrappedKey, secret: string, refusal: () => AppError): Promise<Buffer> {
    this.assertNotThrottled();
    const dataKey = await unwrapKey(wrapped, secret);
    if (dataKey) return dataKey;
    recordFailure(this.files.unlockThrottle, this.clock());
    throw refusal();
  }

  /** A key opened the store: the guesses before it are forgiven. */
  attemptSucceeded(): void {
    clearThrottle(this.files.unlockThrottle);
  }

  /** How long until the next attempt is allowed, or null when it is allowed now. */
  retryAfterMs(): number | null {
    const now = this.clock();
    const allowedAt = nextAttemptAllowedAt(readThrottle(this.files.unlockThrottle, now), now);
    return allowedAt ? allowedAt.getTime() - now.getTime() : null;
  }

  private assertNotThrottled(): void {
    const retryAfterMs = this.retryAfterMs();
    if (retryAfterMs !== null) {
      throw new AppError('locked', `Too many wrong attempts. Try again in ${Math.ceil(retryAfterMs / 1000)} seconds.`, { retryAfterMs });
    }
  }

  /**
   * "Use the copy": the damaged keys.json is kept aside under a dated name (an earlier damaged
   * one is never overwritten), and the intact copy put in its place.
   */
  useCopy(): void {
    const { keys } = this.files;
    if (inspectKeyFile(keys).state === 'ok') return;
    const copy = inspectKeyFile(keyFileCopyOf(keys));
    if (copy.state !== 'ok') throw new AppError('io', 'The copy of the key file, keys.backup.json, is not intact either. Restore a backup file into an empty data folder.');
    const stamp = this.clock().toISOString().replace(/[:.]/g, '');
    if (existsSync(keys)) renameSync(keys, join(this.files.dataDir, `keys.damaged-${stamp}.json`));
    writeFileAtomic(keys, copy.text);
  }

  /** Keeps keys.backup.json in step with a keys.json that just opened the store (a store made before the copy existed gets one). */
  keepCopyInStep(): void {
    const { keys } = this.files;
    const reading = inspectKeyFile(keys);
    if (reading.state !== 'ok') return;
    const copy = keyFileCopyOf(keys);
    if (!existsSync(copy) || readFileSync(copy, 'utf8') !== reading.text) writeFileAtomic(copy, reading.text);
  }
}

/** A new passphrase must be strong enough; `field` names the form field the error points at. */
export function assertStrong(passphrase: string, field: string): void {
  const weakness = weaknessOf(passphrase);
  if (weakness) throw validationError(`Passphrase too weak: ${weakness}`, [{ path: field, message: weakness }]);
}
