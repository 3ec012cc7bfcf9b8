import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDatabase } from '@/utils/db/database';
import { requestSchemas } from '@/utils/schema/messages';

// The registration loop, with the messaging library's onMessage replaced by a recorder: every
// entry of the protocol table is registered, and each refuses a sender that is not an extension page.
type Listener = (message: { data: unknown; sender: { id?: string; url?: string } }) => Promise<unknown>;
const registered = vi.hoisted(() => new Map<string, Listener>());
vi.mock('@/utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  onMessage: (type: string, listener: Listener) => registered.set(type, listener),
}));

const { registerMessageHandlers } = await import('@/entrypoints/background/messages');

beforeEach(async () => {
  fakeBrowser.reset();
  registered.clear();
  await getDatabase().jobs.clear();
  registerMessageHandlers();
});

describe('message handlers', () => {
  it('registers every entry of the protocol table', () => {
    expect([...registered.keys()].sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('refuses every message from a content script (a web page’s URL), from another extension or with no URL', async () => {
    const id = fakeBrowser.runtime.id;
    for (const sender of [
      { id, url: 'https://jobs.example.com/posting/1' },
      { id: 'another-extension', url: fakeBrowser.runtime.getURL('/popup.html') },
      { id },
    ]) {
      for (const [type, listener] of registered) {
        await expect(listener({ data: {}, sender }), `${type} from ${JSON.stringify(sender)}`).rejects.toThrow(
          /refused/,
        );
      }
    }
  });

  it('answers the extension’s own pages', async () => {
    const listener = registered.get('deleteJobs')!;
    const reply = await listener({
      data: { jobIds: ['none'] },
      sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') },
    });
    expect(reply).toEqual({ ok: true, deleted: 0 });
  });
});
