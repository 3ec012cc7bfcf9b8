import { describe, expect, it } from 'vitest';
import { findSalaryInText, salaryFromLine } from '@/utils/money/find';
import { formatSalary, formatYearly } from '@/utils/money/format';
import { parseSalaryText, salaryWording } from '@/utils/money/parse';
import { salaryText } from '@/utils/money/text';
import { yearlySalary } from '@/utils/money/yearly';

describe('money: ranges joined by a word read both ends', () => {
  it.each([
    ['Das Jahresgehalt liegt zwischen 68.000 € und 82.000 € brutto.', 68000, 82000, 'EUR'],
    ['The salary is between $90,000 and $110,000 a year.', 90000, 110000, 'USD'],
    ['Salaire annuel : entre 42 000 € et 50 000 € bruts.', 42000, 50000, 'EUR'],
    ['Salario bruto anual de 30.000 € a 36.000 €.', 30000, 36000, 'EUR'],
  ])('%s', (text, min, max, currency) => {
    const found = findSalaryInText(text);
    expect(found).not.toBeNull();
    expect(parseSalaryText(found!)).toMatchObject({ min, max, currency });
  });

  it('a word between an amount and an unrelated number is not a range', () => {
    const found = findSalaryInText('Base salary $150,000 and 401(k) matching.');
    expect(parseSalaryText(found!)).toMatchObject({ min: 150000, max: 150000 });
    expect(findSalaryInText('You will spend between 5 and 10 years with us.')).toBeNull();
  });
});

describe('money: salary text never ends with a sentence period', () => {
  it.each([
    ['$150,000 - $180,000 per year.', '$150,000 - $180,000 per year'],
    ['€28,000 - €34,000 per year, plus a rail pass.', '€28,000 - €34,000 per year, plus a rail pass'],
    ['ab 39.000 € jährlich;', 'ab 39.000 € jährlich'],
  ])('%s', (input, text) => {
    expect(parseSalaryText(input)?.text).toBe(text);
    expect(salaryWording(input)).toBe(text);
  });

  it('in a line and in description text', () => {
    expect(salaryFromLine('Salary: $120K - $150K a year.')).toBe('Salary: $120K - $150K a year');
    expect(findSalaryInText('Compensation\nWe pay €60.000 - €75.000 per year.')).toBe('€60.000 - €75.000 per year');
  });
});

describe('money: format and yearly', () => {
  it('formats without Intl in the capture path and with it for pages', () => {
    expect(salaryText(168000, 275100, 'USD', 'year')).toBe('$168,000 – $275,100 a year');
    expect(formatSalary({ min: 300000, max: 425000, currency: 'USD', period: 'year' })).toBe('$300K–$425K/yr');
  });

  it('converts to a yearly range in its own currency', () => {
    const yearly = yearlySalary({ min: 50, max: 70, currency: 'USD', period: 'hour', text: '' });
    expect(yearly).toEqual({ min: 104000, max: 145600, currency: 'USD' });
    expect(formatYearly(yearly)).toBe('$104K–$145.6K/yr');
  });
});

describe('money: pay periods in more languages', () => {
  it.each([
    ['3.400 € Monatsgehalt', 'month'],
    ['1.800 € al mes', 'month'],
    ['€ 2.900 per maand', 'month'],
    ['32 000 kr per månad', 'month'],
    ['18 € Stundenlohn', 'hour'],
  ] as const)('%s is per %s', (text, period) => {
    expect(parseSalaryText(text)?.period).toBe(period);
  });
});

describe('money: numbers that are no pay', () => {
  it('a date is never an amount, even beside a pay word', () => {
    // "with salary expectations by 12.12.2026": the date's parts are no hourly rate.
    expect(salaryFromLine('Hakemukset palkkatoiveineen 12.12.2026 mennessä')).toBeNull();
    expect(findSalaryInText('Gehaltsvorstellung bitte bis 12/2026 angeben.')).toBeNull();
    expect(parseSalaryText('Salary: €3.200,50 per month')?.min).toBe(3200.5);
    expect(parseSalaryText('$20.50/hr')?.min).toBe(20.5);
  });

  it('"salariés" are a company\'s employees, not its pay', () => {
    expect(salaryFromLine('Fondée en 1987, la société compte aujourd’hui 40 salariés.')).toBeNull();
    expect(findSalaryInText('Nos 250 salariés travaillent à Lyon.')).toBeNull();
    expect(parseSalaryText('Salaire : 2 100 € brut par mois')?.min).toBe(2100);
    expect(parseSalaryText('Banda salarial: 3.000 € al mes')?.min).toBe(3000);
  });
});
