import { SyncError } from './errors';

// End-to-end encryption with WebCrypto only. The key comes from the passphrase (PBKDF2-SHA256,
// 600,000 iterations, a random salt kept on the server in the clear); it is created
// non-extractable, so even this extension cannot read its bytes back. Every file is AES-GCM with a
// fresh 96-bit IV, and its name is bound in as additional data, so the server cannot swap one
// file for another without the decryption failing.

export const PBKDF2_ITERATIONS = 600_000;
const MAGIC = new TextEncoder().encode('JSY1');
const IV_BYTES = 12;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: string;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function newKdfParams(): KdfParams {
  return {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: PBKDF2_ITERATIONS,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
  };
}

export async function deriveKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  if (params.iterations < PBKDF2_ITERATIONS)
    throw new SyncError(
      'corrupt',
      'The sync folder asks for a weaker key than Jobshelf accepts; it was not made by Jobshelf.',
    );
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: params.iterations, salt: fromBase64(params.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** Compresses, then encrypts, with `name` as additional authenticated data. */
export async function seal(
  key: CryptoKey,
  name: string,
  plain: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const compressed = await pipe(plain, new CompressionStream('gzip'));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(name) },
      key,
      compressed,
    ),
  );
  const sealed = new Uint8Array(MAGIC.length + IV_BYTES + cipher.length);
  sealed.set(MAGIC, 0);
  sealed.set(iv, MAGIC.length);
  sealed.set(cipher, MAGIC.length + IV_BYTES);
  return sealed;
}

/** Decrypts a file sealed under `name`; a wrong key or a changed file is a SyncError. */
export async function open(key: CryptoKey, name: string, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < MAGIC.length + IV_BYTES + 16 || !MAGIC.every((byte, i) => sealed[i] === byte)) {
    throw new SyncError('corrupt', `The file ${name} on the server is not a Jobshelf sync file.`);
  }
  let compressed: Uint8Array<ArrayBuffer>;
  try {
    compressed = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: sealed.slice(MAGIC.length, MAGIC.length + IV_BYTES),
          additionalData: new TextEncoder().encode(name),
        },
        key,
        sealed.slice(MAGIC.length + IV_BYTES),
      ),
    );
  } catch {
    throw new SyncError(
      'corrupt',
      `The file ${name} on the server could not be decrypted: it was changed, or written with another passphrase.`,
    );
  }
  return pipe(compressed, new DecompressionStream('gzip'));
}

const CHECK_TEXT = 'jobshelf-sync-passphrase-check';

/** A small sealed value stored beside the salt: opening it proves the passphrase before anything else. */
export async function passphraseCheck(key: CryptoKey): Promise<string> {
  return toBase64(await seal(key, 'check', new TextEncoder().encode(CHECK_TEXT)));
}

export async function verifyPassphrase(key: CryptoKey, check: string): Promise<void> {
  try {
    const text = new TextDecoder().decode(await open(key, 'check', fromBase64(check)));
    if (text === CHECK_TEXT) return;
  } catch {
    // falls through to the clear error below
  }
  throw new SyncError(
    'passphrase',
    'This passphrase does not open the jobs already synced to this folder. Use the passphrase you chose on your first device. Nothing was changed.',
  );
}
