import type { JobStatus } from './schema/job';

/** The statuses in journey order, without loading zod (pages display them). */
export const jobStatusSchemaValues: readonly JobStatus[] = [
  'interested',
  'applied',
  'interview',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
];
