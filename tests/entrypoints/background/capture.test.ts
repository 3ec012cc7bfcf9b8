import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Extraction } from '@/utils/schema/posting';
import { makePosting } from '../../posting-factory';

// scripting is not in fakeBrowser: the wrapper is replaced, each call answers as that script would.
const apis = vi.hoisted(() => ({
  runScriptInTab: vi.fn<(tabId: number, file: string | readonly string[], immediately?: boolean) => Promise<unknown>>(),
}));
vi.mock('@/entrypoints/background/extension-apis', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...apis,
}));

const { captureReadByPopup, captureTab } = await import('@/entrypoints/background/capture');

const extraction: Extraction = {
  isJobPosting: true,
  verdict: 'posting',
  confidence: 0.9,
  reasons: ['It has an Apply button'],
  posting: makePosting(),
};

/** Each injected script answers with the next reply, in order. */
function scriptsAnswer(...replies: unknown[]) {
  for (const reply of replies) apis.runScriptInTab.mockResolvedValueOnce(reply);
}
const injected = () => apis.runScriptInTab.mock.calls.map(([, file]) => file);
/** The first injection: the capture script and the reader's script, in one call. */
const FIRST = ['/capture.js', '/reader.js'];

beforeEach(async () => {
  fakeBrowser.reset();
  apis.runScriptInTab.mockReset();
  await fakeBrowser.tabs.create({ url: 'https://jobs.example.com/acme/123' });
});

describe('captureTab', () => {
  it('injects the capture script with the reader in one call, and nothing more when the page needs nothing more', async () => {
    scriptsAnswer(extraction);
    expect(await captureTab(1)).toMatchObject({
      kind: 'read',
      extraction: { posting: { title: extraction.posting!.title } },
    });
    expect(injected()).toEqual([FIRST]);
  });

  it('injects Readability, then the finishing steps, when the page asks for them, and returns the last reply', async () => {
    scriptsAnswer({ needs: 'readability', elapsedMs: 3 }, { needs: 'finish', elapsedMs: 4 }, extraction);
    expect(await captureTab(1)).toMatchObject({ kind: 'read' });
    expect(injected()).toEqual([FIRST, ['/readability.js'], ['/finish.js']]);
  });

  it('refuses a page that asks for the same part twice, or says anything else', async () => {
    scriptsAnswer({ needs: 'reader', elapsedMs: 1 }, extraction);
    expect(await captureTab(1)).toEqual({
      kind: 'failed',
      reason: 'Jobshelf could not make sense of what this page contains.',
    });
    expect(injected()).toEqual([FIRST]);

    apis.runScriptInTab.mockReset();
    scriptsAnswer({ needs: 'readability', elapsedMs: 1 }, { needs: 'readability', elapsedMs: 1 }, extraction);
    expect(await captureTab(1)).toMatchObject({ kind: 'failed' });
    expect(injected()).toHaveLength(2);

    apis.runScriptInTab.mockReset();
    scriptsAnswer({ needs: '/evil.js', elapsedMs: 1 });
    expect(await captureTab(1)).toMatchObject({ kind: 'failed' });
    expect(injected()).toEqual([FIRST]);
  });

  it('injects at once into a page that has loaded, and lets one still loading become idle first', async () => {
    for (const status of ['complete', 'loading'] as const) {
      apis.runScriptInTab.mockReset();
      vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValueOnce({ ...(await fakeBrowser.tabs.get(1)), status });
      scriptsAnswer({ needs: 'readability', elapsedMs: 1 }, extraction);
      expect(await captureTab(1)).toMatchObject({ kind: 'read' });
      expect(apis.runScriptInTab.mock.calls.map(([, , immediately]) => immediately)).toEqual(
        status === 'complete' ? [true, true] : [false, false],
      );
    }
  });

  it('says so when the page changed between two scripts (the paused run is gone)', async () => {
    scriptsAnswer({ needs: 'readability', elapsedMs: 1 }, { lost: true });
    expect(await captureTab(1)).toEqual({
      kind: 'failed',
      reason: 'The page changed while Jobshelf was reading it. Click Jobshelf again.',
    });
  });

  it('reports a refused injection of a later script in words', async () => {
    scriptsAnswer({ needs: 'readability', elapsedMs: 1 });
    apis.runScriptInTab.mockRejectedValueOnce(new Error('No tab with id: 1'));
    expect(await captureTab(1)).toEqual({ kind: 'failed', reason: 'That tab is closed.' });
  });
});

describe('captureReadByPopup: what the popup read in the tab itself', () => {
  it('is checked like any reply from a page: an extraction is read, anything else is refused', async () => {
    expect(await captureReadByPopup(1, { reply: extraction })).toMatchObject({
      kind: 'read',
      extraction: { posting: { title: extraction.posting!.title } },
      tabUrl: 'https://jobs.example.com/acme/123',
    });
    for (const reply of [{ needs: 'readability', elapsedMs: 1 }, { ...extraction, isJobPosting: 'yes' }, null, '<p>'])
      expect(await captureReadByPopup(1, { reply })).toEqual({
        kind: 'failed',
        reason: 'Jobshelf could not make sense of what this page contains.',
      });
    expect(await captureReadByPopup(1, { reply: { lost: true } })).toMatchObject({ kind: 'failed' });
    expect(apis.runScriptInTab).not.toHaveBeenCalled();
  });

  it("passes the popup's failure on, and a page no extension may read stays restricted whatever was sent", async () => {
    const failure = { kind: 'failed', reason: 'That tab is closed.' } as const;
    expect(await captureReadByPopup(1, { failure })).toEqual(failure);
    const store = await fakeBrowser.tabs.create({ url: 'https://chromewebstore.google.com/detail/x' });
    expect(await captureReadByPopup(store.id!, { reply: extraction })).toMatchObject({ kind: 'restricted' });
  });
});
