import { z } from 'zod';

const local = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The sync folder's address: https, or http only to this computer (the password travels with every request). */
export const syncUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && local.has(url.hostname));
    } catch {
      return false;
    }
  }, 'must be an https:// address (http:// only for this computer)');

export const syncConnectRequestSchema = z.object({
  url: syncUrlSchema,
  username: z.string().trim().min(1).max(300),
  password: z.string().min(1).max(1000),
  passphrase: z.string().min(8, 'must be at least 8 characters').max(1000),
});
export type SyncConnectRequest = z.infer<typeof syncConnectRequestSchema>;

export const syncNowRequestSchema = z.object({}).strip();
