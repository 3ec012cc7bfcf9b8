/**
 * Salary text → numbers: amounts ("40 000", "1.234,56", "85'000", "120K", "3 Mio.", "12 LPA", "15 triệu",
 * "8,50,000"), the currency written next to them, the pay period (next to the amounts, else stated in
 * the sentence) and ranges ("$120K–$150K", "zwischen 2.850 € und 3.200 €", "od 8 000 do 11 000 zł").
 * Pure string work with no Intl, so the capture script can bundle it. The words live in words.ts and
 * currencies.ts.
 */
import type { PayPeriod, Salary } from '../schema/posting';
import { clean } from '../extract/dom';
import { CURRENCY_CODES, CURRENCY_MARKS, SHARED_MARKS, UNIT_TEXT_PERIODS } from './currencies';
import { endsWithPhrase, Lexicon, setOf, wordsOf, type Word } from './lexicon';
import { BETWEEN, FROM, GROSS, PER, PERIODS, RANGE_AND, RANGE_TO, TIME_COUNT, UP_TO } from './words';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A compiled pattern. `\p{L}` stands for a letter of the Latin scripts the words are in: a Unicode
 * property costs V8 about a millisecond per use to compile, a range does not.
 */
export function pattern(source: string, flags = 'u'): RegExp {
  const latin = 'A-Za-zÀ-ÖØ-öø-ɏ';
  return new RegExp(source.replaceAll('[\\p{L}', `[${latin}`).replaceAll('\\p{L}', `[${latin}]`), flags);
}

/**
 * Marks as one pattern, longest first: letters at a mark's ends are word edges ("kr" is not in "Kreis"),
 * and long words match capitalised too ("Euro"). One look-around per group keeps the pattern small.
 */
function marksPattern(marks: string[]): string {
  const groups: [string[], string[], string[]] = [[], [], []];
  for (const mark of marks) {
    const body =
      mark.length >= 4 && /^\p{L}+$/u.test(mark) ? `${mark}|${mark[0]!.toUpperCase()}${mark.slice(1)}` : escape(mark);
    groups[/^\p{L}/u.test(mark) ? (/\p{L}$/u.test(mark) ? 2 : 1) : 0].push(body);
  }
  const [symbols, leading, words] = groups.map((g) => g.join('|'));
  return `(?:${symbols}|(?<!\\p{L})(?:${leading}|(?:${words})(?!\\p{L})))`;
}

interface Vocabulary {
  iso: Map<string, string>;
  /** Any currency mark or ISO code (case-sensitive), as a pattern and as a global expression. */
  mark: string;
  marks: RegExp;
  markBefore: RegExp;
  markAfter: RegExp;
  /** Currency words in lower case ("eur", "kr", "zł"): filler between an amount and its period. */
  markWords: ReadonlySet<string>;
  amount: RegExp;
  per: ReadonlySet<string>;
  units: ReadonlyMap<string, PayPeriod>;
  periodWords: ReadonlyArray<readonly [PayPeriod, Lexicon]>;
  gross: Lexicon;
  timeCount: ReadonlySet<string>;
  upTo: ReadonlySet<string>;
  from: ReadonlySet<string>;
  between: ReadonlySet<string>;
  rangeTo: ReadonlySet<string>;
  rangeAnd: ReadonlySet<string>;
  shared: Map<string, Map<string, string>>;
}

let vocabulary: Vocabulary | null = null;

