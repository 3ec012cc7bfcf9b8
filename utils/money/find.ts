/**
 * Where a salary is in free text: a description line about pay, or a short header line. Never
 * money that is not the job's pay (funding, revenue, valuation, budgets).
 */
import { clean } from '../extract/dom';
import { parseSalaryText, periodIn, salaryWording } from './parse';

/** Does this text mention an amount of money? (cheap test the summarizer sorts lines with). */
export const MONEY_MENTION =
  /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|DKK|SEK|NOK|INR|JPY)\b)\s?\d[\d.,]*\s?[kKmM]?\b|\b\d[\d.,]*\s?[kK]?\s?(?:[€£]|\b(?:USD|EUR|GBP|CHF|DKK|SEK|NOK|CAD|AUD)\b|euros?\b|dollars\b)/;

const MONEY = String.raw`(?:US\$|CA\$|AU\$|A\$|C\$|NZ\$|HK\$|S\$|[$€£¥₹₩]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|INR|SGD|JPY)\b)`;
const NUM = String.raw`(?:\d{1,3}(?: \d{3})+(?!\d)|\d[\d.,'\u00a0\u202f]*)(?:,-)?(?:\s?(?:[kKmM]|Mio\.?|Tsd\.?)(?![\p{L}]))?`;
const RANGE_WORD = String.raw`(?:-|–|—|~|to|bis|à)`;
/** One end of a range with its currency, and one that may leave it to the other end. */
const PRICED = String.raw`(?:${MONEY}\s?${NUM}|${NUM}\s?${MONEY})`;
const END = String.raw`(?:${MONEY}\s?)?${NUM}(?:\s?${MONEY})?`;
/** "zwischen 68.000 € und 82.000 €", "between $90k and $110k", "entre 40 000 et 50 000 €", "de 30.000 a 40.000 €". */
const JOIN = String.raw`(?:und|and|et|y|a|à|to|bis|[-–—])`;
const BETWEEN = String.raw`(?<!\p{L})(?:zwischen|between|entre|de|from)\s+(?:${PRICED}\s+${JOIN}\s+${END}|${NUM}\s+${JOIN}\s+${PRICED})`;
const PERIOD_WORDS = String.raw`(?:\s*(?:\/\s?|per |a |an |pro |par )?(?:hour|hr|h|day|week|month|mo|year|yr|annum|annually|yearly|monthly|hourly|jahr|monat|stunde|jährlich|brutto\/jahr|p\.\s?a\.)\b\.?)?`;
const SALARY_RE = new RegExp(
  // The currency may come once, after the range: "40 000 à 50 000 €", "40.000 - 50.000 EUR".
  String.raw`(?:${BETWEEN}|(?:(?:ab|from|up to|bis zu|starting at)\s+)?(?:${NUM}\s*${RANGE_WORD}\s*${NUM}\s?${MONEY}|${PRICED}(?:\s*${RANGE_WORD}\s*${END})?))${PERIOD_WORDS}`,
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
 * (salary, compensation, per hour, brutto, Gehalt, …, or `aboutPay` when the caller knows the text
 * sits under a pay heading), never in one about funding, revenue, valuation or budgets.
 */
export function findSalaryInText(text: string, options: { aboutPay?: boolean } = {}): string | null {
  if (!text) return null;
  const lines = text.length > 200_000 ? text.slice(0, 200_000).split('\n') : text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 600 || !/\d/.test(line)) continue;
    const m = line.match(SALARY_RE);
    if (!m) continue;
    const found = salaryWording(m[0]);
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
    if (options.aboutPay || PAY_WORDS.test(sentence) || PAY_WORDS.test(heading) || periodIn(found)) return found;
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
  return salaryWording(text);
}
