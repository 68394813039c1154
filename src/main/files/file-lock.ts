import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { errorCodeOf } from '../errors';
import { isRunning } from './atomic-write';

/**
 * A short exclusive section shared by every process on this machine: the lock is a file
 * created with O_EXCL holding the owner's pid, removed when the section ends. Used for
 * read-modify-write of small state files (e.g. the unlock throttle) that two processes —
 * the app and the admin CLI — may update at the same moment.
 */
const RETRY_EVERY_MS = 5;
/** A section takes milliseconds; a lock older than this was left by a process that died in it. */
const STALE_AFTER_MS = 10_000;

export function withFileLock<T>(lockFile: string, section: () => T): T {
  const fd = acquire(lockFile);
  try {
    return section();
  } finally {
    closeSync(fd);
    rmSync(lockFile, { force: true });
  }
}

function acquire(lockFile: string): number {
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      return fd;
    } catch (error) {
      if (errorCodeOf(error) !== 'EEXIST') throw error;
      if (isStale(lockFile)) rmSync(lockFile, { force: true });
      else sleep(RETRY_EVERY_MS);
    }
  }
}

function isStale(lockFile: string): boolean {
  try {
    const ageMs = Date.now() - statSync(lockFile).mtimeMs;
    const text = readFileSync(lockFile, 'utf8');
    // An empty file is one being created right now, unless it is old.
    return ageMs > STALE_AFTER_MS || (text !== '' && !isRunning(Number(text)));
  } catch {
    return false; // it vanished: the next try will tell
  }
}

/** Waits without yielding to the event loop: the sections are synchronous and short. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
