import { z } from 'zod';
import { extractionSchema } from './posting';

/** What reading a tab gives the UI: a read page, a page the browser does not let us read, or a failure. */
export const captureResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read'), extraction: extractionSchema, tabUrl: z.string().nullable() }),
  z.object({ kind: z.literal('restricted'), reason: z.string() }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
]);
export type CaptureResult = z.infer<typeof captureResultSchema>;
