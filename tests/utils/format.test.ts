import { describe, expect, it } from 'vitest';
import { formatDay, formatSalary, formatSavedAgo, postingFacts, safeHttpUrl } from '@/utils/format';
import { makePosting } from '../posting-factory';

describe('format', () => {
  it('formats salary ranges compactly with currency and period', () => {
    expect(formatSalary({ min: 120000, max: 150000, currency: 'USD', period: 'year', text: '' })).toBe('$120K–$150K/yr');
    expect(formatSalary({ min: 45, max: null, currency: 'USD', period: 'hour', text: '' })).toBe('$45/hr');
    expect(formatSalary({ min: null, max: null, currency: null, period: null, text: 'Competitive' })).toBe('Competitive');
    expect(formatSalary({ min: 1, max: 2, currency: 'dollars', period: null, text: '' })).toBe('1–2');
  });

  it('reads calendar days without a time-zone shift', () => {
    expect(formatDay('2026-01-01')).toBe('1 Jan 2026');
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
