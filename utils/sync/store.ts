// Where the encrypted files live. Small on purpose: WebDAV today; an S3 bucket or a folder the
// user syncs themselves would be another implementation of the same four calls. File names are
// relative ("manifest", "shards/3f") and never carry anything about the jobs.

export interface StoredFile {
  data: Uint8Array<ArrayBuffer>;
  /** The server's version of the file (HTTP ETag). */
  etag: string;
}

export interface SyncStore {
  /** Creates the sync folder (and its shards folder) if missing. */
  prepare(): Promise<void>;
  /** The file, or null when there is none. */
  read(name: string): Promise<StoredFile | null>;
  /**
   * Writes the file only if it is still at version `expected` (null: only if there is none yet),
   * and returns its new version. Otherwise throws a SyncError of kind 'conflict' and changes nothing.
   */
  write(name: string, data: Uint8Array<ArrayBuffer>, expected: string | null): Promise<string>;
}
