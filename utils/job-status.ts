/** The statuses in journey order; the zod schema is built from this list, pages use it without zod. */
export const jobStatusValues = [
  'interested',
  'applied',
  'interview',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
