export function newId(): string {
  return crypto.randomUUID();
}

export class JobNotFoundError extends Error {
  constructor(jobId: string) {
    super(`This job is no longer saved (${jobId}).`);
    this.name = 'JobNotFoundError';
  }
}
