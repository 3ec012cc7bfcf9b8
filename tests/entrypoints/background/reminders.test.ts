import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDatabase } from '@/utils/db/database';
import { saveJob, setJobStatus } from '@/utils/db/jobs-repository';
import { addReminder } from '@/utils/db/reminders-repository';
import { updateSettings } from '@/utils/db/settings-repository';
import { atLocalHour } from '@/utils/local-time';
import { makePosting } from '../../posting-factory';

vi.mock('@/entrypoints/background/extension-apis', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  runScriptInTab: vi.fn(),
  createContextMenu: vi.fn(),
  removeAllContextMenus: vi.fn(async () => undefined),
}));

const { syncReminders, handleAlarm, handleNotificationButton, handleNotificationClick, WAKE_ALARM } =
  await import('@/entrypoints/background/reminders');

const db = getDatabase();
const day = (iso: string, hour = 12) => atLocalHour(iso, hour);
const HOUR = 3_600_000;

async function notices() {
  return fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string }>>;
}

async function wakeAt(): Promise<number | null> {
  return (await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime ?? null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([db.jobs.clear(), db.reminders.clear(), db.settings.clear()]);
});

describe('expiry notifications', () => {
  it('schedules the first lead time (3 days before, 9:00) and notifies once when it comes', async () => {
    const savedAt = day('2026-12-01');
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: '2026-12-20' }) }, savedAt);
    await syncReminders(savedAt);
    expect(await wakeAt()).toBe(atLocalHour('2026-12-17', 9));
    expect(Object.keys(await notices())).toEqual([]);

    await syncReminders(atLocalHour('2026-12-17', 9) + 1000);
    const shown = await notices();
    expect(shown[`expiry:${job.id}`]?.title).toBe('Closes in 3 days: Senior Software Engineer');
    expect(await wakeAt()).toBeLessThanOrEqual(atLocalHour('2026-12-19', 9));

    // The same wake-up again (a second alarm, a restart) does not notify twice.
    await fakeBrowser.notifications.clear(`expiry:${job.id}`);
    await syncReminders(atLocalHour('2026-12-17', 10));
    expect(Object.keys(await notices())).toEqual([]);

    await syncReminders(atLocalHour('2026-12-19', 9) + 1000);
    expect((await notices())[`expiry:${job.id}`]?.title).toBe('Closes tomorrow: Senior Software Engineer');
  });

  it('sends one notice for lead times missed while the browser was closed', async () => {
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: '2026-12-20' }) }, day('2026-12-01'));
    await syncReminders(atLocalHour('2026-12-19', 15)); // browser started after both lead times
    expect(Object.keys(await notices())).toEqual([`expiry:${job.id}`]);
    expect((await db.jobs.get(job.id))?.expiryNotified.sort()).toEqual([1, 3]);
  });

  it('does not warn about postings the user already applied to', async () => {
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: '2026-12-20' }) }, day('2026-12-01'));
    await setJobStatus(db, job.id, 'applied', day('2026-12-02'));
    await db.reminders.clear(); // the suggested follow-up is another test's concern
    await syncReminders(atLocalHour('2026-12-17', 9) + 1000);
    expect(Object.keys(await notices())).toEqual([]);
  });

  it('marks a posting whose closing date has passed as expired and sends nothing', async () => {
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: '2026-12-20' }) }, day('2026-12-01'));
    await syncReminders(day('2026-12-22'));
    expect(Object.keys(await notices())).toEqual([]);
    const expired = await db.jobs.get(job.id);
    expect(expired?.closedAt).toBe(day('2026-12-22'));
    expect(expired?.activeExpiresAt).toBeUndefined();
    expect(expired?.history.filter((entry) => entry.type === 'closed')).toMatchObject([
      { at: day('2026-12-22'), detail: 'Closing date passed' },
    ]);
  });

  it('estimates the closing date from the later of posted and saved when none is stated, and says so', async () => {
    const posting = makePosting({ validThrough: null, datePosted: '2026-11-25', descriptionText: 'Build things.' });
    const { job } = await saveJob(db, { posting }, day('2026-12-01'));
    expect(job).toMatchObject({ expiresAt: '2026-12-31', expiresEstimated: true });
    await syncReminders(atLocalHour('2026-12-28', 9) + 1000);
    expect((await notices())[`expiry:${job.id}`]?.message).toContain('(estimated)');
  });

  it('never closes a job on an estimate: past it, the job stays open and nothing is sent', async () => {
    // Posted long ago: the old rule (posted + 30 days) would have closed it the minute it was saved.
    const posting = makePosting({ validThrough: null, datePosted: '2026-06-01', descriptionText: 'Build things.' });
    const { job } = await saveJob(db, { posting }, day('2026-12-01'));
    expect(job).toMatchObject({ expiresAt: '2026-12-31', expiresEstimated: true });
    const result = await syncReminders(day('2027-01-05'));
    expect(result.expired).toBe(0);
    const stored = await db.jobs.get(job.id);
    expect(stored).toMatchObject({ closedAt: null, activeExpiresAt: '2026-12-31' });
    expect(stored?.statedExpiresAt).toBeUndefined();
    expect(stored?.history.some((entry) => entry.type === 'closed')).toBe(false);
    expect(Object.keys(await notices())).toEqual([]);
    // A stated date that passes still closes its job.
    const { job: stated } = await saveJob(
      db,
      {
        posting: makePosting({
          validThrough: '2027-01-02',
          url: 'https://jobs.example.com/x/2',
          canonicalUrl: 'https://jobs.example.com/x/2',
          title: 'Other role',
        }),
      },
      day('2026-12-01'),
    );
    expect((await syncReminders(day('2027-01-05'))).expired).toBe(1);
    expect((await db.jobs.get(stated.id))?.closedAt).toBe(day('2027-01-05'));
    expect((await db.jobs.get(job.id))?.closedAt).toBeNull();
  });

  it('takes a closing date stated in the text over the estimate', async () => {
    const posting = makePosting({
      validThrough: null,
      descriptionText: 'Great team.\nApplication deadline: 15 January 2027\nApply now.',
    });
    const { job } = await saveJob(db, { posting }, day('2026-12-02'));
    expect(job).toMatchObject({ expiresAt: '2027-01-15', expiresEstimated: false });
  });

  it('follows the lead times and hour from settings', async () => {
    await updateSettings(db, { expiryLeadDays: [7], notifyHour: 18 });
    await saveJob(db, { posting: makePosting({ validThrough: '2026-12-20' }) }, day('2026-12-01'));
    await syncReminders(day('2026-12-01'));
    expect(await wakeAt()).toBe(atLocalHour('2026-12-13', 18));
  });
});

