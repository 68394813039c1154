import { expect } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { valueOf } from './test-backend';

/** How many lines the audit log holds. */
const auditTotal = async (backend: Backend) => (await valueOf(backend.invoke('audit.list', {}))).total;

/** The newest line of the audit log. */
export const latestAudit = async (backend: Backend) => (await valueOf(backend.invoke('audit.list', {}))).entries[0];

/** Runs a request that must be refused with `code` (and a message matching `message`), and proves it wrote nothing: no audit line. */
export async function refused(backend: Backend, call: () => Promise<{ ok: boolean }>, code: string, message: RegExp = /[\s\S]*/): Promise<void> {
  const before = await auditTotal(backend);
  expect(await call()).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
  expect(await auditTotal(backend)).toBe(before);
}
