import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  lock(): void;
  about(): void;
  quit(): void;
}

/**
 * The application menu: Lock and Quit; the standard Edit menu; About. No "Print": what is
 * printed is a document's own PDF (the Reports screen's Print…), never a print of the screen.
 */
export function buildMenuTemplate(actions: MenuActions, isDevelopment: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (isDevelopment) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    {
      label: 'PeerDesk',
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
        { type: 'separator' },
        { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { label: 'Help', submenu: [{ label: 'About PeerDesk', click: () => actions.about() }] },
  ];
}
