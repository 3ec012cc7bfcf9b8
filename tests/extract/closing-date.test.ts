import { describe, expect, it } from 'vitest';
import { readClosingDate } from '@/utils/extract/closing-date';
import { effectiveExpiry } from '@/utils/reminders/expiry';

describe('closing-date phrases: one reader for extraction and reminders', () => {
  it.each([
    ['Apply by 3 November 2026.', '2026-11-03'],
    ['Closing date: 2026-11-03', '2026-11-03'],
    ['Bewerbungsschluss: 03.11.2026', '2026-11-03'],
    ['Einsendeschluss 03.11.2026', '2026-11-03'],
    ['Date limite de candidature : 3 novembre 2026', '2026-11-03'],
    ['Applications close on November 3, 2026', '2026-11-03'],
    ['We close applications on 3 November 2026.', '2026-11-03'],
    ['Fecha limite: 2026-11-03', '2026-11-03'],
  ])('%s', (text, date) => {
    expect(readClosingDate(text)).toBe(date);
  });

  it('a label above its value, and the date after the phrase rather than an earlier one on the line', () => {
    expect(readClosingDate('About us\nApplication deadline\n\n15 March 2026\n')).toBe('2026-03-15');
    expect(readClosingDate('Posted 1 March 2026; apply by 20 March 2026')).toBe('2026-03-20');
  });

  it('a sending verb, then "by" or "before" a date, in prose', () => {
    expect(readClosingDate('Send your CV and a short cover letter to jobs@harbour.example by 18 December 2026.')).toBe(
      '2026-12-18',
    );
    expect(readClosingDate('Please submit your application by Friday 9 January 2027 at noon.')).toBe('2027-01-09');
    expect(readClosingDate('Apply online before 4 March 2027 through our portal.')).toBe('2027-03-04');
    // "by email" is how, not when: the start date later on the line is not a deadline.
    expect(readClosingDate('Send your CV by email. Start date 1 March 2027.')).toBeNull();
    expect(readClosingDate('Apply by phone or in person; we reply within a week.')).toBeNull();
  });

  it('no phrase, no date', () => {
    expect(readClosingDate('We started on 1 March 2026 and grew fast.')).toBeNull();
    expect(readClosingDate('Deadline driven team')).toBeNull();
  });

  it('reminders read the same date as extraction', () => {
    const text = 'Bewerbungsfrist: 30.04.2026';
    const expiry = effectiveExpiry({ validThrough: null, descriptionText: text, datePosted: null }, 30, '2026-04-01');
    expect(expiry).toMatchObject({ date: readClosingDate(text), estimated: false, source: 'text' });
  });

  it('reads phrases in any case, and a dotted capital I before them leaves the date where it was', () => {
    expect(readClosingDate('CLOSING DATE: 3 NOVEMBER 2026')).toBe('2026-11-03');
    expect(readClosingDate('BEWERBUNGSFRIST 30.04.2026')).toBe('2026-04-30');
    expect(readClosingDate('İSTANBUL OFİSİ. Son başvuru: — Closing Date 12 January 2027')).toBe('2027-01-12');
    expect(readClosingDate('START DATE 1 March 2027. Apply by email.')).toBeNull();
  });
});
