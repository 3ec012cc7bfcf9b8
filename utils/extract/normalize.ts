/**
 * One normalisation pipeline for every source: salary, dates, locations, work mode, employment
 * type, text. Pure string functions.
 */
import { isEmploymentType, type EmploymentType, type WorkMode } from '../posting-values';
import { MONTH_NAMES, RELATIVE_UNITS, TODAY_WORDS, YESTERDAY_WORDS } from './data/dates';
import { EMPLOYMENT_TYPES, WORK_MODES } from './data/vocabulary';
import { clean } from './dom';
import { decodeEntities } from '../text/entities';

export { clean };
// Salary reading lives in utils/money (one home for money); the generic readers and the popup's
// salary edit read it through this pipeline.

/** Text from structured data: entities decoded, tags dropped, whitespace collapsed. */
export function cleanText(value: unknown, max = 500): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  let s = value.length > max * 4 ? value.slice(0, max * 4) : value;
  if (s.indexOf('&') >= 0) s = decodeEntities(decodeEntities(s));
  if (s.indexOf('<') >= 0) s = s.replace(/<[^>]*>/g, ' ');
  return clean(s).slice(0, max);
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
  if (
    !/\b(ago|vor|il y a|hace|siden|geleden|sedan|fa|temu|sitten)\b|(^|\s)(há|da)\s+\d|전|\bposted\b|\bactive\b/.test(
      text,
    )
  )
    return null;
  const m = text.match(/(?<![\p{L}])(\d+|an?|one|einem|einer|un|une)\+?\s*([\p{L}]+)/u);
  if (!m) return null;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
  for (const [unit, days] of RELATIVE_UNITS) {
    if (unit.test(m[2]!)) return isoFromDate(new Date(now.getTime() - count * days * 86_400_000));
  }
  return null;
}

let months: Map<string, number> | null = null;

/** "novembre", "listopada", "Nov" → 11 (lower-case names in `MONTH_NAMES`). */
export function monthNumber(word: string): number | null {
  months ??= new Map(MONTH_NAMES.flatMap((names, i) => names.split('|').map((name) => [name, i + 1] as const)));
  return months.get(word) ?? null;
}

/**
 * A closing date written without its year ("do: 13 grudnia", "Apply by 5 January", "bis 13. Dezember"):
 * the next such day on or after `now`.
 */
export function upcomingDate(value: string, now: Date): string | null {
  const [day, month] = dayAndMonth(value);
  if (!day) return null;
  const today = isoFromDate(now);
  const year = now.getUTCFullYear();
  const thisYear = iso(year, month, day);
  return thisYear && thisYear >= today ? thisYear : iso(year + 1, month, day);
}

/** A posting date written without its year ("Geplaatst op 16 november"): the last such day on or before `now`. */
export function recentDate(value: string, now: Date): string | null {
  const [day, month] = dayAndMonth(value);
  if (!day) return null;
  const year = now.getUTCFullYear();
  const thisYear = iso(year, month, day);
  return thisYear && thisYear <= isoFromDate(now) ? thisYear : iso(year - 1, month, day);
}

/** "13 grudnia", "5 January", "January 5th" → [day, month], or [0, 0]. */
function dayAndMonth(value: string): [number, number] {
  const lower = clean(value).toLowerCase().slice(0, 120);
  const dayFirst = lower.match(/\b(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?([\p{L}]{3,12})\.?(?![\p{L}\s]*\d)/u);
  const monthFirst = withMonthWord(MONTH_DAY, lower, 1);
  const [day, month] =
    dayFirst && monthNumber(dayFirst[2]!)
      ? [+dayFirst[1]!, monthNumber(dayFirst[2]!)!]
      : monthFirst && monthNumber(monthFirst[1]!)
        ? [+monthFirst[2]!, monthNumber(monthFirst[1]!)!]
        : [0, 0];
  return day && day <= 31 ? [day, month] : [0, 0];
}

// The month word is a whole run of letters (a separator on each side): `\p{L}+`, its length checked in
// `withMonthWord`. Written `[\p{L}]{3,12}`, each pattern compiled to 60+ ms of code on text with a
// character beyond Latin-1 (in the browser, on every page that has one).
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:\.|st|nd|rd|th)?(?:\s+(?:de\s+)?|-)(\p{L}+)\.?(?:,?\s+(?:de\s+)?|-)(\d{4})\b/gu;
const MONTH_DAY_YEAR = /\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gu;
/** "January 5th" with no year after it. */
const MONTH_DAY = /\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)/gu;

