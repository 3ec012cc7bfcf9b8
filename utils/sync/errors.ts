import { UserFacingError } from '../db/errors';

export type SyncErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'busy'
  | 'full'
  | 'timeout'
  | 'offline'
  | 'server'
  | 'passphrase'
  | 'corrupt'
  | 'not-set-up';

/** A sync failure in words the Settings card shows as they are. Nothing was half-applied. */
export class SyncError extends UserFacingError {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  /** Worth trying again later by itself (the network, the server, another device at work). */
  get transient(): boolean {
    return (
      this.kind === 'offline' ||
      this.kind === 'timeout' ||
      this.kind === 'server' ||
      this.kind === 'busy' ||
      this.kind === 'conflict'
    );
  }
}

const kept = 'Your jobs here are unchanged and will be sent at the next sync.';

/** The error for an HTTP status from the sync server. */
export function syncErrorForStatus(status: number, what: string): SyncError {
  switch (status) {
    case 401:
      return new SyncError('auth', `The server did not accept the user name or app password (401). ${kept}`, status);
    case 403:
      return new SyncError(
        'forbidden',
        `The server does not let this account use ${what} (403). Check the folder's sharing and permissions. ${kept}`,
        status,
      );
    case 404:
      return new SyncError('not-found', `The server has no ${what} (404). Check the server URL. ${kept}`, status);
    case 409:
      return new SyncError(
        'not-found',
        `The sync folder (or a folder in it) is missing on the server (409). Check the server URL; syncing again recreates it. ${kept}`,
        status,
      );
    case 412:
      return new SyncError(
        'conflict',
        `Another device changed ${what} at the same moment (${status}); trying again.`,
        status,
      );
    case 423:
      return new SyncError('busy', `${what} is locked on the server (423). ${kept}`, status);
    case 507:
      return new SyncError(
        'full',
        `The server is out of storage space (507). Free some space there, then sync again. ${kept}`,
        status,
      );
    default:
      return new SyncError('server', `The server answered ${status} for ${what}. ${kept}`, status);
  }
}

export function offlineError(): SyncError {
  return new SyncError('offline', `Could not reach the sync server (offline, or the address is wrong). ${kept}`);
}

export function timeoutError(seconds: number): SyncError {
  return new SyncError('timeout', `The sync server did not answer within ${seconds} s. ${kept}`);
}
