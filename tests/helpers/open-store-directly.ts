import { unwrapKey } from '../../src/main/store/vault/key-wrapping';
import { readKeyFile } from '../../src/main/store/vault/key-file';
import { openEncryptedDatabase, type Db } from '../../src/main/store/open-database';
import { storeFilesIn } from '../../src/main/store/store-files';
import { PASSPHRASE } from './test-backend';

/** Opens a data folder's database beside the backend, for independent queries in tests. */
export async function openStoreDirectly(dataDir: string, passphrase = PASSPHRASE): Promise<Db> {
  const files = storeFilesIn(dataDir);
  const key = await unwrapKey(readKeyFile(files.keys).passphrase, passphrase);
  if (!key) throw new Error('Wrong passphrase');
  return openEncryptedDatabase(files.database, key);
}
