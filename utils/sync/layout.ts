import { z } from 'zod';
import { historyEntrySchema } from '../schema/job';
import type { JobDoc } from './doc';
import { SyncError } from './errors';

// On the server: `jobshelf.json` (the key's salt and a check value, in the clear), `manifest`
// (sealed: each shard's version) and `shards/<xx>` (sealed: the docs of the jobs whose id hashes
// to xx). A sync reads the manifest, then only the shards whose version it has not seen, and
// writes only the shards it changed: one edit moves one shard of ~1/256 of the collection.

export const KEYS_FILE = 'jobshelf.json';
export const MANIFEST_FILE = 'manifest';
export const SHARD_COUNT = 256;

export function shardFile(bucket: string): string {
  return `shards/${bucket}`;
}

/** FNV-1a of the job id → one of SHARD_COUNT buckets, as two hex digits. */
export function bucketOf(jobId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < jobId.length; i++) {
    hash ^= jobId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % SHARD_COUNT).toString(16).padStart(2, '0');
}

export const keysFileSchema = z.object({
  format: z.literal('jobshelf-sync'),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().positive(),
    salt: z.string().min(16).max(200),
  }),
  check: z.string().min(1).max(1000),
});
export type KeysFile = z.infer<typeof keysFileSchema>;

export const manifestSchema = z.object({
  version: z.literal(1),
  /** bucket → the shard's ETag when it was written. */
  shards: z.record(z.string().regex(/^[0-9a-f]{2}$/), z.string().max(300)),
});
export type Manifest = z.infer<typeof manifestSchema>;

const registerSchema = z.object({ v: z.unknown(), t: z.string().max(100), b: z.string().max(100).optional() });
const registersSchema = z.record(z.string().max(100), registerSchema);
const itemSchema = z.object({ f: registersSchema, d: z.string().max(100).optional() });
const jobDocSchema = z.object({
  id: z.string().min(1).max(100),
  f: registersSchema,
  urls: z.array(z.string().max(4000)),
  h: z.record(z.string().max(300), historyEntrySchema),
  notes: z.record(z.string().max(100), itemSchema),
  reminders: z.record(z.string().max(100), itemSchema),
  d: z.string().max(100).optional(),
  into: z.string().max(100).optional(),
});
const shardSchema = z.object({ version: z.literal(1), docs: z.array(jobDocSchema) });

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(value));
}

function parse<T>(schema: z.ZodType<T>, bytes: Uint8Array, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new SyncError('corrupt', `The ${what} on the server is not readable.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new SyncError('corrupt', `The ${what} on the server is not in a form this version of Jobshelf reads.`);
  return parsed.data;
}

export const parseKeysFile = (bytes: Uint8Array) => parse(keysFileSchema, bytes, 'sync settings file');
export const parseManifest = (bytes: Uint8Array) => parse(manifestSchema, bytes, 'sync manifest');
export const parseShard = (bytes: Uint8Array): JobDoc[] => parse(shardSchema, bytes, 'sync data').docs as JobDoc[];
export const encodeShard = (docs: readonly JobDoc[]) => encodeJson({ version: 1, docs });