/** Built on first use (the capture script pays for it only when a page shows a number). */
export function money(): Vocabulary {
  if (vocabulary) return vocabulary;
  const iso = new Map<string, string>();
  for (const entry of CURRENCY_MARKS.split('|')) {
    const at = entry.lastIndexOf('=');
    iso.set(entry.slice(0, at), entry.slice(at + 1));
  }
  for (const code of CURRENCY_CODES.split('|')) iso.set(code, code);
  const marks = [...iso.keys()].sort((a, b) => b.length - a.length);
  const mark = marksPattern(marks);
  const shared = new Map<string, Map<string, string>>();
  for (const [list, currencies] of SHARED_MARKS) {
    const byCountry = new Map(currencies.split('|').map((pair) => pair.split(':').reverse() as [string, string]));
    for (const m of list.split('|')) shared.set(m, byCountry);
  }
  const units = new Map<string, PayPeriod>();
  for (const [period, words] of PERIODS) for (const unit of words.units.split('|')) units.set(unit, period);
  vocabulary = {
    iso,
    mark,
    marks: pattern(mark, 'gu'),
    markBefore: pattern(`${mark}\\s?$`),
    markAfter: pattern(`^\\s?${mark}`),
    markWords: new Set(marks.filter((m) => /^\p{L}/u.test(m)).map((m) => m.toLowerCase().replace(/\.$/, ''))),
    amount: pattern(
      // Indian lakh grouping, one grouping separator throughout ("40 000", "1.234.567", "85'000"), or plain digits;
      // a Swiss or German "no cents" mark (".–", ",-"); a multiplier. Not inside a word, but right after a code or
      // an "R" set apart in its own element ("KES80,000", "R18 000"). Never a part of a date or a version ("12.12.2026", "12/2026").
      String.raw`(?<!\d[./]?)(?<!\p{L}(?<!(?<!\p{L})(?:[A-Z]{3}|R)))(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}([.,'’ \u00a0\u202f\u2009])\d{3}(?:\2\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)(?:[.,:][-–—](?!\s?\d))?(?:\s?(?:(k|tsd\.?|tys\.?|thousand|mil|m|mio\.?|mln|millions?|millones|lakhs?|lacs?|crores?|cr|만|triệu)(?![\p{L}\d])|(l)(?=pa(?!\p{L})))|(?![\p{L}\d]|[./]\d))`,
      'giu',
    ),
    per: setOf(PER),
    units,
    periodWords: PERIODS.map(([period, words]) => [period, new Lexicon(words)] as const),
    gross: new Lexicon(GROSS),
    timeCount: setOf(TIME_COUNT),
    upTo: setOf(UP_TO),
    from: setOf(FROM),
    between: setOf(BETWEEN),
    rangeTo: setOf(RANGE_TO),
    rangeAnd: setOf(RANGE_AND),
    shared,
  };
  return vocabulary;
}

const FACTORS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(k|tsd|tys|thousand|mil$)/, 1_000],
  [/^(lakh|lac|l$)/, 100_000],
  [/^(cr)/, 10_000_000],
  [/^만/, 10_000],
  [/^(m|tri)/, 1_000_000],
];

/** One amount in a text, with the currency mark written right before or after it. */
export interface Amount {
  value: number;
  /** The number as written, before its multiplier ("116" in "116-250K"). */
  raw: number;
  factor: number;
  /** Where the amount starts and ends in the text, its mark included. */
  start: number;
  end: number;
  mark: string | null;
}

