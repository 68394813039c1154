import { refuseDataFolder } from './data-folder-guard';

/**
 * File and folder choices are made in main, never by the renderer: the Electron shell
 * shows the system dialogs, the end-to-end harness answers with test folders, and the
 * headless default cancels.
 */
export interface Dialogs {
  chooseSaveFile(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
  chooseOpenFile(options: { title: string; extensions: string[] }): Promise<string | null>;
  /**
   * The system's print dialog for a PDF made in main (the Chief's summary): true once sent to a
   * printer, false when cancelled. Absent where there is no printing (headless, the CLI).
   */
  printPdf?(pdf: Uint8Array, title: string): Promise<boolean>;
}

export const headlessDialogs: Dialogs = {
  chooseSaveFile: async () => null,
  chooseFolder: async () => null,
  chooseOpenFile: async () => null,
};

/**
 * The dialogs every channel binding gets: a file or folder chosen to write into is refused when
 * it is inside the data folder, before anything is made or written. Files chosen to be
 * read (a backup to check or restore) may be anywhere.
 */
export function refusingDataFolder(dialogs: Dialogs, dataDir: string): Dialogs {
  return {
    async chooseSaveFile(options) {
      const path = await dialogs.chooseSaveFile(options);
      if (path) refuseDataFolder(path, dataDir);
      return path;
    },
    async chooseFolder(options) {
      const folder = await dialogs.chooseFolder(options);
      if (folder) refuseDataFolder(folder, dataDir);
      return folder;
    },
    chooseOpenFile: (options) => dialogs.chooseOpenFile(options),
    // Printing writes no file.
    printPdf: dialogs.printPdf?.bind(dialogs),
  };
}
