import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName, SESSION_EVENT } from '../shared/channel-names';
import type { PeerDeskBridge } from '../shared/contract';
import type { SessionState } from '../shared/session';

/**
 * The only door between the page and the backend: `invoke` for the contract's channels
 * and one subscription for session changes. ipcRenderer itself never reaches the page.
 */
export const peerDeskBridge: PeerDeskBridge = {
  invoke: ((channel: string, input: unknown) => {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'validation', message: `Unknown channel: ${String(channel)}` } });
    }
    return ipcRenderer.invoke(channel, input);
  }) as PeerDeskBridge['invoke'],
  onSessionChange(listener) {
    const forward = (_event: unknown, state: SessionState) => listener(state);
    ipcRenderer.on(SESSION_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(SESSION_EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld('peerDesk', peerDeskBridge);
