import { describe, expect, it } from 'vitest';
import { closingChip, postedChipText, postingChips } from '@/utils/posting-chips';
import { makePosting } from '../posting-factory';

const now = new Date(2026, 10, 25, 12).getTime(); // 25 Nov 2026, local noon

describe('the popup header line', () => {
  it('lists location, work mode, salary, employment type, posted and closes, in that order', () => {
    const posting = makePosting({
      locations: ['Lisbon, Portugal', 'Porto, Portugal'],
      workMode: 'hybrid',
      salary: { min: 50_000, max: 60_000, currency: 'EUR', period: 'year', text: '€50k–€60k' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-22',
      provenance: { company: 'user', workMode: 'user' },
    });
    const chips = postingChips(posting, { date: '2026-12-20', estimated: false }, now);
    expect(chips.map((chip) => chip.text)).toEqual([
      'Lisbon, Portugal +1 more',
      'Hybrid',
      '€50K–€60K/yr',
      'Full-time',
      'Posted 3 days ago',
      'Closes Dec 20',
    ]);
    expect(chips.find((chip) => chip.field === 'workMode')?.edited).toBe(true);
    expect(chips.find((chip) => chip.field === 'locations')?.title).toBe('Lisbon, Portugal · Porto, Portugal');
  });

  it('does not say the work mode twice: a place that restates it loses it beside the work mode chip', () => {
    const texts = (locations: string[], workMode: 'hybrid' | 'remote' | null) =>
      postingChips(makePosting({ locations, workMode }), null, now)
        .filter((chip) => chip.field === 'locations' || chip.field === 'workMode')
        .map((chip) => chip.text);
    expect(texts(['Denver, CO (Hybrid)'], 'hybrid')).toEqual(['Denver, CO', 'Hybrid']);
    expect(texts(['Remote'], 'remote')).toEqual(['Remote']);
    expect(texts(['Remote (US)'], 'remote')).toEqual(['Remote (US)', 'Remote']);
    // With no work mode chip, the place keeps what it says.
    expect(texts(['Denver, CO (Hybrid)'], null)).toEqual(['Denver, CO (Hybrid)']);
  });

  it('spells out an estimate, and never calls a posting closed on one', () => {
    expect(closingChip({ date: '2026-12-25', estimated: true }, now)?.text).toBe('Closes ~Dec 25 (estimated)');
    expect(closingChip({ date: '2026-11-01', estimated: true }, now)).toMatchObject({
      text: 'May have closed — check',
      tone: 'warn',
    });
    expect(closingChip({ date: '2026-11-01', estimated: false }, now)).toMatchObject({ text: 'Closed', tone: 'bad' });
    expect(closingChip({ date: '2026-12-01', estimated: false }, now)?.text).toBe('Closes Dec 1 (in 6 days)');
    expect(closingChip({ date: '2026-11-25', estimated: false }, now)?.text).toBe('Closes Nov 25 (today)');
    expect(closingChip({ date: null, estimated: false }, now)).toBeNull();
  });

  it('says when it was posted in words for recent dates, as a date otherwise', () => {
    expect(postedChipText('2026-11-25', now)).toBe('Posted today');
    expect(postedChipText('2026-11-24', now)).toBe('Posted yesterday');
    expect(postedChipText('2026-09-01', now)).toBe('Posted Sep 1');
    expect(postedChipText('2025-09-01', now)).toBe('Posted Sep 1, 2025');
  });
});
