/**
 * One normalisation pipeline for every source: salary, dates, locations, work mode, employment
 * type, text. Pure string functions.
 */
import type { PayPeriod, Salary, WorkMode } from '../schema/posting';
import { CURRENCY_CODES, CURRENCY_DISPLAY, CURRENCY_SYMBOLS, PAY_PERIODS, UNIT_TEXT_PERIODS } from './data/currencies';
import { MONTHS, RELATIVE_UNITS, TODAY_WORDS, YESTERDAY_WORDS } from './data/dates';
import { EMPLOYMENT_TYPES, WORK_MODES } from './data/vocabulary';
import { clean } from './dom';
import { decodeEntities } from './html-text';

export { clean };

/** Text from structured data: entities decoded, tags dropped, whitespace collapsed. */
export function cleanText(value: unknown, max = 500): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  let s = value.length > max * 4 ? value.slice(0, max * 4) : value;
  if (s.indexOf('&') >= 0) s = decodeEntities(decodeEntities(s));
  if (s.indexOf('<') >= 0) s = s.replace(/<[^>]*>/g, ' ');
  return clean(s).slice(0, max);
}

// ───────────────────────────── salary ─────────────────────────────

/** Thousands separators, the space included ("40 000 €"; clean() has turned NBSP and narrow NBSP into spaces). */
const SEP = "[.,' \u00a0\u202f\u2009]";
/** A grouped number keeps one separator throughout ("40 000", "1.234.567"), so "$150,000 401(k)" stays 150,000. */
const AMOUNT_RE = new RegExp(
  `(\\d{1,3}(${SEP})\\d{3}(?:\\2\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)(?:,-)?\\s?(k|K|tsd\\.?|Tsd\\.?|thousand|m|M|mio\\.?|Mio\\.?|million|만)?(?![\\p{L}\\d])`,
  'gu',
);

interface Amount {
  value: number;
  multiplied: boolean;
  index: number;
}

