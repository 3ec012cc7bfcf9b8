import { describe, expect, it } from 'vitest';
import { addLocalDays, atLocalHour, localDay } from '../../utils/local-time';
import { openPopup, screenshot, tabIdOf } from './harness';
import { useExtension } from './suite';

const extension = useExtension();

type Jobshelf = {
  syncReminders: (now?: number) => Promise<number>;
  handleNotificationClick: (id: string) => Promise<void>;
};

describe('tracking and reminders in real Chromium', () => {
  it('schedules the expiry notice for a saved posting and notifies when it comes', async () => {
    const validThrough = localDay(addLocalDays(Date.now(), 10));
    const page = await extension.session.context.newPage();
    await page.goto(`${extension.origin}/e2e/posting?title=Closing+Soon+Engineer&validThrough=${validThrough}`);
    const tabId = await tabIdOf(extension.session, page);
    const popup = await openPopup(extension.session, tabId);
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    await popup
      .locator('[data-field="validThrough"]')
      .filter({ hasText: /^Closes [A-Z][a-z]{2} \d{1,2}(, \d{4})? \(in 10 days\)/ })
      .waitFor();

    const expectedNotice = atLocalHour(localDay(addLocalDays(Date.now(), 7)), 9);
    const alarm = await extension.session.worker.evaluate(() => chrome.alarms.get('jobshelf-next-reminder'));
    expect(alarm?.scheduledTime).toBe(expectedNotice);

    // Fire the wake-up handler as the alarm would at that time.
    const notifications = await extension.session.worker.evaluate(async (at) => {
      const jobshelf = (globalThis as unknown as { jobshelf: Jobshelf }).jobshelf;
      await jobshelf.syncReminders(at);
      return chrome.notifications.getAll();
    }, expectedNotice + 1000);
    const expiryIds = Object.keys(notifications).filter((id) => id.startsWith('expiry:'));
    expect(expiryIds).toHaveLength(1);
    await popup.close();
    await page.close();
  });

  it("re-reads a saved posting from the dashboard in a background tab, keeping the user's edits", async () => {
    const page = await extension.session.context.newPage();
    await page.goto(`${extension.origin}/e2e/posting?title=Reread+Engineer&company=Acme`);
    const popup = await openPopup(extension.session, await tabIdOf(extension.session, page));
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    await popup.close();
    await page.close();
    // As if it had been read long ago: an old company name, and a title the user wrote.
    const jobId = await extension.session.worker.evaluate(async () => {
      type Db = {
        jobs: {
          toArray: () => Promise<Array<{ id: string; posting: Record<string, unknown>; userEdited: string[] }>>;
          put: (job: unknown) => Promise<unknown>;
        };
      };
      const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
      const job = (await db.jobs.toArray()).find((saved) => saved.posting.title === 'Reread Engineer')!;
      await db.jobs.put({
        ...job,
        posting: {
          ...job.posting,
          company: 'Old Name Inc',
          title: 'My title',
          provenance: { ...(job.posting.provenance as object), title: 'user' },
        },
        userEdited: ['title'],
      });
      return job.id;
    });
    const pagesBefore = extension.session.context.pages().length;
    const dashboard = await extension.session.context.newPage();
    await dashboard.goto(`chrome-extension://${extension.session.extensionId}/dashboard.html#/job/${jobId}`);
    await dashboard.getByTestId('detail-title').filter({ hasText: 'My title' }).waitFor();
    await dashboard.getByTestId('reread').click();
    await dashboard
      .getByTestId('reread-result')
      .filter({ hasText: 'Read again from the page' })
      .waitFor({ timeout: 30_000 });
    await dashboard.locator('.job-header-company').filter({ hasText: 'Acme' }).waitFor();
    expect(await dashboard.getByTestId('detail-title').textContent()).toBe('My title');
    expect(await dashboard.getByTestId('status-history').textContent()).toContain('Read again from the page');
    // The background tab it read from is closed again.
    expect(extension.session.context.pages().length).toBe(pagesBefore + 1);
    await screenshot(dashboard, 'dashboard-job-reread');
    await dashboard.close();
  });

  it('tracks a job: status change, history, a note and the suggested follow-up, all in the popup', async () => {
    const page = await extension.session.context.newPage();
    await page.goto(`${extension.origin}/e2e/posting?title=Tracked+Engineer&company=Acme`);
    const tabId = await tabIdOf(extension.session, page);
    const popup = await openPopup(extension.session, tabId);
    await popup.getByTestId('save-track-button').click();
    await popup.getByTestId('saved-state').waitFor();
    expect(await popup.getByTestId('status-picker').inputValue()).toBe('interested');

    await popup.getByTestId('status-picker').selectOption('applied');
    await popup.getByText('Follow-up reminder set').waitFor();

    await popup.getByTestId('tab-notes').click();
    await popup.getByTestId('note-input').fill('Referred by Sam. Ask about the team size.');
    await popup.getByTestId('note-add').click();
    await popup.getByTestId('note').filter({ hasText: 'Referred by Sam' }).waitFor();

    await popup.getByTestId('tab-reminders').click();
    await popup.getByTestId('reminders').getByText('Follow up on your application').waitFor();

    await popup.getByTestId('tab-history').click();
    const history = popup.getByTestId('status-history');
    await history.getByText('Applied').waitFor();
    expect(await history.textContent()).toMatch(/Saved.*Interested.*Applied/);
    await screenshot(popup, 'popup-tracking-history');

    // Reopened: the status shows at once, with the note still there.
    await popup.close();
    const again = await openPopup(extension.session, tabId);
    await again.getByTestId('saved-state').waitFor();
    expect(await again.getByTestId('status-picker').inputValue()).toBe('applied');
    const shownAfterMs = await again.evaluate(() => document.documentElement.dataset.shownAfterMs);
    console.log(`popup on an already-saved, tracked job: shown after ${shownAfterMs} ms`);
    await again.getByTestId('tab-notes').click();
    await again.getByTestId('note').filter({ hasText: 'Referred by Sam' }).waitFor();
    await screenshot(again, 'popup-tracking-notes');
    await again.emulateMedia({ colorScheme: 'dark' });
    await again.getByTestId('tab-summary').click();
    await screenshot(again, 'popup-tracking-dark');
    await again.close();
    await page.close();
  });
});
