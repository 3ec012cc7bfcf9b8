import { createClient, type Response as DavResponse, type WebDAVClient } from 'webdav';
import { offlineError, SyncError, syncErrorForStatus, timeoutError } from './errors';
import type { StoredFile, SyncStore } from './store';

export interface WebdavConfig {
  /** The sync folder's URL, e.g. https://cloud.example.org/remote.php/dav/files/me/Jobshelf */
  url: string;
  username: string;
  /** An app password (Nextcloud, ownCloud, Koofr…) rather than the account's own. */
  password: string;
  /** Per request. */
  timeoutMs?: number;
}

const SHARDS_FOLDER = 'shards';

/**
 * Versions are compared as strong ETags. Apache marks a file's ETag weak (W/"…") for a second
 * after it changes, with the same tag inside; If-Match compares strongly, so the tag is sent bare.
 */
function strong(etag: string): string {
  return etag.startsWith('W/') ? etag.slice(2) : etag;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A WebDAV folder through the `webdav` client. Writes are conditional on the ETag read before
 * (`If: (["etag"])`), or on there being no file yet (If-None-Match: *), so two devices never
 * overwrite each other's shard unseen; the server answers 412 and the engine merges first.
 */
export class WebdavStore implements SyncStore {
  private readonly client: WebDAVClient;
  private readonly timeoutMs: number;

  constructor(config: WebdavConfig) {
    const url = config.url.replace(/\/+$/, '');
    this.client = createClient(url, { username: config.username, password: config.password });
    this.timeoutMs = config.timeoutMs ?? 30_000;
  }

  private async request(
    path: string,
    method: string,
    what: string,
    init: { data?: ArrayBuffer; headers?: Record<string, string> } = {},
  ): Promise<DavResponse> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      return await this.client.customRequest(path, {
        method,
        signal,
        ...(init.data ? { data: init.data } : {}),
        headers: init.headers ?? {},
      });
    } catch (error) {
      const status = statusOf(error);
      if (status !== undefined) throw Object.assign(syncErrorForStatus(status, what), { response: undefined });
      if (signal.aborted) throw timeoutError(Math.round(this.timeoutMs / 1000));
      throw offlineError();
    }
  }

  private async makeFolder(path: string): Promise<void> {
    try {
      await this.request(path, 'MKCOL', 'the sync folder');
    } catch (error) {
      // 405: it is there already. 409: its parent is not.
      if (error instanceof SyncError && error.status === 405) return;
      if (error instanceof SyncError && error.status === 409) {
        throw new SyncError(
          'not-found',
          'The folder that should hold the sync folder does not exist on the server (409). Check the server URL.',
          409,
        );
      }
      throw error;
    }
  }

  async prepare(): Promise<void> {
    await this.makeFolder('/');
    await this.makeFolder(`/${SHARDS_FOLDER}/`);
  }

  async read(name: string): Promise<StoredFile | null> {
    let response: DavResponse;
    try {
      response = await this.request(`/${name}`, 'GET', 'the sync files');
    } catch (error) {
      if (error instanceof SyncError && error.status === 404) return null;
      throw error;
    }
    const etag = response.headers.get('etag');
    if (!etag)
      throw new SyncError('server', 'The server sends no ETag (file version), which Jobshelf needs to sync safely.');
    try {
      return { data: new Uint8Array(await response.arrayBuffer()), etag: strong(etag) };
    } catch {
      throw offlineError();
    }
  }

  async write(name: string, data: Uint8Array<ArrayBuffer>, expected: string | null): Promise<string> {
    // The ETag precondition in WebDAV's own If header (RFC 4918 §10.4): Apache refuses an
    // If-Match for a second after every write (its ETags are weak meanwhile), the If header not.
    const headers: Record<string, string> = expected ? { If: `([${expected}])` } : { 'If-None-Match': '*' };
    headers['Content-Type'] = 'application/octet-stream';
    // An ArrayBuffer goes out as it is; the client would send a typed array as JSON.
    const body = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    let response: DavResponse;
    try {
      response = await this.request(`/${name}`, 'PUT', 'the sync files', { data: body, headers });
    } catch (error) {
      // 409: a folder on the way is gone (deleted by hand?): make it again, once.
      if (!(error instanceof SyncError && error.status === 409)) throw error;
      await this.prepare();
      response = await this.request(`/${name}`, 'PUT', 'the sync files', { data: body, headers });
    }
    const etag = response.headers.get('etag');
    if (etag && !etag.startsWith('W/')) return etag;
    // No version in the answer (Apache sends none): read the file back. If it is not what was
    // just written, another device wrote in between: report a conflict so the engine merges theirs.
    const written = await this.read(name);
    if (!written || !sameBytes(written.data, data))
      throw new SyncError('conflict', 'Another device wrote the same file at the same moment.', 412);
    return written.etag;
  }
}
