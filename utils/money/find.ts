/**
 * Where a salary is in free text: a sentence about pay, or a short header line. Never money that is
 * not the job's pay (funding, revenue, valuation, budgets, quotas, bonuses, allowances, vouchers).
 */
import type { Salary } from '../schema/posting';
import { clean } from '../extract/dom';
import { Lexicon, wordsOf } from './lexicon';
import { money, pattern, salariesIn, salaryWording, type SalaryMatch } from './parse';
import { AVERAGE_WORDS, NOT_PAY_WORDS, PAY_WORDS } from './words';

interface Words {
  pay: Lexicon;
  notPay: Lexicon;
  average: Lexicon;
  mention: RegExp;
}
let words: Words | null = null;

function vocabulary(): Words {
  if (words) return words;
  const { mark } = money();
  words = {
    pay: new Lexicon(PAY_WORDS),
    notPay: new Lexicon(NOT_PAY_WORDS),
    average: new Lexicon(AVERAGE_WORDS),
    // Bounded and anchored to a number's first digit: an unbounded run made long digit lines quadratic.
    mention: pattern(`${mark}\\s?\\d|(?<!\\d)\\d(?:[\\d.,'’ ]{0,24}\\d)?\\s?(?:[kK]\\s?)?${mark}`),
  };
  return words;
}

/** Does this text mention an amount of money? (a cheap test the summarizer sorts lines with). */
export const MONEY_MENTION = { test: (text: string): boolean => vocabulary().mention.test(text) };

/** Does this text speak of pay (salary, Gehalt, salaire, salário, lön, wynagrodzenie, …)? */
export function aboutPay(text: string): boolean {
  return vocabulary().pay.firstIn(wordsOf(text)) >= 0;
}

/**
 * Is this amount money of another kind? The words just before it ("raised", "a budget of", "vale-refeição
 * de") unless a pay word comes after them, or just after it up to the clause's end ("$5,000 sign-on bonus").
 */
function otherMoney(text: string, match: SalaryMatch, from: number): boolean {
  const { notPay, pay, average } = vocabulary();
  const lead = wordsOf(text.slice(Math.max(from, match.start - 80), match.start).replace(/^.*[.;!?]\s/s, ''));
  const tail = text
    .slice(match.end, match.end + 50)
    .split(/[.;:!?()+,]|\s(?:and|und|et|y|e|og|och|en|plus|sowie)\s/i)[0]!;
  // An average or median before the amount names a salary guide's figure, whatever pay word follows it.
  return average.lastIn(lead) >= 0 || notPay.lastIn(lead) > pay.lastIn(lead) || notPay.firstIn(wordsOf(tail)) >= 0;
}

