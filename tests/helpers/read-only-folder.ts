import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes a folder truly unwritable. Permission bits do not stop root, so as root the folder
 * is marked immutable (chattr +i, ext4), which stops every user.
 */
export function makeReadOnly(dir: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir]);
    return () => execFileSync('chattr', ['-i', dir]);
  }
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o755);
}

/**
 * Makes one file impossible to replace or remove while its folder stays writable: as root
 * the file is marked immutable (chattr +i); otherwise it is swapped for a folder of the
 * same name holding a file, which no rename can replace (its bytes are put back after).
 */
export function makeUnreplaceable(file: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', file]);
    return () => execFileSync('chattr', ['-i', file]);
  }
  const bytes = readFileSync(file);
  rmSync(file);
  mkdirSync(file);
  writeFileSync(join(file, 'occupied'), '');
  return () => {
    rmSync(file, { recursive: true });
    writeFileSync(file, bytes);
  };
}