/** The first match of `re` (global) whose group `word` has 3 to 12 letters: what `\p{L}{3,12}` in its place finds. */
function withMonthWord(re: RegExp, text: string, word: number): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let letters = 0;
    for (const _ of m[word]!) if (++letters > 12) break;
    if (letters >= 3 && letters <= 12) return m;
    // On from the next character, as the pattern itself would go on.
    re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
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
  // Every written form below has a four-digit year: without one, only a relative date is left.
  if (!/\d{4}/.test(text)) return now ? parseRelativeDate(text, now) : null;
  let m = text.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(/(\d{4})[/.](\d{1,2})[/.](\d{1,2})/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = text.match(/\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/);
  // 05/02/2026, 17-11-2026: month first (US) unless the page's language writes the day first, or the first number is > 12.
  if (m) return +m[1]! > 12 || (dayFirst && +m[3]! <= 12) ? iso(+m[4]!, +m[3]!, +m[1]!) : iso(+m[4]!, +m[1]!, +m[3]!);
  const lower = text.toLowerCase();
  // "3 November 2024", "3. November 2024", "18 Oct 2024", "10-Nov-2026" (Avature, Oracle)
  m = withMonthWord(DAY_MONTH_YEAR, lower, 2);
  if (m && monthNumber(m[2]!)) return iso(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  // "November 3, 2024", "Nov 3 2024"
  m = withMonthWord(MONTH_DAY_YEAR, lower, 1);
  if (m && monthNumber(m[1]!)) return iso(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  // "Wed Nov 18 02:00:00 UTC 2026" (Java's Date.toString, SuccessFactors' datePosted)
  m = lower.match(/\b([a-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+[a-z]{2,5}\s+(\d{4})\b/);
  if (m && monthNumber(m[1]!)) return iso(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  return now ? parseRelativeDate(text, now) : null;
}

// ───────────────────────────── locations ─────────────────────────────

/** One location as shown: whitespace collapsed, " ," fixed, labels and stray punctuation removed. */
export function cleanLocation(value: string): string {
  return (
    clean(value)
      .replace(/^(location|locations|standort|arbeitsort|lieu|ubicación|sted|근무지)\s*:\s*/i, '')
      // A count of openings or of further places is not part of the place: "Berlin (1)", "Hamburg +2 more", "(+3 autres)"
      // (one digit: "Saint-Flour (15)" is a French département, part of the place.)
      .replace(/\s*\(\s*(?:\+\s*\d{1,3}|\d)\s*\)$/, '')
      .replace(
        /\s*\(?(?:\+\s*\d{1,3}|(?:and|und|et|y|e|og|och|en|ja)\s+\d{1,3}\s+(?:more|others?|weitere|autres?|más|mais|altr[ie]|flere|fler|andere|meer|muuta))\b[^()]{0,25}\)?$/i,
        '',
      )
      .replace(/\s+,/g, ',')
      .replace(/,(?=\S)/g, ', ')
      .replace(/^[,;|·•\-–\s]+|[,;|·•\-–\s]+$/g, '')
      .slice(0, 300)
  );
}

/** A work-mode phrase alone ("Fully remote", "Hybrid", "100% home office", "On-site only"): a way of working, never a place. */
export function isWorkModeOnly(location: string): boolean {
  const text = clean(location);
  if (!workModeFromText(text)) return false;
  // What is left once the work-mode words and their qualifiers are gone: nothing, for a work mode alone.
  let rest = text;
  for (const [re] of WORK_MODES) rest = rest.replace(new RegExp(re.source, 'gi'), '');
  return !/\p{L}{2,}/u.test(
    rest.replace(/\b(fully|full[\s-]?time|partially|partly|mostly|only|possible|first|friendly|ok)\b/gi, ''),
  );
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

/** Free text or schema.org values ("full-time", ["FULL_TIME"], "Vollzeit") → FULL_TIME etc. */
export function normalizeEmploymentType(value: unknown, strict = false): EmploymentType | null {
  const raw = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
  if (typeof raw !== 'string') return null;
  const text = clean(raw);
  if (!text) return null;
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (upper === 'CONTRACTOR') return 'CONTRACT';
  if (isEmploymentType(upper)) return upper;
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
  return (
    clean(value)
      .replace(/^(at|@|bei|chez|hos|bij|presso)\s+/i, '')
      // A star rating the name's element holds ("Bramblewood Care3.9 ★") is no part of the name.
      .replace(/\s*\d(?:[.,]\d)?\s*★.*$/u, '')
      .replace(/\s*[-–—|·]\s*$/, '')
      .slice(0, 300)
  );
}
