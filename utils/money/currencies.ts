/** Currency symbols and words → ISO 4217. Longer prefixes first so "CA$" wins over "$". */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['zł', 'PLN'],
  ['Fr.', 'CHF'],
  ['원', 'KRW'],
  ['만원', 'KRW'],
];

/** ISO codes recognised when written as words ("USD 45/hr", "EUR 60.000"). */
export const CURRENCY_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'JPY',
  'CNY',
  'INR',
  'KRW',
  'SGD',
  'HKD',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
  'ILS',
  'TRY',
  'RON',
  'BGN',
  'UAH',
]);

/** Symbol to show when turning structured salary into text. */
export const CURRENCY_DISPLAY: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  KRW: '₩',
};

/** Pay period words → period. Checked in order. */
export const PAY_PERIODS: ReadonlyArray<readonly [RegExp, 'hour' | 'day' | 'week' | 'month' | 'year']> = [
  [
    /(\/\s?(hr|hour|h)\b|\bper hour\b|\bhourly\b|\ban hour\b|\bpro stunde\b|\bstündlich\b|\bstundenlohn\b|\/\s?std\b|\bde l'heure\b|\bpar heure\b|\bhour\b)/i,
    'hour',
  ],
  [/(\/\s?(day|d)\b|\bper day\b|\bdaily\b|\ba day\b|\bpro tag\b|\bpar jour\b|\bday rate\b)/i, 'day'],
  [/(\/\s?(wk|week)\b|\bper week\b|\bweekly\b|\ba week\b|\bpro woche\b)/i, 'week'],
  [
    /(\/\s?(mo|month)\b|\bper month\b|\bmonthly\b|\ba month\b|\bpro monat\b|\bmonatlich\b|\/\s?monat\b|\bmonatsgehalt\b|\bmonatslohn\b|\bpar mois\b|\bmensuel\b|\bmensual(es)?\b|\bal mes\b|\bpor mes\b|\bper maand\b|\bper månad\b|\bmånadslön\b|\bmånedlig\b|월급?)/i,
    'month',
  ],
  [
    /(\/\s?(yr|year|a|jahr)\b|\bper (year|annum)\b|\bannual(ly)?\b|\ba year\b|\byearly\b|\bp\.?\s?a\.?(?=\s|$|\))|\bjährlich\b|\bpro jahr\b|\bjahresgehalt\b|\bbrutto\s?\/\s?jahr\b|\bpar an\b|\bannuel\b|\bårlig\b|연봉)/i,
    'year',
  ],
];

/** Structured data unitText → period. */
export const UNIT_TEXT_PERIODS: Readonly<Record<string, 'hour' | 'day' | 'week' | 'month' | 'year'>> = {
  HOUR: 'hour',
  HOURLY: 'hour',
  DAY: 'day',
  DAILY: 'day',
  WEEK: 'week',
  WEEKLY: 'week',
  MONTH: 'month',
  MONTHLY: 'month',
  YEAR: 'year',
  YEARLY: 'year',
  ANNUAL: 'year',
  ANNUALLY: 'year',
};

/**
 * Whose dollar a bare "$" is: by the host's country (top-level domain or a country subdomain such as
 * au.indeed.com) or by the posting's country. Anything else stays USD.
 */
export const DOLLAR_BY_TLD: Readonly<Record<string, string>> = {
  au: 'AUD',
  ca: 'CAD',
  nz: 'NZD',
  sg: 'SGD',
  hk: 'HKD',
  mx: 'MXN',
  tw: 'TWD',
};

/** Place words (countries, regions, region codes) → the local dollar. */
export const DOLLAR_BY_PLACE: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(australia|new south wales|queensland|victoria|tasmania|western australia|south australia|nsw|qld|vic|tas|act|sydney|melbourne|brisbane|perth|adelaide|canberra)\b/i,
    'AUD',
  ],
  [
    /\b(canada|ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|toronto|montreal|montréal|vancouver|calgary|ottawa|halifax)\b|,\s*(ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\b/i,
    'CAD',
  ],
  [/\b(new zealand|auckland|wellington|christchurch)\b/i, 'NZD'],
  [/\bsingapore\b/i, 'SGD'],
  [/\bhong kong\b/i, 'HKD'],
];
