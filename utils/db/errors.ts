/** A failure whose message is written for the user: shown as it is, not wrapped. */
export class UserFacingError extends Error {}

export class JobNotFoundError extends UserFacingError {
  constructor(jobId: string) {
    super(`This job is no longer saved (${jobId}).`);
    this.name = 'JobNotFoundError';
  }
}

/** A note or reminder deleted meanwhile (in another window, or by a sync). */
export class ItemNotFoundError extends UserFacingError {
  constructor(item: 'note' | 'reminder') {
    super(`This ${item} no longer exists: it was deleted, perhaps in another window. Nothing was changed.`);
    this.name = 'ItemNotFoundError';
  }
}
