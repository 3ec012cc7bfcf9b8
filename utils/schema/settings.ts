import { z } from 'zod';
import { profileSchema } from './summary';

/** The remote AI provider; off until the user turns it on. */
export const aiProviderSettingsSchema = z.object({
  kind: z.enum(['none', 'chrome-ai', 'openai-compatible']).default('none'),
  baseUrl: z.string().max(500).default(''),
  model: z.string().max(200).default(''),
  apiKey: z.string().max(500).default(''),
});

/** Every setting with its default: a stored value that fails to parse falls back to the default. */
export const settingsSchema = z.object({
  /** Days before a posting closes to notify, e.g. [3, 1]. */
  expiryLeadDays: z.array(z.number().int().min(0).max(60)).max(5).default([3, 1]),
  /** Local hour of the day expiry notifications are sent at. */
  notifyHour: z.number().int().min(0).max(23).default(9),
  /** No closing date anywhere: estimate it as date posted + this many days. */
  estimatedLifetimeDays: z.number().int().min(1).max(365).default(30),
  /** Suggest a follow-up reminder when a job becomes Applied. */
  suggestFollowUp: z.boolean().default(true),
  followUpDays: z.number().int().min(1).max(60).default(7),
  /** Re-check saved postings for "closed" (needs the optional host permission). */
  closedCheck: z.boolean().default(false),
  profile: profileSchema.default({ skills: [] }),
  /** Show salaries in this currency (ISO code); null: the most common one among saved jobs. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .default(null),
  /** What one unit of each currency is worth in US dollars; edited in Settings, empty: built-in rates. */
  currencyRates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive().finite()).default({}),
  aiProvider: aiProviderSettingsSchema.default({ kind: 'none', baseUrl: '', model: '', apiKey: '' }),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = settingsSchema.parse({});
