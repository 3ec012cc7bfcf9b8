import { offlineError, SyncError } from '@/utils/sync/errors';
import type { StoredFile, SyncStore } from '@/utils/sync/store';

/** A server in memory with ETags, that can be offline or fail after a number of requests. */
export class MemoryStore implements SyncStore {
  files = new Map<string, StoredFile>();
  private version = 0;
  offline = false;
  /** Requests left before every request fails (a connection lost in the middle of a sync). */
  failAfter = Infinity;
  requests = 0;

  private async gate(): Promise<void> {
    await Promise.resolve();
    this.requests++;
    if (this.offline) throw offlineError();
    if (this.failAfter <= 0) throw new SyncError('server', 'The server answered 500.');
    this.failAfter--;
  }

  async prepare(): Promise<void> {
    await this.gate();
  }

  async read(name: string): Promise<StoredFile | null> {
    await this.gate();
    const file = this.files.get(name);
    return file ? { data: file.data.slice(), etag: file.etag } : null;
  }

  async write(name: string, data: Uint8Array<ArrayBuffer>, expected: string | null): Promise<string> {
    await this.gate();
    const current = this.files.get(name);
    if ((current?.etag ?? null) !== expected) throw new SyncError('conflict', 'conflict', 412);
    const etag = `"${++this.version}"`;
    this.files.set(name, { data: data.slice(), etag });
    return etag;
  }
}

/** One device's view of the server: the same files, its own connection (offline or not). */
export class DeviceConnection implements SyncStore {
  offline = false;
  failAfter = Infinity;
  constructor(private readonly server: MemoryStore) {}
  private check(): void {
    if (this.offline) throw offlineError();
    if (this.failAfter <= 0) throw new SyncError('server', 'The server answered 500.');
    this.failAfter--;
  }
  async prepare(): Promise<void> {
    this.check();
    return this.server.prepare();
  }
  async read(name: string): Promise<StoredFile | null> {
    this.check();
    return this.server.read(name);
  }
  async write(name: string, data: Uint8Array<ArrayBuffer>, expected: string | null): Promise<string> {
    this.check();
    return this.server.write(name, data, expected);
  }
}
