import { describe, expect, it } from 'vitest';
import { parseSalaryText } from '@/utils/money/parse';
import { applyEdit, blankPosting, formValuesOf, postingEdit } from '@/utils/posting-edits';
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
