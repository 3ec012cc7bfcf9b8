import { describe, expect, it } from 'vitest';
import { emptyFilters, filterJobs, tagsInUse } from '@/utils/jobs-view/filter';
import { toJobView, type JobView } from '@/utils/jobs-view/job-view';
import { flattenProfile } from '@/utils/jobs-view/profile';
import { formatYearly } from '@/utils/money/format';
import { yearlySalary } from '@/utils/money/yearly';
import { sortJobs } from '@/utils/jobs-view/sort';
import { isClosingSoon } from '@/utils/jobs-view/closing';
import { daysUntil } from '@/utils/local-time';
import { makeJob } from '../job-factory';

const now = new Date(2026, 10, 20, 12).getTime();

const views: JobView[] = [
  toJobView(
    makeJob(
      { id: 'a', status: 'applied', tags: ['dream'], expiresAt: '2026-11-22', savedAt: 3 },
      {
        title: 'Backend Engineer',
        company: 'Zeta',
        workMode: 'remote',
        salary: { min: 50, max: 70, currency: 'USD', period: 'hour', text: '' },
      },
    ),
    null,
  ),
  toJobView(
    makeJob(
      { id: 'b', status: null, tags: [], expiresAt: '2027-01-30', savedAt: 2 },
      { title: 'analyst', company: 'Acme', workMode: 'onsite', salary: null },
    ),
    null,
  ),
  toJobView(
    makeJob(
      { id: 'c', status: 'interview', tags: ['dream', 'remote-ok'], expiresAt: '2026-11-19', savedAt: 1 },
      {
        title: 'Designer',
        company: null,
        workMode: 'hybrid',
        salary: { min: 90000, max: 120000, currency: 'EUR', period: 'year', text: '' },
      },
    ),
    null,
  ),
];

describe('salary normalization', () => {
  it('turns hourly, monthly and yearly pay into a yearly range in its own currency', () => {
    expect(yearlySalary({ min: 50, max: 70, currency: 'USD', period: 'hour', text: '' })).toEqual({
      min: 104000,
      max: 145600,
      currency: 'USD',
    });
    expect(yearlySalary({ min: 5000, max: null, currency: 'EUR', period: 'month', text: '' })).toEqual({
      min: 60000,
      max: 60000,
      currency: 'EUR',
    });
    expect(yearlySalary({ min: null, max: null, currency: 'EUR', period: 'year', text: 'competitive' })).toBeNull();
    expect(formatYearly({ min: 104000, max: 145600, currency: 'USD' })).toBe('$104K–$145.6K/yr');
  });
});

describe('closing soon', () => {
  it('counts calendar days from today', () => {
    expect(daysUntil('2026-11-22', now)).toBe(2);
    expect(daysUntil('2026-11-19', now)).toBe(-1);
    expect(isClosingSoon(2, 7)).toBe(true);
    expect(isClosingSoon(-1, 7)).toBe(false);
  });
});

describe('filters', () => {
  const ids = (jobs: JobView[]) => jobs.map((job) => job.id);
  it('filters by stage (saved = no status), work mode, salary range, closing soon and tags', () => {
    expect(ids(filterJobs(views, emptyFilters, now))).toEqual(['a', 'b', 'c']);
    expect(ids(filterJobs(views, { ...emptyFilters, stages: ['saved', 'interview'] }, now))).toEqual(['b', 'c']);
    expect(ids(filterJobs(views, { ...emptyFilters, workModes: ['remote', 'hybrid'] }, now))).toEqual(['a', 'c']);
    expect(ids(filterJobs(views, { ...emptyFilters, salaryMin: 125000 }, now))).toEqual(['a']);
    expect(ids(filterJobs(views, { ...emptyFilters, salaryMax: 100000 }, now))).toEqual(['c']);
    expect(ids(filterJobs(views, { ...emptyFilters, closingWithinDays: 7 }, now))).toEqual(['a']);
    expect(ids(filterJobs(views, { ...emptyFilters, tags: ['dream', 'remote-ok'] }, now))).toEqual(['c']);
  });

  it('lists tags most used first', () => {
    expect(tagsInUse(views)).toEqual([
      { tag: 'dream', count: 2 },
      { tag: 'remote-ok', count: 1 },
    ]);
  });
});

describe('sort', () => {
  const ids = (jobs: JobView[]) => jobs.map((job) => job.id);
  it('sorts by text case-insensitively, numbers and dates, empty values last either way', () => {
    expect(ids(sortJobs(views, { key: 'title', direction: 'asc' }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortJobs(views, { key: 'company', direction: 'asc' }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortJobs(views, { key: 'company', direction: 'desc' }))).toEqual(['a', 'b', 'c']);
    expect(ids(sortJobs(views, { key: 'salary', direction: 'desc' }))).toEqual(['a', 'c', 'b']);
    expect(ids(sortJobs(views, { key: 'salary', direction: 'asc' }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortJobs(views, { key: 'closes', direction: 'asc' }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortJobs(views, { key: 'status', direction: 'asc' }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortJobs(views, { key: 'saved', direction: 'desc' }))).toEqual(['a', 'b', 'c']);
  });

  it('does not change the input', () => {
    const before = ids(views);
    sortJobs(views, { key: 'title', direction: 'desc' });
    expect(ids(views)).toEqual(before);
  });
});

describe('match against the profile', () => {
  it('scores jobs by the user skills', () => {
    const profile = flattenProfile({ skills: ['TypeScript', 'React'] });
    const view = toJobView(makeJob(), profile);
    expect(view.match).toBeGreaterThan(50);
    expect(toJobView(makeJob(), null).match).toBeNull();
  });
});

describe('sort cache', () => {
  it('returns the same order as sorting, and warms every column', async () => {
    const { SortCache } = await import('@/utils/jobs-view/sort-cache');
    const cache = new SortCache(views);
    expect(cache.get({ key: 'salary', direction: 'desc' }).map((job) => job.id)).toEqual(['a', 'c', 'b']);
    let warmed = 0;
    while (cache.warmOne()) warmed++;
    expect(warmed).toBe(17);
  });
});
