/** Salary forms (issue 10, part 3): one short input written for each, through the one money reader. */
import { describe, expect, it } from 'vitest';
import { findSalary, salaryFromLine, salaryFromValue } from '@/utils/money/find';
import { localizeCurrency } from '@/utils/money/local';
import { amountsIn, parseSalaryText } from '@/utils/money/parse';
import { summarize } from '@/utils/summarize/index';
import { makePosting } from '../posting-factory';

const pick = (s: ReturnType<typeof parseSalaryText>) => s && [s.min, s.max, s.currency, s.period];

describe('money forms: amounts, currencies and units as pages write them', () => {
  it.each([
    ['R$ 2.450,00 (Bruto mensal)', [2450, 2450, 'BRL', 'month']],
    ["CHF 91'000–99'000", [91000, 99000, 'CHF', 'year']],
    ["Fr. 5'900.– pro Monat", [5900, 5900, 'CHF', 'month']],
    ['7 200 – 9 800 zł brutto', [7200, 9800, 'PLN', null]],
    ['7 200 – 9 800 zł brutto / mies.', [7200, 9800, 'PLN', 'month']],
    ['₹8–11 LPA', [800000, 1100000, 'INR', 'year']],
    ['8-11 lakhs per annum', [800000, 1100000, 'INR', 'year']],
    ['₹ 6,50,000 - 9,00,000 per annum', [650000, 900000, 'INR', 'year']],
    ['kr 480 000 – 560 000', [480000, 560000, 'SEK', 'year']],
    ['€38k–47k', [38000, 47000, 'EUR', 'year']],
    ['up to £36,500', [null, 36500, 'GBP', 'year']],
    ['from $21/hr', [21, null, 'USD', 'hour']],
    ['£26,000 - £29,000 per annum DOE', [26000, 29000, 'GBP', 'year']],
    ['OTE £58,000', [58000, 58000, 'GBP', 'year']],
    ['£23,400 pro rata', [23400, 23400, 'GBP', 'year']],
    ['£11.62 per hour', [11.62, 11.62, 'GBP', 'hour']],
    ['31 000–34 000 kr i månaden', [31000, 34000, 'SEK', 'month']],
    ['Løn: 41.000 kr. om måneden', [41000, 41000, 'SEK', 'month']],
    ['Palkka: 3 100–3 600 € kuukaudessa', [3100, 3600, 'EUR', 'month']],
    ['RAL 31.000 - 35.000 € lordi annui', [31000, 35000, 'EUR', 'year']],
    ['1.650 € al mese', [1650, 1650, 'EUR', 'month']],
    ['€ 17,40 per uur', [17.4, 17.4, 'EUR', 'hour']],
    ['Tagessatz 640 €', [640, 640, 'EUR', 'day']],
    ['520 € par jour', [520, 520, 'EUR', 'day']],
    ['$1,150 per week', [1150, 1150, 'USD', 'week']],
    ['od 6 000 do 8 000 zł', [6000, 8000, 'PLN', null]],
    ['entre R$ 3.000 e R$ 3.600 por mês', [3000, 3600, 'BRL', 'month']],
  ] as const)('%s', (text, expected) => {
    expect(pick(parseSalaryText(text))).toEqual(expected);
  });

  it('a value without a salary is no salary ("DOE", "Competitive")', () => {
    expect(parseSalaryText('DOE')).toBeNull();
    expect(salaryFromValue('Competitive, depending on experience')).toBeNull();
  });
});

describe('money forms: the period from the sentence when it is not next to the amounts', () => {
  it.each([
    ['Das Monatsgehalt liegt zwischen 3.250 € und 3.800 €.', [3250, 3800, 'EUR', 'month']],
    ['Monatliches Bruttogehalt zwischen 2.700 € und 3.050 € plus Schichtzulage.', [2700, 3050, 'EUR', 'month']],
    ['The hourly rate for this role is $22 to $26, based on experience.', [22, 26, 'USD', 'hour']],
    ['Le salaire annuel brut est compris entre 41 000 et 47 000 €.', [41000, 47000, 'EUR', 'year']],
    ['Fast månadslön 29 500–33 000 kr plus provision.', [29500, 33000, 'SEK', 'month']],
    ['Il compenso giornaliero è di 420 € per le trasferte.', [420, 420, 'EUR', 'day']],
  ] as const)('%s', (text, expected) => {
    expect(pick(findSalary(text))).toEqual(expected);
  });

  it('a count of hours is not the pay period', () => {
    expect(findSalary('Gehalt: 3.100 € brutto bei 40 Stunden wöchentlich.')?.period).not.toBe('week');
  });
});

