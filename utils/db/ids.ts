export function newId(): string {
  return crypto.randomUUID();
}

/** A failure whose message is written for the user: shown as it is, not wrapped. */
export class UserFacingError extends Error {}

export class JobNotFoundError extends UserFacingError {
  constructor(jobId: string) {
    super(`This job is no longer saved (${jobId}).`);
    this.name = 'JobNotFoundError';
  }
}
