import { describe, expect, it } from 'vitest';
import { deriveKey, newKdfParams, open, PBKDF2_ITERATIONS, seal } from '@/utils/sync/crypto';
import { SyncError } from '@/utils/sync/errors';
import { encodeJson, KEYS_FILE, parseKeysFile } from '@/utils/sync/layout';
import { unlockFolder } from '@/utils/sync/vault';
import { MemoryStore } from './memory-store';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('sync encryption', () => {
  it('derives a non-extractable AES-GCM key with PBKDF2-SHA256 at 600,000 iterations', async () => {
    const params = newKdfParams();
    expect(params.iterations).toBeGreaterThanOrEqual(600_000);
    const key = await deriveKey('passphrase', params);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(deriveKey('passphrase', { ...params, iterations: 1000 })).rejects.toBeInstanceOf(SyncError);
  });

  it('seals every file so the server sees no plain text, and detects tampering, swapping and a wrong key', async () => {
    const params = newKdfParams();
    const key = await deriveKey('passphrase', params);
    const plain = encodeJson({
      title: 'Glassblower at Vellichor Studio',
      url: 'https://vellichor.example/jobs/1',
      note: 'Ask about kilns',
    });
    const sealed = await seal(key, 'shards/0a', plain);
    for (const secret of ['Glassblower', 'Vellichor', 'vellichor.example', 'kilns'])
      expect(text(sealed)).not.toContain(secret);
    expect(text(await open(key, 'shards/0a', sealed))).toContain('Glassblower');
    // Two seals of the same bytes differ (fresh IV).
    expect(Buffer.from(await seal(key, 'shards/0a', plain)).equals(Buffer.from(sealed))).toBe(false);

    const flipped = sealed.slice();
    flipped[flipped.length - 5]! ^= 1;
    await expect(open(key, 'shards/0a', flipped)).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(open(key, 'shards/0b', sealed)).rejects.toMatchObject({ kind: 'corrupt' });
    const other = await deriveKey('another passphrase', params);
    await expect(open(other, 'shards/0a', sealed)).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(open(key, 'shards/0a', new TextEncoder().encode('<html>not found</html>'))).rejects.toMatchObject({
      kind: 'corrupt',
    });
  });

  it('sets a folder up once; a wrong passphrase is a clear error and writes nothing', async () => {
    const store = new MemoryStore();
    const key = await unlockFolder(store, 'first device passphrase');
    const keysFile = store.files.get(KEYS_FILE)!;
    const keys = parseKeysFile(keysFile.data);
    expect(keys.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(text(keysFile.data)).not.toContain('first device passphrase');

    const before = new Map(store.files);
    const error = await unlockFolder(store, 'wrong passphrase').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).kind).toBe('passphrase');
    expect((error as SyncError).message).toMatch(/passphrase does not open/);
    expect(store.files).toEqual(before);

    // The right passphrase on a second device gives a key that opens the first device's files.
    const again = await unlockFolder(store, 'first device passphrase');
    const sealed = await seal(key, 'manifest', encodeJson({ ok: true }));
    expect(text(await open(again, 'manifest', sealed))).toBe('{"ok":true}');
    // Three 600,000-round key derivations: 2.5 s alone, over 5 s on a shared, loaded machine.
  }, 20_000);
});
