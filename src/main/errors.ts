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
