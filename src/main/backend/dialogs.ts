/**
 * File and folder choices are made in main, never by the renderer: the Electron shell
 * shows the system dialogs, the end-to-end harness answers with test folders, and the
 * headless default cancels.
 */
export interface Dialogs {
  chooseSaveFile(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
  chooseOpenFile(options: { title: string; extensions: string[] }): Promise<string | null>;
}

export const headlessDialogs: Dialogs = {
  chooseSaveFile: async () => null,
  chooseFolder: async () => null,
  chooseOpenFile: async () => null,
};