describe('money forms: never money of another kind', () => {
  it.each([
    'Wir haben 2025 einen Umsatz von 14 Mio. € erzielt.',
    'Après une levée de fonds de 8 M€, nous recrutons.',
    'New hires receive a $4,000 sign-on bonus.',
    'Vale-refeição de R$ 32,00 por dia e plano de saúde.',
    'Weiterbildungsbudget von 1.500 € pro Jahr.',
    'Reiskostenvergoeding van € 0,21 per kilometer.',
    'Per the district salary schedule plus a $2,500 rural supplement.',
  ])('never: %s', (text) => {
    expect(findSalary(text, { aboutPay: true })).toBeNull();
  });

  it('takes the pay after other money in the same sentence', () => {
    const salary = findSalary(
      'New hires receive a $4,000 sign-on bonus. The base pay range for this role is $140,000–$160,000.',
    );
    expect(pick(salary)).toEqual([140000, 160000, 'USD', 'year']);
    expect(pick(findSalary('We raised $25M last year and pay $95k–$110k for this role.'))).toEqual([
      95000,
      110000,
      'USD',
      'year',
    ]);
  });

  it('a header line with funding is not a salary', () => {
    expect(salaryFromLine('Series B · $40M raised')).toBeNull();
    expect(salaryFromLine('£30,000 - £34,000 + bonus')).toBe('£30,000 - £34,000 + bonus');
  });

  it('a number without a currency is pay only with a pay word beside it, not anywhere in the sentence', () => {
    expect(salaryFromLine('Finchly helps 20,000 small shops get paid faster')).toBeNull();
    expect(salaryFromLine('16 weeks of paid parental leave')).toBeNull();
    expect(salaryFromLine('Salary 45,000')).toBe('Salary 45,000');
    expect(salaryFromLine('Gehalt 45.000 brutto')).toBe('Gehalt 45.000 brutto');
    expect(salaryFromLine('We pay 45,000 to start')).toBe('We pay 45,000 to start');
  });
});

describe('money forms: a shared mark takes the page’s country', () => {
  const kr = { min: 36000, max: 41000, currency: 'SEK', period: 'month' as const, text: '36 000–41 000 kr' };
  it.each([
    [{ host: 'karriere.example.no' }, 'NOK'],
    [{ host: 'jobs.example.dk' }, 'DKK'],
    [{ host: 'jobs.example.com', places: ['Oslo'] }, 'NOK'],
    [{ host: 'jobs.example.com', lang: 'da' }, 'DKK'],
    [{ host: 'jobs.example.se' }, 'SEK'],
  ])('%o → %s', (page, currency) => {
    expect(localizeCurrency({ ...kr }, page).currency).toBe(currency);
  });

  it('"NOK" or "SEK" written out is never changed', () => {
    expect(localizeCurrency({ ...kr, text: 'SEK 36 000–41 000' }, { host: 'x.no' }).currency).toBe('SEK');
  });
});

describe('summary: the salary under a benefits heading is the posting’s salary', () => {
  it.each([
    [
      '<h2>Beneficios</h2><ul><li>Salario: 26.000 - 29.000 € brutos anuales</li><li>Ayuda de comida de 9 € al día</li></ul>',
      [26000, 29000, 'EUR', 'year'],
    ],
    [
      '<h2>Wir bieten</h2><ul><li>30 Tage Urlaub</li><li>Ein Monatsgehalt zwischen 3.300 € und 3.700 €</li></ul>',
      [3300, 3700, 'EUR', 'month'],
    ],
    [
      '<h2>Benefits</h2><ul><li>Learning budget of $1,200</li><li>Salary: $88,000 – $97,000 per year</li></ul>',
      [88000, 97000, 'USD', 'year'],
    ],
  ] as const)('%s', (benefits, expected) => {
    const posting = makePosting({
      salary: null,
      descriptionHtml: `<h2>Requirements</h2><ul><li>Two years in a similar role</li></ul>${benefits}`,
      descriptionText: '',
    });
    expect(pick(summarize(posting).facts?.salary ?? null)).toEqual(expected);
  });
});

describe('a number named by a letter in brackets', () => {
  it('is a plan or a clause, not money ("401(k)", "403(b)")', () => {
    expect(amountsIn('a 401(k) with a 4% match').map((a) => a.value)).toEqual([4]);
    expect(parseSalaryText('We offer overtime, dental insurance and a 403(b) plan')).toBeNull();
    expect(parseSalaryText('$24.50 per hour plus a 401(k) match')?.min).toBe(24.5);
  });
});
