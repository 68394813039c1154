import { describe, expect, it } from 'vitest';
import { newDataKey, unwrapKey, wrapKey } from '../../../src/main/store/vault/key-wrapping';
import { fastKdf } from '../../helpers/fast-kdf';

describe('data key wrapping (scrypt + AES-256-GCM)', () => {
  it('unwraps the same 256-bit key with the right secret', async () => {
    const key = newDataKey();
    expect(key).toHaveLength(32);
    const wrapped = await wrapKey(key, 'quiet harbour lantern 42', fastKdf);
    expect(await unwrapKey(wrapped, 'quiet harbour lantern 42')).toEqual(key);
  });

  it('returns null for a wrong secret instead of a wrong key', async () => {
    const wrapped = await wrapKey(newDataKey(), 'quiet harbour lantern 42', fastKdf);
    expect(await unwrapKey(wrapped, 'quiet harbour lantern 43')).toBeNull();
  });

  it('detects a tampered wrapped key (GCM tag)', async () => {
    const wrapped = await wrapKey(newDataKey(), 'quiet harbour lantern 42', fastKdf);
    const bytes = Buffer.from(wrapped.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await unwrapKey({ ...wrapped, ciphertext: bytes.toString('base64') }, 'quiet harbour lantern 42')).toBeNull();
  });

  it('stores no part of the key or the secret in the clear', async () => {
    const key = newDataKey();
    const wrapped = await wrapKey(key, 'quiet harbour lantern 42', fastKdf);
    const text = JSON.stringify(wrapped);
    expect(text).not.toContain(key.toString('hex'));
    expect(text).not.toContain(key.toString('base64'));
    expect(text).not.toContain('harbour');
  });
});
