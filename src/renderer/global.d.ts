import type { PeerDeskBridge } from '../shared/contract';

declare global {
  interface Window {
    /** Provided by the preload (app) or the end-to-end harness (tests); nothing else. */
    peerDesk: PeerDeskBridge;
  }
}
