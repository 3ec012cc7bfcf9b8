import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestSchemas } from '../../utils/schema/messages';
import { openPopup, tabIdOf, type ExtensionSession } from './harness';
import {
  readDatabase,
  sendFromContentScript,
  sendFromPage,
  useHostileExtension,
  type HostileServer,
  type LibraryReply,
} from './security-server';

// Issue 12, items 1 and 8: only the extension's own pages may drive the background; the
// manifest asks for no more than it uses and sets a CSP.

const hostile = useHostileExtension('#/jobs');
let session: ExtensionSession;
let server: HostileServer;
let dashboard: Page;

beforeAll(() => {
  ({ session, server, dashboard } = hostile);
});

const SECRET = 'sk-test-never-leaves-the-background-4711';

function posting(title: string, url: string) {
  return {
    title,
    company: 'Lanternfish Outfitters',
    locations: ['Halifax, Canada'],
    workMode: 'remote',
    employmentType: 'FULL_TIME',
    salary: null,
    datePosted: '2026-11-01',
    validThrough: null,
    url,
    canonicalUrl: url,
    applyUrl: 'http://phishing.example/apply',
    descriptionHtml: '<p>Pack kayaks for shipping.</p>',
    descriptionText: 'Pack kayaks for shipping.',
    source: 'json-ld',
    provenance: {},
  };
}

describe('messages from a content script are refused, for every message type', () => {
  it('an extension page may write (the control): a job, a note, a reminder, settings with an API key', async () => {
    const saved = (await sendFromPage(dashboard, 'saveJob', {
      posting: posting('Kayak Packer', 'https://jobs.example.net/lanternfish/1'),
    })) as {
      res: { ok: boolean; jobId: string };
    };
    expect(saved.res.ok).toBe(true);
    const jobId = saved.res.jobId;
    expect(
      ((await sendFromPage(dashboard, 'addNote', { jobId, text: 'Called the recruiter' })) as { res: { ok: boolean } })
        .res.ok,
    ).toBe(true);
    expect(
      (
        (await sendFromPage(dashboard, 'addReminder', { jobId, dueAt: Date.now() + 86_400_000 })) as {
          res: { ok: boolean };
        }
      ).res.ok,
    ).toBe(true);
    const settings = await sendFromPage(dashboard, 'updateSettings', {
      aiProvider: {
        kind: 'openai-compatible',
        baseUrl: `${server.origin}/ai/ok/v1`,
        model: 'test-model',
        apiKey: SECRET,
      },
    });
    expect(settings).toEqual({ res: { ok: true } });
  });

  it('refuses all of them from a page’s isolated world, and nothing changes', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/hostile/hidden-instructions.html`);
    const tabId = await tabIdOf(session, page);
    const before = await readDatabase(session);
    const jobId = String(before.jobs[0]!.id);
    const noteId = String(before.notes[0]!.id);
    const reminderId = String(before.reminders[0]!.id);
    const forged: Array<{ type: string; data: unknown }> = [
      { type: 'analyzeTab', data: { tabId } },
      { type: 'popupOpened', data: {} },
      { type: 'readingSummary', data: { tabId } },
      { type: 'matchPosting', data: { posting: posting('Forged', 'https://jobs.example.net/forged/5') } },
      { type: 'saveJob', data: { posting: posting('Forged Job', 'https://jobs.example.net/forged/2') } },
      { type: 'setStatus', data: { jobId, status: 'rejected' } },
      { type: 'updateJob', data: { jobId, posting: { title: 'Hijacked', applyUrl: 'http://phishing.example' } } },
      { type: 'rereadJob', data: { jobId } },
      { type: 'deleteJobs', data: { jobIds: [jobId] } },
      { type: 'addNote', data: { jobId, text: 'forged note' } },
      { type: 'editNote', data: { noteId, text: 'forged edit' } },
      { type: 'deleteNote', data: { noteId } },
      { type: 'addReminder', data: { jobId, dueAt: Date.now() + 3_600_000 } },
      { type: 'snoozeReminder', data: { reminderId, until: Date.now() + 7 * 86_400_000 } },
      { type: 'completeReminder', data: { reminderId } },
      { type: 'deleteReminder', data: { reminderId } },
      {
        type: 'updateSettings',
        data: { aiProvider: { kind: 'openai-compatible', baseUrl: 'http://evil.example/v1', model: 'x', apiKey: '' } },
      },
      { type: 'rebuildAlarms', data: {} },
      { type: 'aiSummary', data: { tabId, posting: posting('Forged', 'https://jobs.example.net/forged/3') } },
      { type: 'visiblePosting', data: { tabId, posting: posting('Forged', 'https://jobs.example.net/forged/4') } },
      {
        type: 'syncConnect',
        data: { url: 'https://evil.example/dav/', username: 'x', password: 'x', passphrase: 'forged passphrase' },
      },
      { type: 'syncNow', data: {} },
      { type: 'syncDisconnect', data: {} },
    ];
    // Every entry of the protocol table, so a new message cannot skip this test.
    expect(forged.map(({ type }) => type).sort()).toEqual(Object.keys(requestSchemas).sort());
    const replies = await sendFromContentScript(session, tabId, forged);
    expect(replies).toHaveLength(forged.length);
    replies.forEach((reply: LibraryReply, index) => {
      const type = forged[index]!.type;
      expect({ type, res: reply?.res }).toEqual({ type, res: undefined });
      expect(reply?.err?.message, type).toContain('refused');
    });
    // The reply to analyzeTab carried neither the page's text nor the key.
    expect(JSON.stringify(replies)).not.toContain(SECRET);

    const after = await readDatabase(session);
    expect(after.jobs).toEqual(before.jobs);
    expect(after.notes).toEqual(before.notes);
    expect(after.reminders).toEqual(before.reminders);
    expect(after.settings).toEqual(before.settings);
    expect(server.aiRequests).toHaveLength(0);
    await page.close();
  });

  it('the popup learns which AI engine is on, never its key or address', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/hostile/hidden-instructions.html`);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('.posting').waitFor();
    const reply = await sendFromPage(popup, 'analyzeTab', { tabId });
    const text = JSON.stringify(reply);
    expect(text).toContain('Data Platform Engineer');
    expect(text).not.toContain(SECRET);
    expect((reply as { res: { aiProvider: object } }).res.aiProvider).toEqual({
      kind: 'openai-compatible',
      model: 'test-model',
    });
    await popup.close();
    await page.close();
  });
});

describe('the manifest', () => {
  it('asks for no storage permission and sets a strict CSP for extension pages', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).not.toContain('storage');
    expect(manifest.permissions).toContain('unlimitedStorage');
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('the extension pages still run under that CSP (the dashboard renders and logs no CSP violation)', async () => {
    const violations: string[] = [];
    const page = await session.context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#/settings`);
    await page.locator('.settings-page').waitFor();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#/jobs`);
    await page.getByTestId('job-row').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