function parseNumber(raw: string): number {
  const seps = raw.match(/[.,'’ \u00a0\u202f\u2009]/g) ?? [];
  if (!seps.length) return Number(raw);
  const lastSep = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
  const kinds = new Set(seps);
  let normalized: string;
  if (kinds.size > 1) {
    // "1.234,56" or "1,234.56": the last separator is the decimal one when 1–2 digits follow.
    const tail = raw.length - lastSep - 1;
    normalized =
      tail <= 2 && lastSep > 0
        ? raw.slice(0, lastSep).replace(/[^\d]/g, '') + '.' + raw.slice(lastSep + 1)
        : raw.replace(/[^\d]/g, '');
  } else if (seps.length > 1) {
    normalized = raw.replace(/[^\d]/g, '');
  } else {
    const at = raw.search(/[.,'’ \u00a0\u202f\u2009]/);
    const tail = raw.length - at - 1;
    normalized = tail === 3 ? raw.replace(/[^\d]/g, '') : raw.replace(/[,]/, '.').replace(/[^\d.]/g, '');
  }
  return Number(normalized);
}

const isShared = (mark: string) => money().shared.has(mark);

/** Every amount in `text` (at most 12), each with its adjacent currency mark. */
export function amountsIn(text: string): Amount[] {
  const { amount, markBefore, markAfter } = money();
  const out: Amount[] = [];
  amount.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = amount.exec(text)) && out.length < 12) {
    const raw = parseNumber(m[1]!);
    // (A number named by a letter in brackets is a plan or a clause, not money: "401(k)", "403(b)".)
    const next = m.index + m[0].length;
    if (!Number.isFinite(raw) || (text[next] === '(' && text[next + 2] === ')')) continue;
    const suffix = (m[3] ?? m[4] ?? '').toLowerCase();
    const factor = suffix ? (FACTORS.find(([re]) => re.test(suffix))?.[1] ?? 1) : 1;
    let start = m.index;
    let end = m.index + m[0].length;
    let mark: string | null = null;
    const before = text.slice(Math.max(0, start - 8), start).match(markBefore);
    const after = text.slice(end, end + 10).match(markAfter);
    if (before) {
      mark = before[0].trim();
      start -= before[0].length;
      // "USD $72,000": a code right before a shared symbol says whose dollar.
      const code = isShared(mark) && text.slice(Math.max(0, start - 4), start).match(markBefore);
      if (code && !isShared(code[0].trim())) {
        mark = code[0].trim();
        start -= code[0].length;
      }
    }
    // "$176,000 USD": the code after says whose dollar.
    if (after && (!mark || (isShared(mark) && !isShared(after[0].trim())))) {
      mark = after[0].trim();
      end += after[0].length;
    }
    // Lakh and crore are Indian amounts: "12-18 lakhs per annum" is in rupees.
    if (!mark && (factor === 100_000 || factor === 10_000_000)) mark = 'Rs';
    out.push({ value: Math.round(raw * factor * 100) / 100, raw, factor, start, end, mark });
  }
  return out;
}

/** The currency a mark names (ISO 4217), and the other currencies it may be when several countries share it. */
export function markCurrency(mark: string): { iso: string | null; local: Map<string, string> | null } {
  const { iso, shared } = money();
  return { iso: iso.get(mark) ?? null, local: shared.get(mark) ?? null };
}

/** The first currency named anywhere in `text`: an ISO code or an unshared mark before a shared one ("$50,000 USD" is USD). */
export function currencyIn(text: string): string | null {
  return markCurrency(currencyMarkIn(text) ?? '').iso;
}

/** The mark that says the currency of `text`: its first unshared mark, else its first mark. */
export function currencyMarkIn(text: string): string | null {
  const found = text.match(money().marks) ?? [];
  return found.find((m) => !isShared(m)) ?? found[0] ?? null;
}

/** The period a word states alone ("monatlich", "Annually", "LPA", "Stundenlohn"), or null. */
function periodWord(words: readonly Word[], i: number): PayPeriod | null {
  for (const [period, lexicon] of money().periodWords) if (lexicon.has(words, i)) return period;
  return null;
}

/** Only spaces, commas, brackets and currency symbols between an amount and its period. */
const FILLER = /^[\s,()$£¥฿\u20a0-\u20cf]*$/;

/**
 * The period written right after an amount, and where its phrase ends: "/yr", " € brutto/Monat",
 * " (Bruto mensal)", " per annum", " om måneden", " LPA".
 */
export function periodNext(text: string): { period: PayPeriod; end: number } | null {
  const v = money();
  const words = wordsOf(text.slice(0, 48));
  let pers = 0;
  let at = 0;
  for (let i = 0; i < words.length && i < 8; i++) {
    const w = words[i]!;
    if (!FILLER.test(text.slice(at, w.index))) break;
    at = w.end;
    const unit = pers > 0 ? v.units.get(w.text) : undefined;
    if (unit) return { period: unit, end: w.end };
    const stated = pers === 0 ? periodWord(words, i) : null;
    if (stated) return { period: stated, end: w.end };
    if (v.per.has(w.text)) pers++;
    else if (pers > 0 || !(v.gross.has(words, i) || v.markWords.has(w.text))) break;
  }
  return null;
}

/**
 * The period a sentence states in words ("Das Monatsgehalt liegt …", "The hourly rate …", "salaire
 * annuel"): the word nearest before `at`, else the first after it. Never a count of hours ("40
 * Stunden wöchentlich") and never a bare unit ("12 Monate").
 */
export function statedPeriod(text: string, at = text.length): PayPeriod | null {
  const { timeCount } = money();
  const words = wordsOf(text);
  let after: PayPeriod | null = null;
  let before: PayPeriod | null = null;
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && timeCount.has(words[i - 1]!.text)) continue;
    const period = periodWord(words, i);
    if (!period) continue;
    if (words[i]!.index < at) before = period;
    else {
      after = period;
      break;
    }
  }
  return before ?? after;
}

/** The period anywhere in a text: right after an amount, a unit phrase ("per month", "/yr"), else stated in words. */
export function periodIn(text: string): PayPeriod | null {
  for (const a of amountsIn(text)) {
    const next = periodNext(text.slice(a.end));
    if (next) return next.period;
  }
  return periodNext(` ${text}`)?.period ?? statedPeriod(text);
}

/** A price per thing that is not a time ("per video", "/word", "each article"); read only where no period followed. */
const PIECE_RATE = /^\s*(?:per|each|\/)\s*\p{L}{3,}/iu;

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

/** A salary in a text: its first amount (or first range), where it is, and how it reads. */
export interface SalaryMatch {
  salary: Salary;
  /** The span of the amounts with their marks, a bound word before and a period after. */
  start: number;
  end: number;
  /** The period was written right after the amounts ("$25/hr", "3.200 € brutto/Monat"). */
  periodNear: boolean;
}

