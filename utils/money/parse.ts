/**
 * Salary text → numbers: amounts ("40 000", "1.234,56", "120K", "3 Mio."), currency, pay period,
 * and ranges ("$120K–$150K", "zwischen 68.000 € und 82.000 €", "de 30 000 a 40 000 €"). Pure string
 * work with no Intl, so the capture script can bundle it.
 */
import type { PayPeriod, Salary } from '../schema/posting';
import { clean } from '../extract/dom';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, PAY_PERIODS, UNIT_TEXT_PERIODS } from './currencies';

/** Thousands separators, the space included ("40 000 €"; clean() has turned NBSP and narrow NBSP into spaces). */
const SEP = "[.,' \u00a0\u202f\u2009]";
/** A grouped number keeps one separator throughout ("40 000", "1.234.567"), so "$150,000 401(k)" stays 150,000. */
const AMOUNT_RE = new RegExp(
  `(\\d{1,3}(${SEP})\\d{3}(?:\\2\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)(?:,-)?\\s?(k|K|tsd\\.?|Tsd\\.?|thousand|m|M|mio\\.?|Mio\\.?|million|만)?(?![\\p{L}\\d])`,
  'gu',
);

/** Words that join the two ends of a range ("to", "bis", "und", "à", "et", "a", "y", "-"). */
const RANGE_JOIN =
  /[-–—~]|\bto\b|\bbis\b|(?<!\p{L})à(?!\p{L})|\ba\b|\band\b|\buntil\b|\bund\b|\bet\b|\by\b|\btot\b|\btil\b|\btill\b/iu;

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

/** Salary text as the user sees it: whitespace collapsed, never a sentence's period or comma at the end. */
export function salaryWording(input: string): string {
  return clean(input)
    .slice(0, 300)
    .replace(/\s*[.,;:]+$/, '');
}

/**
 * Salary text as a page shows it → structured salary. "$120K–$150K", "276,000–414,000 annually",
 * "€60.000 - €75.000 brutto/Jahr", "USD 45/hr", "£40k pro rata", "ab 39.000 € jährlich",
 * "zwischen 68.000 € und 82.000 €".
 */
export function parseSalaryText(
  input: string,
  defaults: { currency?: string | null; period?: PayPeriod | null } = {},
): Salary | null {
  const text = salaryWording(input);
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
    if (!RANGE_JOIN.test(between) || between.length > 40) b = undefined;
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
