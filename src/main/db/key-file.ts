import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';
import type { WrappedKey } from './key-wrapping';

/**
 * keys.json holds the data key twice, wrapped under the passphrase and under the recovery
 * code. It holds nothing readable: without one of the two secrets it is random bytes.
 */
const wrappedKeySchema = z.object({
  kdf: z.literal('scrypt'),
  kdfParams: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int() }),
  salt: z.string(),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string(),
  tag: z.string(),
  ciphertext: z.string(),
});

const keyFileSchema = z.object({
  format: z.literal(1),
  passphrase: wrappedKeySchema,
  recoveryCode: wrappedKeySchema,
});

export interface KeyFile {
  format: 1;
  passphrase: WrappedKey;
  recoveryCode: WrappedKey;
}

export function keyFileExists(path: string): boolean {
  return existsSync(path);
}

export function readKeyFile(path: string): KeyFile {
  return keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeKeyFile(path: string, keyFile: KeyFile): void {
  writeFileAtomic(path, `${JSON.stringify(keyFile, null, 2)}\n`);
}
