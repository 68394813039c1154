import { errorCodeOf } from '../../errors';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from '../../files/atomic-write';
import type { WrappedKey } from './key-wrapping';

/**
 * keys.json holds the data key twice, wrapped under the passphrase and under the recovery
 * code. It holds nothing readable: without one of the two secrets it is random bytes.
 */
const base64Of = (bytes: number) =>
  z.string().refine((s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && Buffer.from(s, 'base64').length === bytes, `Not ${bytes} bytes of base64`);

const wrappedKeySchema = z.object({
  kdf: z.literal('scrypt'),
  // Bounded so that a damaged file cannot ask scrypt for gigabytes: that is damage, not a wrong passphrase.
  kdfParams: z.object({
    N: z.number().int().min(2 ** 10).max(2 ** 20).refine((n) => (n & (n - 1)) === 0, 'Not a power of two'),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
  }),
  salt: base64Of(16),
  cipher: z.literal('aes-256-gcm'),
  iv: base64Of(12),
  tag: base64Of(16),
  ciphertext: base64Of(32),
});

export const keyFileSchema = z.object({
  format: z.literal(1),
  passphrase: wrappedKeySchema,
  recoveryCode: wrappedKeySchema,
});

export interface KeyFile {
  format: 1;
  passphrase: WrappedKey;
  recoveryCode: WrappedKey;
}

/** The second copy of keys.json, kept in step with it: one damaged file must not lose the key. */
export function keyFileCopyOf(path: string): string {
  return join(dirname(path), 'keys.backup.json');
}

export function keyFileExists(path: string): boolean {
  return existsSync(path);
}

export function readKeyFile(path: string): KeyFile {
  return keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** What is wrong with a key file, in words; `problem` completes "keys.json is damaged: it …". */
export type KeyFileReading = { state: 'ok'; keyFile: KeyFile; text: string } | { state: 'missing' } | { state: 'damaged'; problem: string };

export function inspectKeyFile(path: string): KeyFileReading {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = errorCodeOf(error);
    return code === 'ENOENT' ? { state: 'missing' } : { state: 'damaged', problem: `cannot be read (${String(code || 'unknown error')})` };
  }
  if (text.trim() === '') return { state: 'damaged', problem: 'is empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: 'damaged', problem: 'is cut short or overwritten (not a complete key file)' };
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) return { state: 'damaged', problem: 'does not hold the wrapped keys PeerDesk wrote (changed or overwritten)' };
  return { state: 'ok', keyFile: parsed.data, text };
}

function serializeKeyFile(keyFile: KeyFile): string {
  return `${JSON.stringify(keyFile, null, 2)}\n`;
}

/** keys.json first, then its copy: each written whole or not at all. */
export function writeKeyFile(path: string, keyFile: KeyFile): void {
  const text = serializeKeyFile(keyFile);
  writeFileAtomic(path, text);
  writeFileAtomic(keyFileCopyOf(path), text);
}
