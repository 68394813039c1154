import { basename } from 'node:path';
import type { SavedFile } from '../../shared/roster';
import { writeFileAtomic } from '../files/atomic-write';
import type { Dialogs } from '../files/dialogs';

/**
 * Every "Save as…": main's dialog says where (never the renderer), then the content is
 * made and written atomically. Cancelling the dialog writes nothing.
 */
export async function saveThroughDialog(dialogs: Dialogs, options: { title: string; defaultName: string; extensions: string[] }, content: () => Promise<string | Uint8Array> | string | Uint8Array): Promise<SavedFile> {
  const path = await dialogs.chooseSaveFile(options);
  if (!path) return { saved: false, fileName: null };
  writeFileAtomic(path, await content());
  return { saved: true, fileName: basename(path) };
}
