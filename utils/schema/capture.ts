import { z } from 'zod';
import { extractionSchema } from './posting';

/** What reading a tab gives the UI: a read page, a page the browser does not let us read, or a failure. */
export const captureResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read'), extraction: extractionSchema, tabUrl: z.string().nullable() }),
  z.object({ kind: z.literal('restricted'), reason: z.string() }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
]);
export type CaptureResult = z.infer<typeof captureResultSchema>;

/**
 * What a capture-stage content script returns (untrusted, parsed in the background): the page's
 * extraction; or the part of the reader the page needs next (the background injects that script,
 * which resumes the same run in the page); or word that the paused run is gone (the frame
 * navigated between the two scripts).
 */
export const captureStageSchema = z.union([
  z.object({ needs: z.enum(['reader', 'readability', 'finish']), elapsedMs: z.number().nonnegative() }).strict(),
  z.object({ lost: z.literal(true) }).strict(),
  extractionSchema,
]);
