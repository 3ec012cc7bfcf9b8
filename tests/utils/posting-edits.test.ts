import { describe, expect, it } from 'vitest';
import { formatSalary } from '@/utils/money/format';
import { parseSalaryText } from '@/utils/money/parse';
import {
  applyEdit,
  applyUrlEdit,
  blankPosting,
  companyEdit,
  dateEdit,
  employmentTypeEdit,
  formValuesOf,
  placesFromText,
  postingEdit,
  salaryEdit,
  titleEdit,
  workModeEdit,
} from '@/utils/posting-edits';
import { makePosting } from '../posting-factory';

describe('postingEdit (the popup form)', () => {
  const posting = makePosting();

  it('changes only what the user changed, each marked as theirs', () => {
    const values = { ...formValuesOf(posting), company: '  Kestrel  Marine AS ', location: 'Bergen, Norway; Oslo' };
    const edit = postingEdit(posting, values, parseSalaryText);
    expect(edit).toEqual({
      ok: true,
      changes: { company: 'Kestrel Marine AS', locations: ['Bergen, Norway', 'Oslo'] },
      fields: ['company', 'locations'],
    });
    if (!edit.ok) return;
    const edited = applyEdit(posting, edit.changes, edit.fields);
    expect(edited.provenance).toMatchObject({ company: 'user', locations: 'user', title: posting.provenance.title });
  });

  it('prefills the salary as the header chips show it, not the sentence it was read from', () => {
    const salary = {
      min: 55_000,
      max: 65_000,
      currency: 'EUR',
      period: 'year' as const,
      text: 'What we offer: a salary of €55,000–65,000 a year, 30 days holiday and a pension',
    };
    const values = formValuesOf({ ...posting, salary });
    expect(values.salary).toBe(formatSalary(salary));
    expect(values.salary).toBe('€55K–€65K/yr');
    // Saved untouched, the prefilled pay is no edit; a pay without amounts shows its words.
    expect(postingEdit({ ...posting, salary }, values, parseSalaryText)).toMatchObject({ ok: true, fields: [] });
    const words = { min: null, max: null, currency: null, period: null, text: 'Competitive' };
    expect(formValuesOf({ ...posting, salary: words }).salary).toBe('Competitive');
  });

  it('reads a typed salary into numbers and keeps the words; an empty one clears it', () => {
    const edit = postingEdit(posting, { ...formValuesOf(posting), salary: '€50,000–€60,000 a year' }, parseSalaryText);
    expect(edit.ok && edit.changes.salary).toMatchObject({
      min: 50_000,
      max: 60_000,
      currency: 'EUR',
      period: 'year',
      text: '€50,000–€60,000 a year',
    });
    const cleared = postingEdit(posting, { ...formValuesOf(posting), salary: '' }, parseSalaryText);
    expect(cleared.ok && cleared.changes).toEqual({ salary: null });
  });

  it('refuses an empty title, a salary without an amount and a malformed date, naming the field', () => {
    expect(postingEdit(posting, { ...formValuesOf(posting), title: '  ' }, parseSalaryText)).toMatchObject({
      ok: false,
      field: 'title',
    });
    expect(postingEdit(posting, { ...formValuesOf(posting), salary: 'competitive' }, parseSalaryText)).toMatchObject({
      ok: false,
      field: 'salary',
    });
    expect(postingEdit(posting, { ...formValuesOf(posting), closes: '31/12/2026' }, parseSalaryText)).toMatchObject({
      ok: false,
      field: 'closes',
    });
    expect(postingEdit(posting, { ...formValuesOf(posting), workMode: 'moon' }, parseSalaryText)).toMatchObject({
      ok: false,
      field: 'workMode',
    });
  });

  it('a blank posting needs a title before it can be saved', () => {
    const blank = blankPosting('https://example.org/page');
    expect(postingEdit(blank, formValuesOf(blank), parseSalaryText)).toMatchObject({ ok: false, field: 'title' });
    const edit = postingEdit(
      blank,
      { ...formValuesOf(blank), title: 'Gardener', closes: '2026-12-01', workMode: 'onsite' },
      parseSalaryText,
    );
    expect(edit).toMatchObject({ ok: true, fields: ['title', 'workMode', 'validThrough'] });
  });
});

describe('the job page’s field edits', () => {
  it('cleans a title and refuses an empty one', () => {
    expect(titleEdit('  Marine   Electrician ')).toEqual({ ok: true, changes: { title: 'Marine Electrician' } });
    expect(titleEdit('   ')).toEqual({ ok: false, reason: 'A job needs a title.' });
  });

  it('reads places one a line or separated by ";", and an empty company as none', () => {
    expect(placesFromText('Bergen, Norway\n\n  Oslo ; Remote (EU)')).toEqual(['Bergen, Norway', 'Oslo', 'Remote (EU)']);
    expect(companyEdit('   ')).toEqual({ ok: true, changes: { company: null } });
  });

  it('accepts only the known work modes', () => {
    expect(workModeEdit('hybrid')).toEqual({ ok: true, changes: { workMode: 'hybrid' } });
    expect(workModeEdit('')).toEqual({ ok: true, changes: { workMode: null } });
    expect(workModeEdit('moon')).toMatchObject({ ok: false });
    expect(employmentTypeEdit('PER_DIEM')).toEqual({ ok: true, changes: { employmentType: 'PER_DIEM' } });
    expect(employmentTypeEdit('')).toEqual({ ok: true, changes: { employmentType: null } });
    expect(employmentTypeEdit('full-time, maybe')).toMatchObject({ ok: false, reason: 'Choose an employment type.' });
  });

  it('reads a salary from its parts, refusing what is not an amount or a currency code', () => {
    expect(salaryEdit({ min: '85,000', max: '95000', currency: 'eur', period: 'year' })).toEqual({
      ok: true,
      changes: { salary: { min: 85_000, max: 95_000, currency: 'EUR', period: 'year', text: '' } },
    });
    expect(salaryEdit({ min: '', max: '', currency: 'USD', period: 'hour' })).toEqual({
      ok: true,
      changes: { salary: null },
    });
    expect(salaryEdit({ min: '40', max: '', currency: '', period: 'fortnight' })).toMatchObject({
      ok: true,
      changes: { salary: { min: 40, max: null, currency: null, period: 'year' } },
    });
    expect(salaryEdit({ min: 'lots', max: '', currency: '', period: 'year' })).toEqual({
      ok: false,
      reason: 'Amounts are numbers, like 85000.',
    });
    expect(salaryEdit({ min: '9', max: '3', currency: '', period: 'year' })).toMatchObject({ ok: false });
    expect(salaryEdit({ min: '9', max: '', currency: 'EURO', period: 'year' })).toMatchObject({ ok: false });
  });

  it('takes dates as YYYY-MM-DD or empty, and only http(s) apply links', () => {
    expect(dateEdit('validThrough', '2026-12-01')).toEqual({ ok: true, changes: { validThrough: '2026-12-01' } });
    expect(dateEdit('datePosted', '')).toEqual({ ok: true, changes: { datePosted: null } });
    expect(dateEdit('datePosted', '01/12/2026')).toMatchObject({ ok: false });
    expect(applyUrlEdit('http://jobs.example.org/apply/7')).toEqual({
      ok: true,
      changes: { applyUrl: 'http://jobs.example.org/apply/7' },
    });
    expect(applyUrlEdit('javascript:alert(1)')).toEqual({
      ok: false,
      reason: 'Only http and https links can be saved.',
    });
  });
});
