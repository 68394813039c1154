import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/files/atomic-write';
import { tempDir } from '../../helpers/temp-dir';

describe('atomic file writes', () => {
  it('replaces the content and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'keys.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['keys.json']);
  });

  it('leaves the previous file intact when the folder cannot be written', () => {
    const dir = tempDir();
    const target = join(dir, 'keys.json');
    writeFileSync(target, 'old');
    // A target path whose folder is a file fails on every platform and for root too.
    expect(() => writeFileAtomic(join(target, 'nested.json'), 'new')).toThrow(/ENOTDIR/);
    expect(() => writeFileAtomic(join(dir, 'missing', 'keys.json'), 'new')).toThrow(/ENOENT/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['keys.json']);
  });
});
