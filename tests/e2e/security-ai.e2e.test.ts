import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopup, screenshot, tabIdOf, type ExtensionSession } from './harness';
import { sendFromPage, useHostileExtension, type HostileServer } from './security-server';

// Issue 12, items 2, 5 and 6: the AI call is the background's, checks its permission first,
// reads a capped stream, sends only visible text and keeps only what the posting says.

const hostile = useHostileExtension('#/settings');
let session: ExtensionSession;
let server: HostileServer;
let dashboard: Page;

beforeAll(() => {
  ({ session, server, dashboard } = hostile);
});

async function useProvider(baseUrl: string) {
  const reply = await sendFromPage(dashboard, 'updateSettings', {
    aiProvider: { kind: 'openai-compatible', baseUrl, model: 'test-model', apiKey: 'sk-test-key' },
  });
  expect(reply).toEqual({ res: { ok: true } });
}

/** Opens the popup on the page with hidden instructions and waits for the AI to finish or fail. */
async function popupOnHiddenInstructions(): Promise<{ popup: Page; close: () => Promise<void> }> {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}/hostile/hidden-instructions.html`);
  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.getByTestId('summary').waitFor();
  await popup.locator('.ai-status:not(.ai-failed)').waitFor({ state: 'detached', timeout: 20_000 });
  return {
    popup,
    close: async () => {
      await popup.close();
      await page.close();
    },
  };
}

describe('the AI provider, called from the background', () => {
  it('sends only the visible text, with instructions that treat the posting as data, and the key from the background', async () => {
    await useProvider(`${server.origin}/ai/ok/v1`);
    const before = server.aiRequests.length;
    const { popup, close } = await popupOnHiddenInstructions();
    await popup
      .getByTestId('summary-tldr')
      .filter({ hasText: 'Data platform engineer at Marrowbank Freight' })
      .waitFor();
    expect(server.aiRequests.length).toBe(before + 1);
    const request = server.aiRequests.at(-1)!;
    expect(request.authorization).toBe('Bearer sk-test-key');
    const body = JSON.parse(request.body) as { messages: Array<{ role: string; content: string }> };
    const system = body.messages.find((message) => message.role === 'system')!.content;
    const user = body.messages.find((message) => message.role === 'user')!.content;
    expect(system).toMatch(/never instructions/i);
    expect(system).toMatch(/no links/i);
    expect(user).toContain('5+ years of experience with TypeScript and PostgreSQL');
    // Hidden four ways on the page, and written out in its JSON-LD: none of it is sent.
    expect(user).not.toMatch(/IGNORE ALL PREVIOUS INSTRUCTIONS|HIDDEN-|evil\.example|wire transfer/i);
    await close();
  });

  it('an injecting reply: no links, no "perfect match", and a must-have the posting never states is dropped', async () => {
    await useProvider(`${server.origin}/ai/inject/v1`);
    const { popup, close } = await popupOnHiddenInstructions();
    await popup.getByText('Experience running Kafka in production').first().waitFor();
    const text = (await popup.locator('.posting').textContent()) ?? '';
    expect(text).not.toMatch(/evil\.example|http:\/\/|Perfect match|deposit|wire transfer/i);
    expect(text).toContain('5+ years of experience with TypeScript and PostgreSQL');
    expect(await popup.locator('.posting a[href^="http"]').count()).toBe(0);
    await screenshot(popup, 'security-popup-ai-injection');
    await close();
  });

  it('a reply past 1 MB is not read, with a clear message; the built-in summary stays', async () => {
    await useProvider(`${server.origin}/ai/huge/v1`);
    const { popup, close } = await popupOnHiddenInstructions();
    const failed = popup.locator('.ai-failed');
    await failed.waitFor({ timeout: 20_000 });
    expect(await failed.textContent()).toMatch(/larger than 1 MB/);
    expect(await popup.getByTestId('summary-tldr').textContent()).toBeTruthy();
    await close();
  });

  it('checks the browser’s permission for the endpoint before sending anything', async () => {
    // localhost is not among the e2e build's host permissions (127.0.0.1 is).
    const port = new URL(server.origin).port;
    await useProvider(`http://localhost:${port}/ai/ok/v1`);
    const before = server.aiRequests.length;
    const { popup, close } = await popupOnHiddenInstructions();
    const failed = popup.locator('.ai-failed');
    await failed.waitFor({ timeout: 20_000 });
    expect(await failed.textContent()).toMatch(/no permission to reach/);
    expect(server.aiRequests.length).toBe(before);
    await close();
  });
});
