import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDatabase } from '@/utils/db/database';
import { updateSettings } from '@/utils/db/settings-repository';
import type { Extraction } from '@/utils/schema/posting';
import { makePosting } from '../../posting-factory';

// scripting and contextMenus are not in fakeBrowser: those wrappers are replaced; badge,
// notifications and alarms run against fakeBrowser and are checked there.
const apis = vi.hoisted(() => ({
  runScriptInTab: vi.fn<(tabId: number, file: string | readonly string[], immediately?: boolean) => Promise<unknown>>(),
  createContextMenu: vi.fn(),
  removeAllContextMenus: vi.fn(async () => undefined),
}));
vi.mock('@/entrypoints/background/extension-apis', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...apis,
}));

async function notifications() {
  return fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string }>>;
}

const { handleContextMenuClick, SAVE_PAGE_MENU_ID, SAVE_AND_TRACK_MENU_ID, SAVE_SELECTION_MENU_ID } =
  await import('@/entrypoints/background/context-menu');
const { handleCommand } = await import('@/entrypoints/background/commands');
const { analyzeTab, handlers, matchPosting, readingSummary, saveJobFromPopup } =
  await import('@/entrypoints/background/messages');

function pageReturns(extraction: Extraction | unknown) {
  apis.runScriptInTab.mockResolvedValue(extraction);
}

const postingExtraction: Extraction = {
  isJobPosting: true,
  confidence: 0.95,
  reasons: ['JobPosting structured data'],
  posting: makePosting(),
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  await getDatabase().jobs.clear();
  await fakeBrowser.tabs.create({ url: 'https://jobs.example.com/acme/123' });
});

describe('right-click menu', () => {
  it('saves the posting and confirms with the badge and a notification', async () => {
    pageReturns(postingExtraction);
    await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU_ID }, { id: 1 });
    // At once or once idle: capture.test.ts checks which.
    expect(apis.runScriptInTab).toHaveBeenCalledWith(1, ['/capture.js', '/reader.js'], expect.any(Boolean));
    expect(await getDatabase().jobs.count()).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('✓');
    expect(Object.values(await notifications())).toMatchObject([
      { title: 'Saved to Jobshelf', message: 'Senior Software Engineer' },
    ]);
  });

  it('"Save and track" starts tracking as Interested', async () => {
    pageReturns(postingExtraction);
    await handleContextMenuClick({ menuItemId: SAVE_AND_TRACK_MENU_ID }, { id: 1 });
    const [job] = await getDatabase().jobs.toArray();
    expect(job?.status).toBe('interested');
    expect(job?.history.filter((entry) => entry.type === 'status')).toHaveLength(1);
  });

  it('"Save selection" saves the selected text as the description, even off a posting', async () => {
    pageReturns({ isJobPosting: false, confidence: 0.1, reasons: ['An article'], posting: null });
    const selectionText = 'Data Analyst\nRequirements: 3+ years of SQL and Python.';
    await handleContextMenuClick(
      { menuItemId: SAVE_SELECTION_MENU_ID, selectionText },
      { id: 1, title: 'Careers at Example' },
    );
    const [job] = await getDatabase().jobs.toArray();
    expect(job?.posting).toMatchObject({ title: 'Careers at Example', descriptionText: selectionText });
    expect(job?.posting.provenance.description).toBe('selection');
    expect(job?.summary).not.toBeNull();
  });

  it('"Save selection" keeps what an unsure read found, but nothing from a list', async () => {
    pageReturns({
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0.3,
      reasons: ['Few signs'],
      posting: makePosting({ title: 'Bookkeeper', company: 'Larkspur Bakery' }),
    });
    await handleContextMenuClick(
      { menuItemId: SAVE_SELECTION_MENU_ID, selectionText: 'Bookkeeper, two days a week' },
      { id: 1, title: 'Noticeboard' },
    );
    expect((await getDatabase().jobs.toArray())[0]?.posting).toMatchObject({
      title: 'Bookkeeper',
      company: 'Larkspur Bakery',
    });
    await getDatabase().jobs.clear();
    pageReturns({
      isJobPosting: false,
      verdict: 'not-posting',
      confidence: 0,
      reasons: ['A list'],
      posting: makePosting({ title: '12 jobs in Leeds', company: 'Board' }),
    });
    await handleContextMenuClick(
      { menuItemId: SAVE_SELECTION_MENU_ID, selectionText: 'Gardener\nLeeds' },
      { id: 1, title: 'Jobs in Leeds' },
    );
    expect((await getDatabase().jobs.toArray())[0]?.posting).toMatchObject({ title: 'Jobs in Leeds', company: null });
  });

  it('"Save selection" works on a PDF, keeping its address', async () => {
    apis.runScriptInTab.mockRejectedValue(new Error('Cannot access contents of the page.'));
    const url = 'https://careers.example.com/jd/analyst.pdf';
    await handleContextMenuClick(
      { menuItemId: SAVE_SELECTION_MENU_ID, selectionText: 'Analyst\nSQL, 2+ years' },
      { id: 1, title: 'analyst.pdf', url },
    );
    const [job] = await getDatabase().jobs.toArray();
    expect(job?.posting).toMatchObject({ title: 'analyst.pdf', url, canonicalUrl: url });
  });

  it('ignores other menu items', async () => {
    await handleContextMenuClick({ menuItemId: 'something-else' }, { id: 1 });
    expect(apis.runScriptInTab).not.toHaveBeenCalled();
  });

  it('saves nothing on a page that is not a posting, and says so', async () => {
    pageReturns({ isJobPosting: false, confidence: 0.1, reasons: ['An article'], posting: null });
    await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU_ID }, { id: 1 });
    expect(await getDatabase().jobs.count()).toBe(0);
    expect((await notifications())['not-saved-1']?.message).toContain('job posting');
  });

  it('saves nothing on its own when detection is unsure, and points to the popup', async () => {
    pageReturns({
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0.3,
      reasons: ['Few signs'],
      posting: makePosting(),
    });
    await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU_ID }, { id: 1 });
    await handleCommand('save-job', { id: 1 });
    expect(await getDatabase().jobs.count()).toBe(0);
    expect((await notifications())['not-saved-1']?.message).toContain('Jobshelf button');
  });

  it('saves nothing when the page sends back something malformed', async () => {
    pageReturns({ isJobPosting: true, confidence: 7, posting: { title: 42 } });
    await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU_ID }, { id: 1 });
    expect(await getDatabase().jobs.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('!');
  });
});

