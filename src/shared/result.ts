/**
 * The envelope every IPC call returns. Electron drops custom fields of thrown
 * errors when they cross the process boundary, so failures travel as data.
 */
export const errorCodes = ['validation', 'not_found', 'conflict', 'policy', 'locked', 'io', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the input as a whole. */
  path: string;
  message: string;
}

export interface AppErrorPayload {
  code: ErrorCode;
  message: string;
  details?: {
    fields?: FieldIssue[];
    retryAfterMs?: number;
    [key: string]: unknown;
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };
