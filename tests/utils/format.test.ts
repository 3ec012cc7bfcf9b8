import { describe, expect, it } from 'vitest';
import { employmentTypeValues, workModeValues, type EmploymentType } from '@/utils/posting-values';
import { employmentTypeSchema, postingDraftSchema, workModeSchema } from '@/utils/schema/posting';
import {
  describeClosing,
  employmentTypeLabels,
  formatEmploymentType,
  workModeLabels,
  formatDate,
  formatDateLong,
  formatDay,
  formatSalary,
  formatSavedAgo,
  plural,
  postingFacts,
  safeHttpUrl,
  statusLabel,
} from '@/utils/format';
import { makePosting } from '../posting-factory';

describe('format', () => {
  it('formats salary ranges compactly with currency and period', () => {
    expect(formatSalary({ min: 120000, max: 150000, currency: 'USD', period: 'year', text: '' })).toBe(
      '$120K–$150K/yr',
    );
    expect(formatSalary({ min: 45, max: null, currency: 'USD', period: 'hour', text: '' })).toBe('$45/hour');
    expect(formatSalary({ min: 300000, max: 425000, currency: 'USD', period: 'year', text: '' })).toBe(
      '$300K–$425K/yr',
    );
    // One value is one value, not "€17–€17/hour".
    expect(formatSalary({ min: 17, max: 17, currency: 'EUR', period: 'hour', text: '' })).toBe('€17/hour');
    expect(formatSalary({ min: 17.5, max: null, currency: 'EUR', period: 'hour', text: '' })).toBe('€17.5/hour');
    // A currency written as a code is said once.
    expect(formatSalary({ min: 90000, max: 100000, currency: 'XYZ', period: 'year', text: '' })).toMatch(
      /^XYZ\s90K–100K\/yr$/,
    );
    expect(formatSalary({ min: 560000, max: 640000, currency: 'NOK', period: 'year', text: '' })).toMatch(
      /^NOK\s560K–640K\/yr$/,
    );
    expect(formatSalary({ min: null, max: null, currency: null, period: null, text: 'Competitive' })).toBe(
      'Competitive',
    );
    expect(formatSalary({ min: 1, max: 2, currency: 'dollars', period: null, text: '' })).toBe('1–2');
  });

  it('has one short and one long date format, calendar days without a time-zone shift', () => {
    const now = new Date(2026, 5, 1, 12).getTime();
    expect(formatDate('2026-01-01', now)).toBe('Jan 1');
    expect(formatDate('2027-12-25', now)).toBe('Dec 25, 2027');
    expect(formatDay('2026-12-25')).toBe(formatDate('2026-12-25'));
    expect(formatDateLong('2026-12-02')).toBe('Wed, Dec 2, 2026');
    expect(formatDateLong(new Date(2026, 11, 2, 9, 0).getTime())).toBe('Wed, Dec 2, 2026, 9:00 AM');
    expect(formatDate(null)).toBeNull();
  });

  it('says one job, two jobs', () => {
    expect(plural(1, 'job')).toBe('1 job');
    expect(plural(0, 'job')).toBe('0 jobs');
    expect(plural(1234, 'job')).toBe('1,234 jobs');
    expect(plural(2, 'match', 'matches')).toBe('2 matches');
  });

  it('has one status vocabulary: no status is "Saved"', () => {
    expect(statusLabel(null)).toBe('Saved');
    expect(statusLabel('interview')).toBe('Interview');
  });

  it('says when a posting closes, and never calls an estimate closed', () => {
    const now = new Date(2026, 11, 1, 12).getTime();
    const job = (expiresAt: string, expiresEstimated: boolean, closedAt: number | null = null) => ({
      expiresAt,
      expiresEstimated,
      closedAt,
    });
    expect(describeClosing(job('2026-12-25', true), now)).toMatchObject({
      text: 'Closes ~Dec 25 (estimated)',
      tone: 'open',
    });
    expect(describeClosing(job('2026-11-25', true), now)).toMatchObject({
      text: 'May have closed — check',
      tone: 'maybe',
    });
    expect(describeClosing(job('2026-12-04', false), now)).toMatchObject({
      text: 'Closes Dec 4 (in 3 days)',
      short: 'Dec 4 (in 3 days)',
      tone: 'soon',
    });
    expect(describeClosing(job('2026-12-01', false), now)).toMatchObject({ text: 'Closes Dec 1 (today)' });
    expect(describeClosing(job('2026-12-25', false), now)).toMatchObject({ text: 'Closes Dec 25', short: 'Dec 25' });
    expect(describeClosing(job('2026-12-25', true, 5), now)).toMatchObject({ text: 'Closed', tone: 'closed' });
    expect(describeClosing({ expiresAt: null, expiresEstimated: false, closedAt: null }, now)).toBeNull();
  });

  it('says how long ago a job was saved', () => {
    expect(formatSavedAgo(0, 10_000)).toBe('just now');
    expect(formatSavedAgo(0, 5 * 60_000)).toBe('5 min ago');
    expect(formatSavedAgo(0, 2 * 86_400_000)).toBe('2 days ago');
  });

  it('lists the key facts of a posting', () => {
    expect(postingFacts(makePosting())).toEqual(['Berlin, Germany', 'Hybrid', '€80K–€100K/yr', 'Full-time']);
  });

  it('only lets http(s) links through', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl('https://example.com/a')).toBe('https://example.com/a');
  });
});

describe('work modes and employment types: value lists, schema and labels', () => {
  it('every value has a label, and the schemas are built from the lists', () => {
    for (const mode of workModeValues) expect(workModeLabels[mode]).toBeTruthy();
    for (const type of employmentTypeValues) expect(employmentTypeLabels[type]).toBeTruthy();
    expect(workModeSchema.options).toEqual([...workModeValues]);
    expect(employmentTypeSchema.options).toEqual([...employmentTypeValues]);
  });

  it('a stored or imported free-text employment type is normalised on parse; a legacy one still shows', () => {
    const draft = (employmentType: unknown) =>
      postingDraftSchema.shape.employmentType.parse(employmentType) as EmploymentType | null;
    expect(draft('full-time')).toBe('FULL_TIME');
    expect(draft('Vollzeit')).toBe('FULL_TIME');
    expect(draft('CONTRACTOR')).toBe('CONTRACT');
    expect(draft('something else')).toBe('OTHER');
    expect(draft(null)).toBeNull();
    expect(() => draft(42)).toThrow();
    expect(formatEmploymentType('CONTRACTOR')).toBe('Contract');
    expect(formatEmploymentType('Freelance (legacy)')).toBe('Freelance (legacy)');
  });
});
