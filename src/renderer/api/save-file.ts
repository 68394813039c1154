import { notifications } from '@mantine/notifications';
import type { SavedFile } from '../../shared/roster';
import { errorMessage } from './call';

/** Saves a file through main's dialog and says where it went, or why not; a cancelled dialog says nothing. */
export async function saveFile(what: string, request: () => Promise<SavedFile>): Promise<void> {
  try {
    const saved = await request();
    if (saved.saved) notifications.show({ message: `${what} saved as ${saved.fileName}`, color: 'pine' });
  } catch (e) {
    notifications.show({ message: errorMessage(e), color: 'red' });
  }
}
