import { join } from 'node:path';

/** The files of one PeerDesk data folder. */
export interface StoreFiles {
  dataDir: string;
  database: string;
  keys: string;
  unlockThrottle: string;
}

export function storeFilesIn(dataDir: string): StoreFiles {
  return {
    dataDir,
    database: join(dataDir, 'peerdesk.db'),
    keys: join(dataDir, 'keys.json'),
    unlockThrottle: join(dataDir, 'unlock-throttle.json'),
  };
}