function parseNumber(raw: string): number {
  const seps = raw.match(/[.,' \u00a0\u202f\u2009]/g) ?? [];
  if (!seps.length) return Number(raw);
  const lastSep = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
  const kinds = new Set(seps);
  let normalized: string;
  if (kinds.size > 1) {
    // "1.234,56" or "1,234.56": the last separator is the decimal one when 1–2 digits follow.
    const tail = raw.length - lastSep - 1;
    normalized =
      tail <= 2
        ? raw.slice(0, lastSep).replace(/[^\d]/g, '') + '.' + raw.slice(lastSep + 1)
        : raw.replace(/[^\d]/g, '');
  } else if (seps.length > 1) {
    normalized = raw.replace(/[^\d]/g, '');
  } else {
    const at = raw.search(/[.,' \u00a0\u202f\u2009]/);
    const tail = raw.length - at - 1;
    normalized = tail === 3 ? raw.replace(/[^\d]/g, '') : raw.replace(/[,]/, '.').replace(/[^\d.]/g, '');
  }
  return Number(normalized);
}

function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(text)) && out.length < 6) {
    let value = parseNumber(m[1]!);
    if (!Number.isFinite(value)) continue;
    const suffix = (m[3] ?? '').toLowerCase();
    let multiplied = false;
    if (suffix.startsWith('k') || suffix.startsWith('tsd') || suffix === 'thousand') {
      value *= 1000;
      multiplied = true;
    } else if (suffix.startsWith('m')) {
      value *= 1_000_000;
      multiplied = true;
    } else if (suffix === '만') {
      value *= 10_000;
      multiplied = true;
    }
    out.push({ value: Math.round(value * 100) / 100, multiplied, index: m.index });
  }
  return out;
}

export function currencyIn(text: string): string | null {
  const code = text.match(/(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/g);
  if (code) for (const c of code) if (CURRENCY_CODES.has(c)) return c;
  for (const [symbol, iso] of CURRENCY_SYMBOLS) if (text.includes(symbol)) return iso;
  if (/\b(euro|eur)\b/i.test(text)) return 'EUR';
  return null;
}

export function periodIn(text: string): PayPeriod | null {
  for (const [re, period] of PAY_PERIODS) if (re.test(text)) return period;
  return null;
}

function inferPeriod(value: number | null): PayPeriod | null {
  if (value === null) return null;
  if (value >= 10_000) return 'year';
  if (value <= 300) return 'hour';
  return null;
}

/**
 * Salary text as a page shows it → structured salary. "$120K–$150K", "276,000–414,000 annually",
 * "€60.000 - €75.000 brutto/Jahr", "USD 45/hr", "£40k pro rata", "ab 39.000 € jährlich".
 */
export function parseSalaryText(
  input: string,
  defaults: { currency?: string | null; period?: PayPeriod | null } = {},
): Salary | null {
  const text = clean(input).slice(0, 300);
  if (!/\d/.test(text)) return null;
  const amounts = amountsIn(text).filter((a) => a.value > 0 && a.value < 100_000_000);
  if (!amounts.length) return null;
  let [a, b] = amounts as [Amount, Amount | undefined];
  // "116-250K": a multiplier written once applies to both ends of a range.
  if (b && b.multiplied && !a.multiplied && a.value < 1000 && b.value >= 1000) {
    const factor = b.value >= 1_000_000 && a.value < 100 ? 1_000_000 : 1000;
    a = { ...a, value: a.value * factor, multiplied: true };
  }
  // A second number far from the first that is not joined by a range word is not a range end.
  if (b) {
    const between = text.slice(a.index, b.index);
    // "à" is not an ASCII word character, so \b cannot delimit it.
    if (
      !/[-–—~]|\bto\b|\bbis\b|(?<!\p{L})à(?!\p{L})|\ba\b|\band\b|\buntil\b|\bund\b/iu.test(between) ||
      between.length > 40
    )
      b = undefined;
  }
  let min: number | null = a.value;
  let max: number | null = b ? b.value : a.value;
  if (!b) {
    if (/\b(up to|bis zu|max(imum|\.)?|jusqu['’]à|hasta|upto)\b/i.test(text)) min = null;
    else if (
      /(^|\s)(ab|from|starting( at| from)?|min(imum|\.)?|mindestens|à partir de|desde|at least|plus de|über)\s/i.test(
        text,
      )
    )
      max = null;
  }
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const currency = currencyIn(text) ?? defaults.currency ?? null;
  const period = periodIn(text) ?? defaults.period ?? inferPeriod(max ?? min);
  return { min, max, currency, period, text };
}

/**
 * 168000 → "168,000" (up to 3 decimals), as `toLocaleString('en-US')` writes it. Done by hand: the
 * first toLocaleString call in a page builds ICU number formatting, ~50 ms of a click's capture.
 */
export function groupThousands(n: number): string {
  const [whole = '0', fraction] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** Salary text built from structured numbers: "$168,000 – $275,100 a year". */
export function salaryText(
  min: number | null,
  max: number | null,
  currency: string | null,
  period: PayPeriod | null,
): string {
  const symbol = currency ? CURRENCY_DISPLAY[currency] : undefined;
  const fmt = (n: number) => (symbol ?? '') + groupThousands(n) + (symbol || !currency ? '' : ` ${currency}`);
  let body: string;
  if (min !== null && max !== null && min !== max) body = `${fmt(min)} – ${fmt(max)}`;
  else if (min !== null) body = max === null ? `from ${fmt(min)}` : fmt(min);
  else if (max !== null) body = `up to ${fmt(max)}`;
  else return '';
  return period ? `${body} a ${period}` : body;
}

export function periodFromUnit(unit: unknown): PayPeriod | null {
  if (typeof unit !== 'string') return null;
  return UNIT_TEXT_PERIODS[unit.trim().toUpperCase()] ?? periodIn(unit);
}

/** A number from structured data: 120000, "120,000", "120000.00", "$120K". */
export function structuredNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const amounts = amountsIn(value);
  return amounts[0] && amounts[0].value > 0 ? amounts[0].value : null;
}

const MONEY = String.raw`(?:US\$|CA\$|AU\$|A\$|C\$|NZ\$|HK\$|S\$|[$€£¥₹₩]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|INR|SGD|JPY)\b)`;
const NUM = String.raw`(?:\d{1,3}(?: \d{3})+(?!\d)|\d[\d.,'\u00a0\u202f]*)(?:,-)?(?:\s?(?:[kKmM]|Mio\.?|Tsd\.?)(?![\p{L}]))?`;
const RANGE_WORD = String.raw`(?:-|–|—|~|to|bis|à)`;
const SALARY_RE = new RegExp(
  // The currency may come once, after the range: "40 000 à 50 000 €", "40.000 - 50.000 EUR".
  String.raw`(?:(?:ab|from|up to|bis zu|starting at)\s+)?(?:${NUM}\s*${RANGE_WORD}\s*${NUM}\s?${MONEY}|(?:${MONEY}\s?${NUM}|${NUM}\s?${MONEY})(?:\s*${RANGE_WORD}\s*(?:${MONEY}\s?)?${NUM}(?:\s?${MONEY})?)?)(?:\s*(?:\/\s?|per |a |an |pro |par )?(?:hour|hr|h|day|week|month|mo|year|yr|annum|annually|yearly|monthly|hourly|jahr|monat|stunde|jährlich|brutto\/jahr|p\.\s?a\.)\b\.?)?`,
  'iu',
);

/** Words of a sentence about pay (several languages). */
const PAY_WORDS =
  /\b(salary|salaries|pay|paid|compensation|wage|wages|rate|base|range|remuneration|earn|earning|ote|per (hour|year|annum|month)|hourly|annual(ly)?|gehalt|vergütung|lohn|brutto|jahresgehalt|salaire|rémunération|brut|sueldo|salario|retribución|salaris|løn|lön|lønn)\b/i;
/** Money that is not the job's pay: funding, revenue, valuation, budgets, sales figures. */
const NOT_PAY =
  /\b(rais(e|ed|ing)|funding|funded|series [a-f]|seed round|investors?|investment|valuation|valued|revenue|revenues|turnover|arr|sales of|budget|budgets|grant|grants|umsatz|finanzierung|chiffre d'affaires|levée|facturación|omzet|omsætning|market cap|assets under management|aum|donat(e|ion|ions)|spend|contract value|projects? worth|customers? save)\b/i;

/**
 * Finds salary text ("$176,000 - $300,000 USD") in free text: only in a line that is about pay
 * (salary, compensation, per hour, brutto, Gehalt, …), never in one about funding, revenue,
 * valuation or budgets.
 */
export function findSalaryInText(text: string): string | null {
  if (!text) return null;
  const lines = text.length > 200_000 ? text.slice(0, 200_000).split('\n') : text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 600 || !/\d/.test(line)) continue;
    const m = line.match(SALARY_RE);
    if (!m) continue;
    const found = clean(m[0]).replace(/[.,]+$/, '');
    const parsed = parseSalaryText(found);
    if (!parsed || (parsed.max ?? parsed.min ?? 0) < 7) continue;
    // The sentence around the amount (a heading line such as "Compensation" just before counts).
    const start = Math.max(line.lastIndexOf('. ', m.index ?? 0) + 1, 0);
    const endDot = line.indexOf('. ', (m.index ?? 0) + m[0].length);
    const sentence = line.slice(start, endDot < 0 ? line.length : endDot);
    if (NOT_PAY.test(sentence)) continue;
    // The line before: a heading ("Compensation") or a sentence leading in ("… salary range is:").
    let j = i - 1;
    while (j > 0 && j > i - 3 && !lines[j]!.trim()) j--;
    const before = lines[j] ?? '';
    const heading = before.length < 60 ? before : /:\s*$/.test(before) ? before.slice(-240) : '';
    if (PAY_WORDS.test(sentence) || PAY_WORDS.test(heading) || periodIn(found)) return found;
  }
  return null;
}

/** Salary text found in a short header line ("USD 116K-250K (estimate)", "160K-250K Annually"). */
export function salaryFromLine(line: string): string | null {
  const text = clean(line);
  if (text.length > 120 || !/\d/.test(text)) return null;
  if (NOT_PAY.test(text)) return null;
  const hasMoney = new RegExp(MONEY, 'u').test(text);
  const hasUnit =
    /\d\s?[kK]\b|\b(annually|yearly|per year|a year|\/yr|\/hr|per hour|jährlich|brutto|gehalt|salary)\b/i.test(text);
  if (!hasMoney && !hasUnit) return null;
  const parsed = parseSalaryText(text);
  if (!parsed || (parsed.max ?? parsed.min ?? 0) < 7) return null;
  return text;
}

// ───────────────────────────── dates ─────────────────────────────

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  // A day the month does not have (31 April) is not a date: the schema would refuse the posting.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Posted 3 days ago", "vor 6 Tagen", "22h ago", "yesterday" → YYYY-MM-DD relative to now. */
export function parseRelativeDate(input: string, now: Date = new Date()): string | null {
  const text = clean(input).toLowerCase().slice(0, 200);
  if (!text) return null;
  if (TODAY_WORDS.test(text)) return isoFromDate(now);
  if (YESTERDAY_WORDS.test(text)) return isoFromDate(new Date(now.getTime() - 86_400_000));
  if (!/\b(ago|vor|il y a|hace|siden|geleden|sedan|fa)\b|전|\bposted\b|\bactive\b/.test(text)) return null;
  const m = text.match(/(\d+|an?|one|einem|einer|un|une)\+?\s*([\p{L}]+)/u);
  if (!m) return null;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
  for (const [unit, days] of RELATIVE_UNITS) {
    if (unit.test(m[2]!)) return isoFromDate(new Date(now.getTime() - count * days * 86_400_000));
  }
  return null;
}

/** A date in any common written form → YYYY-MM-DD, or null. */
export function parseDate(value: unknown, now?: Date, dayFirst = false): string | null {
  if (typeof value === 'number') {
    return value > 1e11 && value < 5e12 ? isoFromDate(new Date(value)) : null;
  }
  if (typeof value !== 'string') return null;
  const text = clean(value).slice(0, 200);
  if (!text) return null;
  let m = text.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(/(\d{4})[/.](\d{1,2})[/.](\d{1,2})/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = text.match(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/);
  // 05/02/2026: month first (US) unless the page's language writes the day first, or the first number is > 12.
  if (m) return +m[1]! > 12 || (dayFirst && +m[2]! <= 12) ? iso(+m[3]!, +m[2]!, +m[1]!) : iso(+m[3]!, +m[1]!, +m[2]!);
  const lower = text.toLowerCase();
  // "3 November 2024", "3. November 2024", "18 Oct 2024"
  m = lower.match(/\b(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?([\p{L}]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b/u);
  if (m && MONTHS[m[2]!]) return iso(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  // "November 3, 2024", "Nov 3 2024"
  m = lower.match(/\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u);
  if (m && MONTHS[m[1]!]) return iso(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  return now ? parseRelativeDate(text, now) : null;
}

// ───────────────────────────── locations ─────────────────────────────

/** One location as shown: whitespace collapsed, " ," fixed, labels and stray punctuation removed. */
export function cleanLocation(value: string): string {
  return clean(value)
    .replace(/^(location|locations|standort|arbeitsort|lieu|ubicación|sted|근무지)\s*:\s*/i, '')
    .replace(/\s+,/g, ',')
    .replace(/,(?=\S)/g, ', ')
    .replace(/^[,;|·•\-–\s]+|[,;|·•\-–\s]+$/g, '')
    .slice(0, 300);
}

/** A line listing several locations → the list ("A | B", "A; B", "A · B"). */
export function splitLocations(value: string): string[] {
  const parts = clean(value).split(/\s*(?:\||;|·|•|\n|\s\/\s)\s*/);
  return uniqueLocations(parts.map(cleanLocation));
}

export function uniqueLocations(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list) {
    const key = item.toLowerCase();
    if (!item || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (out.length >= 100) break;
  }
  return out;
}

/** Address parts → "Locality, Region, Country" without empty or repeated parts. */
export function formatAddress(parts: ReadonlyArray<string | null | undefined>): string {
  const out: string[] = [];
  for (const raw of parts) {
    const part = cleanLocation(raw ?? '');
    if (!part) continue;
    const lower = part.toLowerCase();
    if (
      out.some(
        (p) =>
          p.toLowerCase() === lower || p.toLowerCase().includes(`, ${lower}`) || p.toLowerCase().endsWith(` ${lower}`),
      )
    )
      continue;
    out.push(part);
  }
  return out.join(', ');
}

// ───────────────────────────── work mode, employment type ─────────────────────────────

export function workModeFromText(value: string | null | undefined): WorkMode | null {
  if (!value) return null;
  const text = value.slice(0, 2000);
  for (const [re, mode] of WORK_MODES) if (re.test(text)) return mode;
  return null;
}

const EMPLOYMENT_VALUES = new Set([
  'FULL_TIME',
  'PART_TIME',
  'CONTRACT',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
  'CONTRACTOR',
]);

/** Free text or schema.org values ("full-time", ["FULL_TIME"], "Vollzeit") → FULL_TIME etc. */
export function normalizeEmploymentType(value: unknown, strict = false): string | null {
  const raw = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
  if (typeof raw !== 'string') return null;
  const text = clean(raw);
  if (!text) return null;
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (EMPLOYMENT_VALUES.has(upper)) return upper === 'CONTRACTOR' ? 'CONTRACT' : upper;
  for (const [re, type] of EMPLOYMENT_TYPES) if (re.test(text)) return type;
  return strict ? null : 'OTHER';
}

// ───────────────────────────── titles, companies ─────────────────────────────

export function cleanTitle(value: string): string {
  return clean(value)
    .replace(/\s*[-–—|]\s*(job post|job details|stellenanzeige|stellenangebot)\s*$/i, '')
    .slice(0, 500);
}

export function cleanCompany(value: string): string {
  return clean(value)
    .replace(/^(at|@|bei|chez|hos|bij|presso)\s+/i, '')
    .replace(/\s*[-–—|·]\s*$/, '')
    .slice(0, 300);
}
