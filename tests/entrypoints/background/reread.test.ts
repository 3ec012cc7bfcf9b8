import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDatabase } from '@/utils/db/database';
import { saveJob } from '@/utils/db/jobs-repository';
import { makePosting } from '../../posting-factory';

const apis = vi.hoisted(() => ({
  runScriptInTab: vi.fn<(tabId: number, file: string | readonly string[], immediately?: boolean) => Promise<unknown>>(),
  mayReadOrigin: vi.fn(async () => true),
  openLoadedTab: vi.fn(async () => 7),
  closeTab: vi.fn(async () => undefined),
}));
vi.mock('@/entrypoints/background/extension-apis', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...apis,
}));

const { rereadFromPage } = await import('@/entrypoints/background/reread');

beforeEach(async () => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  await getDatabase().jobs.clear();
  await fakeBrowser.tabs.create({ url: 'https://jobs.example.com/acme/123' });
});

describe('re-read from page and the verdict', () => {
  it('takes an unsure read only while the page still shows the same title', async () => {
    const { job } = await saveJob(getDatabase(), { posting: makePosting({ title: 'Bookkeeper' }) });
    apis.runScriptInTab.mockResolvedValue({
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0.3,
      reasons: ['Few signs'],
      posting: makePosting({ title: 'Bookkeeper', company: 'Larkspur Bakery' }),
    });
    await rereadFromPage(job.id);
    expect((await getDatabase().jobs.get(job.id))?.posting.company).toBe('Larkspur Bakery');

    apis.runScriptInTab.mockResolvedValue({
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0.2,
      reasons: ['Few signs'],
      posting: makePosting({ title: 'Page not found' }),
    });
    await expect(rereadFromPage(job.id)).rejects.toThrow(/no longer shows a job posting/);
    expect((await getDatabase().jobs.get(job.id))?.posting.title).toBe('Bookkeeper');
  });

  it('never takes a page that is clearly not a posting', async () => {
    const { job } = await saveJob(getDatabase(), { posting: makePosting({ title: 'Robotics Engineer' }) });
    apis.runScriptInTab.mockResolvedValue({
      isJobPosting: false,
      verdict: 'not-posting',
      confidence: 0,
      reasons: ['A list'],
      posting: makePosting({ title: 'Robotics Engineer' }),
    });
    await expect(rereadFromPage(job.id)).rejects.toThrow(/no longer shows a job posting/);
  });
});
