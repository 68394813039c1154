import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../files/dialogs';

/** The system's save and folder dialogs, attached to the app window: paths are chosen in main. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseSaveFile({ title, defaultName, extensions }) {
      const parent = window();
      const options = { title, defaultPath: defaultName, filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title }) {
      const parent = window();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenFile({ title, extensions }) {
      const parent = window();
      const options = { title, properties: ['openFile' as const], filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
