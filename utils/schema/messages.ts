import { z } from 'zod';
import { jobStatusSchema } from './job';
import { postingDraftSchema } from './posting';

/** Requests are validated with these schemas where they are received (the background). */
export const analyzeTabRequestSchema = z.object({ tabId: z.number().int().nonnegative() });
export const saveJobRequestSchema = z.object({
  posting: postingDraftSchema,
  status: jobStatusSchema.nullable().optional(),
  /** The tab it was read from, for the toolbar badge. */
  tabId: z.number().int().nonnegative().optional(),
});

export type AnalyzeTabRequest = z.infer<typeof analyzeTabRequestSchema>;
export type SaveJobRequest = z.infer<typeof saveJobRequestSchema>;
