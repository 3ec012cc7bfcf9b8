import { deriveKey, newKdfParams, passphraseCheck, verifyPassphrase } from './crypto';
import { SyncError } from './errors';
import { encodeJson, KEYS_FILE, parseKeysFile, type KeysFile } from './layout';
import type { SyncStore } from './store';

/**
 * The key for the sync folder from the passphrase. The first device creates `jobshelf.json`
 * (a random salt and a check value); the others derive the same key from it and prove the
 * passphrase on the check value before anything is read or written.
 */
export async function unlockFolder(store: SyncStore, passphrase: string): Promise<CryptoKey> {
  if (!passphrase) throw new SyncError('passphrase', 'Enter the sync passphrase.');
  await store.prepare();
  const existing = await store.read(KEYS_FILE);
  if (existing) {
    const keys = parseKeysFile(existing.data);
    const key = await deriveKey(passphrase, keys.kdf);
    await verifyPassphrase(key, keys.check);
    return key;
  }
  const kdf = newKdfParams();
  const key = await deriveKey(passphrase, kdf);
  const keys: KeysFile = { format: 'jobshelf-sync', version: 1, kdf, check: await passphraseCheck(key) };
  try {
    await store.write(KEYS_FILE, encodeJson(keys), null);
  } catch (error) {
    // Another device set the folder up at this very moment: use theirs.
    if (error instanceof SyncError && error.kind === 'conflict') return unlockFolder(store, passphrase);
    throw error;
  }
  return key;
}
