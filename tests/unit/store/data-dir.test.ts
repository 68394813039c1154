import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/main/store/data-dir';

describe('data folder', () => {
  it('prefers --data-dir, then PEERDESK_DATA_DIR, then the platform default', () => {
    expect(resolveDataDir(['--data-dir', 'a'], { PEERDESK_DATA_DIR: 'b' }, '/default')).toBe(resolve('a'));
    expect(resolveDataDir(['--data-dir=c'], {}, '/default')).toBe(resolve('c'));
    expect(resolveDataDir([], { PEERDESK_DATA_DIR: 'b' }, '/default')).toBe(resolve('b'));
    expect(resolveDataDir([], {}, '/default')).toBe('/default');
    expect(resolveDataDir([], {}, null)).toBeNull();
  });
});
