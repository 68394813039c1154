/**
 * A child process for the file crash tests, killed with SIGKILL by its parent or by itself.
 *
 *   publish FOLDER START [DIE_BEFORE_RENAME]
 *     publishes numbered sets START, START+1, … into FOLDER with the real writePublication,
 *     printing each number once the call returned. With DIE_BEFORE_RENAME = k it kills
 *     itself just before its k-th rename into FOLDER: a kill at an exact point of the swap.
 *   atomic TARGET
 *     writes TARGET with the real file helper and kills itself just before the rename.
 *
 * Each file of set n starts with the line `publication n`, so the parent can tell whether
 * the three files it finds belong to one publication.
 */
import fs from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writePublication } from '../../../src/main/documents/publication/write-publication';
import { writeFileAtomic } from '../../../src/main/files/atomic-write';

export const PUBLISHED = ['index.html', 'peer-support-team.csv', 'peer-support-team.pdf'];

export function publicationSet(n: number): { name: string; content: string | Uint8Array }[] {
  return [
    { name: 'index.html', content: `publication ${n}\n<p>${'member '.repeat(2000)}</p>\n` },
    { name: 'peer-support-team.csv', content: `publication ${n}\n${'Name,Phone\n'.repeat(3000)}` },
    // About the size of a real PDF, so that writing and flushing take a while.
    { name: 'peer-support-team.pdf', content: Buffer.concat([Buffer.from(`publication ${n}\n`), Buffer.alloc(300_000, n % 251)]) },
  ];
}

/** Kills this process with SIGKILL just before its `nth` rename whose destination is in `folder`. */
function dieBeforeRename(folder: string, nth: number): void {
  const rename = fs.renameSync;
  let count = 0;
  Object.assign(fs, {
    renameSync(from: fs.PathLike, to: fs.PathLike) {
      if (resolve(dirname(String(to))) === resolve(folder) && ++count === nth) {
        process.kill(process.pid, 'SIGKILL');
        for (;;); // never reaches the rename
      }
      rename(from, to);
    },
  });
}

if (process.argv[1]?.endsWith('file-writer.cjs')) {
  const [mode, path, start, dieAt] = process.argv.slice(2) as [string, string, string?, string?];
  if (mode === 'atomic') {
    dieBeforeRename(dirname(path), 1);
    writeFileAtomic(path, 'written by a process that was killed');
  } else {
    if (dieAt) dieBeforeRename(path, Number(dieAt));
    for (let n = Number(start); ; n++) {
      writePublication(path, publicationSet(n));
      process.stdout.write(`${n}\n`);
    }
  }
}