describe('keyboard shortcut', () => {
  it('saves the tab it was pressed in; twice updates the same job', async () => {
    pageReturns(postingExtraction);
    await handleCommand('save-job', { id: 1 });
    await handleCommand('save-job', { id: 1 });
    expect(await getDatabase().jobs.count()).toBe(1);
    expect(Object.values(await notifications()).map((notice) => notice.title)).toEqual(['Updated in Jobshelf']);
  });

  it('ignores other commands', async () => {
    await handleCommand('something-else', { id: 1 });
    expect(apis.runScriptInTab).not.toHaveBeenCalled();
  });
});

describe('messages from the popup', () => {
  it('reads a tab', async () => {
    pageReturns(postingExtraction);
    const result = await analyzeTab({ tabId: 1 });
    expect(result).toMatchObject({ capture: { kind: 'read', extraction: { isJobPosting: true } }, hasProfile: false });
    expect(result.summary?.engine).toBe('built-in');
  });

  it('takes what the popup read in the tab itself, without injecting again, and still checks it', async () => {
    const result = await analyzeTab({ tabId: 1, read: { reply: postingExtraction } });
    expect(result).toMatchObject({ capture: { kind: 'read', extraction: { isJobPosting: true } } });
    expect(result.summary?.engine).toBe('built-in');
    expect(await analyzeTab({ tabId: 1, read: { reply: { isJobPosting: 'forged' } } })).toMatchObject({
      capture: { kind: 'failed' },
      summary: null,
    });
    expect(apis.runScriptInTab).not.toHaveBeenCalled();
  });

  it('answers with the posting first and keeps its summary for the popup to take once', async () => {
    pageReturns(postingExtraction);
    const result = await analyzeTab({ tabId: 1, summaryLater: true });
    expect(result).toMatchObject({ capture: { kind: 'read' }, summary: null, summaryLater: true });
    const later = await readingSummary({ tabId: 1 });
    expect(later.summary?.engine).toBe('built-in');
    expect(later.summary).toEqual((await analyzeTab({ tabId: 1 })).summary);
    // Taken: asked again (or for another tab, or wrongly) it is gone, never another tab's.
    expect(await readingSummary({ tabId: 1 })).toEqual({ summary: null });
    expect(await readingSummary({ tabId: 2 })).toEqual({ summary: null });
    expect(await readingSummary({ tabId: 'one' })).toEqual({ summary: null });
  });

  it('weighs the match again on the posting as the user corrected it', async () => {
    await updateSettings(getDatabase(), { profile: { skills: ['TypeScript'], workModes: ['remote'] } });
    const read = makePosting({ workMode: 'hybrid' });
    const asRead = (await matchPosting({ posting: read })).match;
    const corrected = (await matchPosting({ posting: { ...read, workMode: 'remote' } })).match;
    expect(asRead?.checks?.find((check) => check.kind === 'workMode')?.status).toBe('unmet');
    expect(corrected?.checks?.find((check) => check.kind === 'workMode')?.status).toBe('met');
    expect(corrected!.score).toBeGreaterThan(asRead!.score);
    // A request that is not a posting gets no match, never an error.
    expect(await matchPosting({ posting: { title: 42 } })).toEqual({ match: null });
  });

  it('keeps no summary for a page it could not read', async () => {
    apis.runScriptInTab.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await analyzeTab({ tabId: 1, summaryLater: true })).toMatchObject({ capture: { kind: 'restricted' } });
    expect(await readingSummary({ tabId: 1 })).toEqual({ summary: null, summaryMs: expect.any(Number) });
  });

  it('reads a page that is not a posting with what it held, for "Save anyway"', async () => {
    pageReturns({
      isJobPosting: false,
      verdict: 'not-posting',
      confidence: 0.1,
      reasons: ['This page lists several jobs.'],
      posting: makePosting({ title: 'Careers' }),
    });
    const result = await analyzeTab({ tabId: 1 });
    expect(result).toMatchObject({
      capture: { kind: 'read', extraction: { verdict: 'not-posting', posting: { title: 'Careers' } } },
      savedJob: null,
    });
    expect(result.summary).not.toBeNull();
    expect(result.expiry?.estimated).toBe(false);
  });

  it('saves what the user corrected in the popup as their own', async () => {
    const reply = await saveJobFromPopup({
      posting: makePosting({ company: 'Fixed Co' }),
      tabId: 1,
      edited: ['company'],
    });
    expect(reply).toMatchObject({ ok: true });
    const [job] = await getDatabase().jobs.toArray();
    expect(job).toMatchObject({
      userEdited: ['company'],
      posting: { company: 'Fixed Co', provenance: { company: 'user' } },
    });
    expect(await saveJobFromPopup({ posting: makePosting(), edited: ['not-a-field'] })).toMatchObject({ ok: false });
  });

  it('reports a restricted page in plain words', async () => {
    apis.runScriptInTab.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await analyzeTab({ tabId: 1 })).toMatchObject({ capture: { kind: 'restricted' }, summary: null });
  });

  it('rejects invalid requests without touching the database', async () => {
    expect(await analyzeTab({ tabId: 'one' })).toMatchObject({ capture: { kind: 'failed' } });
    expect(await saveJobFromPopup({ posting: { title: '' } })).toMatchObject({ ok: false });
    expect(await getDatabase().jobs.count()).toBe(0);
  });

  it('saves a valid posting', async () => {
    const reply = await saveJobFromPopup({ posting: makePosting(), tabId: 1 });
    expect(reply).toMatchObject({ ok: true, created: true });
    expect(await getDatabase().jobs.count()).toBe(1);
  });
});

describe('write replies', () => {
  it('passes a failure written for the user through as it is, from inside a transaction', async () => {
    const reply = await handlers.setStatus({ jobId: 'gone', status: 'applied' });
    expect(reply).toEqual({ ok: false, reason: 'This job is no longer saved (gone).' });
  });
});