describe('follow-up reminders', () => {
  it('suggests a follow-up a week after Applied, and fires it once', async () => {
    const appliedAt = atLocalHour('2026-12-01', 14);
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: null, datePosted: null }) }, appliedAt);
    const { suggestedFollowUp } = await setJobStatus(db, job.id, 'applied', appliedAt);
    expect(suggestedFollowUp?.dueAt).toBe(atLocalHour('2026-12-08', 9));

    await syncReminders(appliedAt);
    expect(await wakeAt()).toBe(atLocalHour('2026-12-08', 9));

    await syncReminders(atLocalHour('2026-12-08', 9) + 1000);
    expect((await notices())[`reminder:${suggestedFollowUp!.id}`]?.title).toBe('Time to follow up');
    await fakeBrowser.notifications.clear(`reminder:${suggestedFollowUp!.id}`);
    await syncReminders(atLocalHour('2026-12-08', 12));
    expect(Object.keys(await notices())).toEqual([]);
  });

  it('does not suggest one when the user turned it off', async () => {
    await updateSettings(db, { suggestFollowUp: false });
    const { job } = await saveJob(db, { posting: makePosting() });
    expect((await setJobStatus(db, job.id, 'applied')).suggestedFollowUp).toBeNull();
  });

  it('reschedules when a reminder is added, and fires a missed one at the next start', async () => {
    const now = day('2026-12-01');
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: null }) }, now);
    const reminder = await addReminder(db, { jobId: job.id, dueAt: now + 2 * HOUR, text: 'Call Anna' });
    await syncReminders(now);
    expect(await wakeAt()).toBe(now + 2 * HOUR);

    // The browser was closed at that time; it starts the next day.
    await syncReminders(now + 24 * HOUR);
    expect((await notices())[`reminder:${reminder.id}`]?.message).toBe('Call Anna');
    expect((await db.reminders.get(reminder.id))?.firedAt).toBe(now + 24 * HOUR);
  });

  it('"Snooze 1 day" moves the reminder on; clicking opens the posting', async () => {
    const now = day('2026-12-01');
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: null }) }, now);
    const reminder = await addReminder(db, { jobId: job.id, dueAt: now - HOUR, text: '' });
    await syncReminders(now);
    await handleNotificationButton(`reminder:${reminder.id}`, 1);
    const snoozed = await db.reminders.get(reminder.id);
    expect(snoozed?.firedAt).toBeNull();
    expect(snoozed!.dueAt).toBeGreaterThan(Date.now() + 23 * HOUR);

    await handleNotificationClick(`expiry:${job.id}`);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('https://jobs.example.com/acme/123?utm_source=x');
  });
});

describe('wake-ups and the badge', () => {
  it('rebuilds the alarm from the database on a wake-up and counts what needs attention', async () => {
    const now = day('2026-12-18');
    await saveJob(db, { posting: makePosting({ validThrough: '2026-12-20' }) }, day('2026-12-01'));
    const { job } = await saveJob(
      db,
      {
        posting: makePosting({
          title: 'Other',
          canonicalUrl: 'https://b.example/1',
          url: null,
          company: 'B',
          validThrough: null,
        }),
      },
      day('2026-12-01'),
    );
    await addReminder(db, { jobId: job.id, dueAt: now - HOUR, text: 'due' });
    await fakeBrowser.alarms.clearAll();
    await handleAlarm({ name: WAKE_ALARM }).catch(() => undefined);
    await syncReminders(now);
    expect(await wakeAt()).not.toBeNull();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });
});

describe('many postings at once', () => {
  it('sends one digest instead of a notification per posting, and still marks each notified', async () => {
    const saved = [];
    for (let i = 0; i < 6; i++) {
      const url = `https://jobs.example.com/${i}`;
      saved.push(
        (
          await saveJob(
            db,
            {
              posting: makePosting({
                title: `Job ${i}`,
                company: `C${i}`,
                url,
                canonicalUrl: url,
                validThrough: '2026-12-20',
              }),
            },
            day('2026-12-01'),
          )
        ).job,
      );
    }
    await syncReminders(atLocalHour('2026-12-17', 9) + 1000);
    const shown = await notices();
    expect(Object.keys(shown)).toHaveLength(1);
    expect(Object.values(shown)[0]?.title).toBe('6 saved postings close soon');
    for (const job of saved) expect((await db.jobs.get(job.id))?.expiryNotified).toEqual([3]);

    await handleNotificationClick(Object.keys(shown)[0]!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((tab) => tab.url?.endsWith('/dashboard.html#/jobs?closing=3'))).toBe(true);
  });
});
