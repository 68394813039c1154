import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCallback, type ScryptOptions } from 'node:crypto';

/**
 * The data key that opens the database is random; what a person knows (passphrase,
 * recovery code) only unwraps it. Changing the passphrase therefore rewraps 32 bytes and
 * never rewrites the database, and an old backup still opens after a passphrase change.
 */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** Tuned so one unlock costs a few hundred milliseconds on the Coordinator's PC. */
export const defaultKdfParams: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

export interface WrappedKey {
  kdf: 'scrypt';
  kdfParams: KdfParams;
  salt: string;
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
  ciphertext: string;
}

function deriveWrappingKey(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(secret.normalize('NFKC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function wrapKey(dataKey: Buffer, secret: string, params: KdfParams = defaultKdfParams): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const wrappingKey = await deriveWrappingKey(secret, salt, params);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kdf: 'scrypt',
    kdfParams: params,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** The data key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapKey(wrapped: WrappedKey, secret: string): Promise<Buffer | null> {
  const wrappingKey = await deriveWrappingKey(secret, Buffer.from(wrapped.salt, 'base64'), wrapped.kdfParams);
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}