/** "116-250K": a multiplier written once applies to both ends. */
const lowEnd = (a: Amount, b: Amount) =>
  a.factor === 1 && b.factor > 1 && a.raw <= b.raw ? a.raw * b.factor : a.value;

/** Is `b` the other end of a range that starts with `a` ("$24 to $28", "zwischen 2.850 € und 3.200 €")? */
function joins(text: string, a: Amount, b: Amount): boolean {
  const v = money();
  let between = text.slice(a.end, b.start);
  between = between
    .slice(periodNext(between)?.end ?? 0)
    .replace(/^[.,:]/, '')
    .trim()
    .toLowerCase();
  // "min. € 3.012 – max. € 4.082", "minimaal € 3.012 en maximaal € 4.082": the top's own bound word.
  const top = endsWithPhrase(between, v.upTo);
  if (top > 0) between = between.slice(0, top).trim();
  const low = lowEnd(a, b);
  if (v.rangeAnd.has(between)) {
    // "und" joins after "zwischen", or two amounts in one currency close together ("2.850 € und 3.200 €");
    // never "$150,000 and $20,000 bonus".
    if (
      endsWithPhrase(text.slice(0, a.start), v.between) < 0 &&
      !(a.mark && a.mark === b.mark && low < b.value && b.value <= 2 * low)
    )
      return false;
  } else if (!v.rangeTo.has(between)) return false;
  return Math.max(low, b.value) <= 10 * Math.min(low, b.value);
}

/**
 * Every salary in `text`, in order: each amount that has a currency mark (or is the other end of a
 * range with one), read with the words around it. `priced: false` also takes amounts without a mark.
 */
export function salariesIn(
  text: string,
  defaults: { currency?: string | null; period?: PayPeriod | null; priced?: boolean } = {},
): SalaryMatch[] {
  const v = money();
  const amounts = amountsIn(text).filter((a) => a.value > 0 && a.value < 100_000_000);
  const out: SalaryMatch[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const next = amounts[i + 1];
    const b = next && joins(text, a, next) ? next : undefined;
    if (!a.mark && !b?.mark && defaults.priced !== false) continue;
    if (b) i++;
    let min: number | null = b ? lowEnd(a, b) : a.value;
    let max: number | null = b ? b.value : a.value;
    // A bound word just before: "up to £40,000", "ab 39.000 €", "zwischen …".
    const leadStart = Math.max(0, a.start - 24);
    const lead = text.slice(leadStart, a.start);
    let bound = -1;
    if (b) bound = endsWithPhrase(lead, v.between);
    else if ((bound = endsWithPhrase(lead, v.upTo)) >= 0) min = null;
    else if ((bound = endsWithPhrase(lead, v.from)) >= 0) max = null;
    const start = bound >= 0 ? leadStart + bound : a.start;
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    const last = b ?? a;
    const near = periodNext(text.slice(last.end));
    let end = last.end + (near?.end ?? 0);
    if (text[end] === ')' && text.lastIndexOf('(', end) >= start) end++; // "(Bruto mensal)"
    const marks = [a.mark, b?.mark].filter((m): m is string => !!m);
    const mark = marks.find((m) => !isShared(m)) ?? marks[0] ?? currencyMarkIn(text);
    // "$120 per video", "$0.10/word": a piece rate has no period, none is guessed from its size.
    const piece = !near && PIECE_RATE.test(text.slice(last.end, last.end + 24));
    const period =
      near?.period ?? statedPeriod(text, a.start) ?? defaults.period ?? (piece ? null : inferPeriod(max ?? min));
    const currency = (mark ? v.iso.get(mark) : null) ?? defaults.currency ?? null;
    const wording = salaryWording(text.slice(start, end));
    out.push({ salary: { min, max, currency, period, text: wording }, start, end, periodNear: !!near });
  }
  return out;
}

/**
 * Salary text as a page shows it → structured salary. "$120K–$150K", "276,000–414,000 annually",
 * "€60.000 - €75.000 brutto/Jahr", "USD 45/hr", "£40k pro rata", "ab 39.000 € jährlich",
 * "zwischen 68.000 € und 82.000 €", "CHF 85'000–95'000", "₹12–18 LPA". The first amount with a
 * currency wins over a number without one ("40 hrs · $25/hr"); the text is the input's wording.
 */
export function parseSalaryText(
  input: string,
  defaults: { currency?: string | null; period?: PayPeriod | null } = {},
): Salary | null {
  const text = salaryWording(input);
  if (!/\d/.test(text)) return null;
  const found = salariesIn(text, defaults)[0] ?? salariesIn(text, { ...defaults, priced: false })[0];
  return found ? { ...found.salary, text } : null;
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
