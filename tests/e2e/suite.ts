import { afterAll, beforeAll } from 'vitest';
import { launchExtension, startPageServer, type ExtensionSession } from './harness';

/** For an e2e test file: the page server and Chromium with the extension, for all its tests. */
export function useExtension(): { readonly session: ExtensionSession; readonly origin: string } {
  let session: ExtensionSession | undefined;
  let server: Awaited<ReturnType<typeof startPageServer>> | undefined;
  beforeAll(async () => {
    server = await startPageServer();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get session() {
      if (!session) throw new Error('The extension is not running yet');
      return session;
    },
    get origin() {
      if (!server) throw new Error('The page server is not running yet');
      return server.origin;
    },
  };
}