/** Sentences of a line ("… Team. Das Gehalt …"), never split at "Fr. 6'500", "ca. 45.000" or "z. B.". */
function sentencesOf(line: string, short = false): string[] {
  return line.length < 160 && !short ? [line] : line.split(/(?<=[a-zß-öø-ÿ\d)]{2}[.!?])\s+(?=[A-ZÀ-ÖØ-Þ"“(])/);
}

/** The first salary in one sentence that is the job's pay. */
function salaryInSentence(sentence: string, aboutPayHere: boolean): Salary | null {
  let from = 0;
  for (const match of salariesIn(sentence)) {
    const { salary } = match;
    const other = otherMoney(sentence, match, from);
    from = match.end;
    if ((salary.max ?? salary.min ?? 0) < 7 || other) continue;
    if (aboutPayHere || match.periodNear || aboutPay(sentence)) return salary;
  }
  return null;
}

/**
 * The salary stated in free text ("Das Monatsgehalt liegt zwischen 3.400 € und 4.100 €" → 3400–4100
 * EUR a month): only in a sentence about pay (salary, Gehalt, per hour, brutto, …; or `aboutPay` when
 * the caller knows the text sits under a pay heading; or a heading line just before), never money of
 * another kind. The period comes from next to the amounts, else from the sentence.
 */
export function findSalary(text: string, options: { aboutPay?: boolean } = {}): Salary | null {
  for (const salary of paySentences(text, options)) return salary;
  return null;
}

/**
 * The first salary stated in the text (as `findSalary` reads them) that `accept` takes: the sentence that
 * words the pay structured data gives ("minValue": 2950 → "2.950,00 € brutto pro Monat").
 */
export function findSalaryWhere(text: string, accept: (salary: Salary) => boolean): Salary | null {
  for (const salary of paySentences(text, {})) if (accept(salary)) return salary;
  return null;
}

function* paySentences(text: string, options: { aboutPay?: boolean }): Generator<Salary> {
  if (!text) return;
  const lines = (text.length > 200_000 ? text.slice(0, 200_000) : text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 4000 || !/\d/.test(line) || !MONEY_MENTION.test(line)) continue;
    // The line before: a heading ("Compensation") or a sentence leading in ("… salary range is:").
    let j = i - 1;
    while (j > 0 && j > i - 3 && !lines[j]!.trim()) j--;
    const before = lines[j] ?? '';
    const heading = before.length < 60 ? before : /:\s*$/.test(before) ? before.slice(-240) : '';
    const headed = !!options.aboutPay || (i > 0 && aboutPay(heading));
    for (const sentence of sentencesOf(line)) {
      const salary = salaryInSentence(sentence, headed);
      if (salary) yield salary;
    }
  }
}

/** The wording of the salary stated in free text (see findSalary). */
export function findSalaryInText(text: string, options: { aboutPay?: boolean } = {}): string | null {
  return findSalary(text, options)?.text ?? null;
}

/** Salary text found in a short header line ("USD 116K-250K (estimate)", "160K-250K Annually", "R$ 2.800,00 (Bruto mensal)"). */
export function salaryFromLine(line: string): string | null {
  const text = clean(line);
  if (text.length > 120 || !/\d/.test(text)) return null;
  const priced = salariesIn(text)[0];
  const bare = priced ? null : salariesIn(text, { priced: false })[0];
  const match = priced ?? bare;
  if (!match || (match.salary.max ?? match.salary.min ?? 0) < 7 || otherMoney(text, match, 0)) return null;
  // A number without a currency is pay only with "K", a period next to it or a pay word ("160K-250K Annually")
  // beside it: in "helps 20,000 small shops get paid faster" the number counts shops.
  // (A pay word before the amount's end, or in the two words after it.)
  const upTo = text.slice(0, match.end) + text.slice(match.end).split(' ', 3).join(' ');
  if (bare && !/\d\s?[kK]\b/.test(text) && !match.periodNear && !aboutPay(upTo)) return null;
  // A line of sentences ("They pull on the lead. Happy to pay £13 an hour. Reply below."): the one with the pay.
  return salaryWording(sentencesOf(text, true).find((s) => s.includes(match.salary.text)) ?? text);
}

/**
 * The salary in a value a page labels as pay ("Salary: £28,000 - £32,000 per annum", "Gehalt: ab
 * 39.000 €", a salary attribute's text): its first amount that is not money of another kind ("plus a
 * $3,000 local supplement"). An amount without a currency counts only as a salary-sized one, one
 * with "K" or one with a period ("Band 7" is a grade); the text is the value's own wording.
 */
/** "$2,900Monthly": a badge's amount and its unit in two spans with no space between. */
const GLUED_UNIT = /(\d)(?=\p{Lu}\p{Ll}{2})/gu;

export function salaryFromValue(value: string, defaults: { currency?: string | null } = {}): Salary | null {
  const text = salaryWording(value).replace(GLUED_UNIT, '$1 ');
  if (!/\d/.test(text)) return null;
  for (const priced of [true, false]) {
    let from = 0;
    for (const match of salariesIn(text, { ...defaults, priced })) {
      const { salary } = match;
      const top = salary.max ?? salary.min ?? 0;
      const other = otherMoney(text, match, from);
      from = match.end;
      if (other || top < 7 || (!priced && top < 1000 && !match.periodNear && !/\d\s?[kK]\b/.test(salary.text)))
        continue;
      return { ...salary, text };
    }
  }
  return null;
}
