import { BrowserWindow, dialog, session } from 'electron';
import { AppError } from '../errors';
import type { Dialogs } from '../files/dialogs';

/**
 * The print window's own session: it shows only the PDF handed to it (a data: URL, never a
 * file on disk) in Chromium's built-in PDF viewer, may ask for no permission, and requests
 * nothing else — the same no-network guarantee as the app's own session.
 */
function printSession() {
  const printing = session.fromPartition('peerdesk-print');
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.setDevicePermissionHandler(() => false);
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !/^(data|blob|chrome|chrome-extension):/.test(details.url) }));
  return printing;
}

/**
 * Prints a PDF through the system's print dialog: a hidden window shows it in the PDF viewer
 * and prints it (Electron ≥ 32 prints the PDF's pages, not a blank viewer). Nothing is written
 * to disk.
 */
async function printPdf(parent: BrowserWindow | null, pdf: Uint8Array, title: string): Promise<boolean> {
  // As locked down as the app's window (main.ts), plus the PDF viewer, which is a plugin; written
  // out here, like the window's, so that reviewers and electronegativity see the exact options.
  // REMOTE_MODULE: the remote module was removed in Electron 14; there is no option left to set.
  const printWindow = new BrowserWindow({ // eng-disable REMOTE_MODULE_JS_CHECK
    show: false,
    title,
    parent: parent ?? undefined,
    webPreferences: {
      session: printSession(),
      plugins: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
  try {
    // A failed load's message holds the URL, which is the report itself: it must not reach a log.
    await printWindow.loadURL(`data:application/pdf;base64,${Buffer.from(pdf).toString('base64')}`).catch(() => {
      throw new AppError('io', 'The summary could not be opened for printing. Save it as a PDF and print that.');
    });
    return await new Promise<boolean>((resolve) => printWindow.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success)));
  } finally {
    printWindow.destroy();
  }
}

/** The system's save, folder and print dialogs, attached to the app window: paths are chosen in main. */
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
    printPdf: (pdf, title) => printPdf(window(), pdf, title),
  };
}
