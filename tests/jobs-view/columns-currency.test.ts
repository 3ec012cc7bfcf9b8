import { describe, expect, it } from 'vitest';
import { visibleColumns } from '@/utils/jobs-view/columns';
import { commonCurrency, inHomeCurrency, toHome } from '@/utils/jobs-view/currency';
import { filterJobs, emptyFilters } from '@/utils/jobs-view/filter';
import { toJobView } from '@/utils/jobs-view/job-view';
import { sortJobs } from '@/utils/jobs-view/sort';
import { makeJob } from '../job-factory';

describe('jobs table columns', () => {
  it('shows every column at 1360 px and hides the least important first when narrow', () => {
    expect(visibleColumns(1310).map((column) => column.id)).toEqual([
      'title',
      'company',
      'location',
      'salary',
      'status',
      'match',
      'posted',
      'closes',
      'saved',
    ]);
    const narrow = visibleColumns(975).map((column) => column.id);
    expect(narrow).toEqual(expect.arrayContaining(['title', 'company', 'salary', 'status', 'closes']));
    expect(narrow).not.toContain('posted');
    expect(visibleColumns(300).map((column) => column.id)).toEqual(['title']);
  });
});

describe('salaries in one currency', () => {
  const job = (id: string, min: number, max: number, currency: string) =>
    toJobView(makeJob({ id }, { salary: { min, max, currency, period: 'year', text: '' } }), null);
  const views = [
    job('usd', 100_000, 120_000, 'USD'),
    job('eur', 100_000, 110_000, 'EUR'),
    job('usd2', 90_000, 95_000, 'USD'),
    job('xyz', 1, 2, 'XYZ'),
  ];

  it('converts to the home currency at the user rates and keeps what was posted', () => {
    expect(toHome({ min: 100, max: 200, currency: 'EUR' }, 'USD', { EUR: 1.1, USD: 1 })).toEqual({
      min: 110,
      max: 220,
      currency: 'USD',
      from: { min: 100, max: 200, currency: 'EUR' },
    });
    expect(toHome({ min: 100, max: 200, currency: 'XYZ' }, 'USD', { USD: 1 })).toBeNull();
    expect(commonCurrency(views)).toBe('USD');
    const { jobs, home } = inHomeCurrency(views, { currency: null, rates: { USD: 1, EUR: 1.2 } });
    expect(home).toBe('USD');
    const eur = jobs.find((view) => view.id === 'eur')!;
    expect(eur.yearly).toEqual({ min: 120_000, max: 132_000, currency: 'USD' });
    expect(eur.postedYearly?.currency).toBe('EUR');
    expect(jobs.find((view) => view.id === 'usd')).toBe(views[0]); // unchanged views are not copied
    expect(jobs.find((view) => view.id === 'xyz')?.salaryUnconverted).toBe(true);
  });

  it('sorts and filters like with like: unconverted salaries sort with the empty ones', () => {
    const { jobs } = inHomeCurrency(views, { currency: 'USD', rates: { USD: 1, EUR: 1.2 } });
    expect(sortJobs(jobs, { key: 'salary', direction: 'desc' }).map((view) => view.id)).toEqual([
      'eur',
      'usd',
      'usd2',
      'xyz',
    ]);
    expect(filterJobs(jobs, { ...emptyFilters, salaryMin: 125_000 }, 0).map((view) => view.id)).toEqual(['eur']);
  });
});
