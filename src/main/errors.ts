import type { AppErrorPayload, ErrorCode, FieldIssue } from '../shared/result';

/** An expected failure with a code the renderer can act on; anything else is `internal`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: AppErrorPayload['details'];

  constructor(code: ErrorCode, message: string, details?: AppErrorPayload['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): AppErrorPayload {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function validationError(message: string, fields: FieldIssue[] = []): AppError {
  return new AppError('validation', message, fields.length ? { fields } : undefined);
}

/** The `code` of a Node or SQLite error (`ENOENT`, `SQLITE_BUSY`), or '' for anything else. */
export function errorCodeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

const ioCodes = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EIO', 'EDQUOT', 'EBUSY', 'ENOTDIR', 'EISDIR']);

/** Maps anything thrown to the envelope's error; unexpected errors are logged without input. */
export function toErrorPayload(error: unknown, channel: string, logError: (message: string) => void): AppErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  const code = errorCodeOf(error);
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    // Another process held the write lock past the busy timeout (see Store.write).
    return { code: 'conflict', message: 'PeerDesk is busy in another window or process. Try again; nothing was changed.' };
  }
  if (ioCodes.has(code) || /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|PERM)/.test(code)) {
    return { code: 'io', message: `The data folder could not be written or read (${code}). Nothing was changed.` };
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return { code: 'io', message: 'The database file is damaged or does not match its key.' };
  }
  logError(`${channel}: unexpected ${error instanceof Error ? error.stack : String(error)}`);
  return { code: 'internal', message: 'Something went wrong inside PeerDesk. Nothing was changed.' };
}
