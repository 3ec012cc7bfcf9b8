/**
 * Pay and perks told apart: the words and amounts that make a line the job's pay, and the perks
 * (pension, insurance, differentials, tuition …) that stay perks even with an amount in them.
 */
import { BENEFIT_LINE_PATTERNS, BENEFIT_START_PATTERNS } from './data/headings';
import { SERIAL_AND, anyOf, commaClauses, countWords, splitSentences } from './patterns';
import { anyOfTest } from './literal-gate';
import { MONEY_MENTION as MONEY } from '../money/find';
import { salariesIn } from '../money/parse';

export const BENEFIT_LINE = anyOfTest(BENEFIT_LINE_PATTERNS);
export const BENEFIT_START = anyOf(BENEFIT_START_PATTERNS, { flags: 'iu' });

/** "pay" the noun, not the verb ("We pay for your travel" is no pay line). */
const PAY_NOUN = String.raw`(?<!\b(?:we|they|will|to) )pay`;
/** "The position … pays $58,000 to $64,000 a year": the verb, when an amount follows it. */
const PAYS_AMOUNT = String.raw`pays(?=\s+(?:up to |between |from |around |about |roughly )?(?:[$€£]|\d))`;
/** Pay prose: an amount with a pay word, or the pay zone/range prose around one, however long. */
export const PAY_WORDS = new RegExp(
  String.raw`\b(?:salary|salaries|${PAY_NOUN}|${PAYS_AMOUNT}|compensation|wage|annual(?:ly)?|per (?:year|annum|hour|month)|hourly|OTE|on-target|\w*gehalt|(?:mindest|monats|jahres|brutto|grund)?entgelt|brutto|verg[üu]tung|salaire|r[ée]mun[ée]ration|salario|salarial|sueldo|salaris|loon|l[öo]n)\b`,
  'i',
);
export const PAY_PROSE =
  /\b(?:pay (?:zone|range|band|scale)|salary (?:range|band)|base (?:pay|salary)|compensation (?:range|band|package)|total rewards)\b/i;
export const PAY_PARAGRAPH_MAX = 700;
/** Money that is not pay: "a $4M annual budget", "a quota of $750K", "$60M in funding". */
// (A store's "annual sales above $2 million" or a firm's turnover is money the hire handles, not their pay.)
export const NOT_PAY =
  /\b(?:budgets?|revenues?|funding|raised|valuation|spend|ARR|GMV|quota|portfolio|assets under|annual sales|sales volume|turnover|umsatz|chiffre d'affaires|omzet|facturaci[óo]n|millions?|billions?|Mio|Mrd)\b/i;
export const NAMED_PAY = new RegExp(
  String.raw`\b(?:salary|salaries|${PAY_NOUN}|${PAYS_AMOUNT}|compensation|wage|OTE|on-target|(?:jahres|monats|brutto|netto|grund|fix)*gehalt|salaire|salario|sueldo|salaris|(?:uur|maand|jaar|bruto)?loon|vencimento|salarial|salariale|(?:månads|tim|års|grund)?l[öo]n|(?:måneds|års|time|grund)?l[øo]nn?|verg[üu]tung|bezahlung|entgelt|entlohnung|stipendio|retribuzione|RAL|sal[áa]rio|remunera[çc][ãa]o|wynagrodzenie|pensja|mzd[auy]|hrub[ée]ho|(?:kuukausi|tunti)?palkka|r[ée]mun[ée]ration|retribuci[óo]n|brut|brut[oa]s?|brutto|lord[oai]|gross)(?![\p{L}])`,
  'iu',
);
/** An amount without a currency the money reader knows ("34 000–38 000 kr", "12 000 zł"): pay only with a pay word. */
/** "34.000", "34000", or thousands written "34k" / "30-34k" (as "RAL 30-34k" states a yearly gross). */
const BARE_AMOUNT = /\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d{4,}|\d{2,3}\s?[kK]\b/;
export const AMOUNT_RANGE = /\d\s*[kK]?\s*(?:[$€£]|kr|zł)?\s*[-–—]\s*(?:[$€£]|USD|EUR)?\s?\d/;

/**
 * Pay set by a pay scale or collective agreement: "Vergütung nach TVöD", "Lön enligt kollektivavtal",
 * "Übertarifliche Bezahlung", "Lønn etter tariff" (Norwegian and Danish for the agreed scale).
 */
const PAY_SCALE =
  /(?<!\p{L})(?:TVöD|TV-L|TV-H|AVR|(?:über|außer|ausser)?tarif(?:vertrag\w*|lich\w*)?|tariff|pay scale|collective (?:labou?r )?agreement|kollektivavtal|overenskomst|tariefovereenkomst|CAO|CCNL|convenio colectivo|ty[öo]ehtosopimu[\wäö]*|tariffavtale|conven[çc][ãa]o coletiva)(?![\p{L}])/iu;

/** A technical standard's code with its part number: "BRL 6000-21" (a Dutch norm, not Brazilian reais), "EN 1090-2". */
const STANDARD_CODE = /\b[A-Z]{2,5} ?\d{3,5}-\d{1,2}\b(?![.,]?\d|\s?[kK]\b)/g;

/** The line without standards' codes, for the tests that look for an amount. */
export function withoutStandardCodes(line: string): string {
  return line.replace(STANDARD_CODE, '');
}

/**
 * An amount of pay: money with a pay word or a range, a pay word with a number ("Fast månadslön
 * 34 000 kr"), or a pay word with a pay scale ("Vergütung nach TVöD SuE").
 */
export function isPayLine(line: string): boolean {
  const text = withoutStandardCodes(line);
  if (MONEY.test(text)) return NAMED_PAY.test(text) || AMOUNT_RANGE.test(text) || paidByPeriod(text);
  if (NAMED_PAY.test(text)) return BARE_AMOUNT.test(text) || PAY_SCALE.test(text);
  // "Contratto CCNL Cooperative Sociali, livello D2": an agreement and its grade are the pay, with no pay word.
  return PAY_GRADE.test(text) && PAY_SCALE.test(text);
}

/** A grade on a pay scale: "livello D2", "EG 9", "Entgeltgruppe 8", "schaal 7", "nivel 3". */
const PAY_GRADE = /\b(?:livello|entgeltgruppe|EG|stufe|schaal|nivel|niveau|categoria|grade|band)\s*[A-Z]?\d/iu;

/**
 * One sentence that names the pay with a pay word and gives its amount, however long ("Je salaris is afhankelijk
 * van je ervaring en wordt ingeschaald in schaal L10 …: minimaal € 3.641 en maximaal € 5.536 bruto per maand").
 */
export function namedPaySentence(text: string): boolean {
  return (
    text.length <= PAY_PARAGRAPH_MAX &&
    MONEY.test(text) &&
    NAMED_PAY.test(text) &&
    !NOT_PAY.test(text) &&
    isPayLine(text) &&
    !isPerk(text) &&
    splitSentences(text).length === 1
  );
}

/** Pay periods a perk is given in ("Tickets restaurant de 10 € par jour"), not pay by itself. */
const PERK_PERIODS: ReadonlySet<string> = new Set(['day']);

/**
 * "17 € pro Stunde", "We pay £32,000 per year", "2 100 € brut par mois": an amount with its pay period
 * written right after it is pay with no pay word, unless it is a perk or money of another kind.
 */
function paidByPeriod(text: string): boolean {
  if (!MONEY.test(text)) return false;
  if (NOT_PAY.test(text) || PERK_MONEY.test(text) || BENEFIT_LINE.test(text)) return payFirst(text);
  return amountByPeriod(text);
}

function amountByPeriod(text: string): boolean {
  return salariesIn(text).some(
    (match) => match.periodNear && match.salary.period !== null && !PERK_PERIODS.has(match.salary.period),
  );
}

/** The words before an addition to the pay: "£15.20 per hour" in "£15.20 per hour plus a 15% night premium". */
const PAY_HEAD = /^((?:[^,;.]|[.,](?=\d)){3,40}?)\s(?:plus|\+)\s/i;

/** A line that opens with an amount and its period, then adds a perk to it, is pay. */
function payFirst(text: string): boolean {
  const head = PAY_HEAD.exec(text)?.[1];
  return (
    head !== undefined &&
    MONEY.test(head) &&
    !NOT_PAY.test(head) &&
    !PERK_MONEY.test(head) &&
    !BENEFIT_LINE.test(head) &&
    amountByPeriod(head)
  );
}

/** Money, a pay word, pay prose or a pay scale: a line that says something about pay. */
export function mentionsPay(text: string): boolean {
  return (
    MONEY.test(text) || NAMED_PAY.test(text) || PAY_WORDS.test(text) || PAY_PROSE.test(text) || PAY_SCALE.test(text)
  );
}

/** Money that is a perk even beside a pay word: "pension contribution of 8% of salary", "HRA: 40% of basic salary". */
const PERK_MONEY =
  /\b(?:(?:learning|training|education|development|conference|home[- ]office|equipment|wellness|wellbeing|tools?|uniform|clothing|workwear|phone|mobile|internet|meal|lunch|gear|kit|boots?|gym|fitness|childcare|cycle|bike|commut(?:e|ing)|book)(?: (?:and|&) [a-z-]+)? (?:budget|allowance|stipend)|pension contributions?|house rent allowance|HRA)\b/i;

/** A perk (retirement plan, pension, insurance, leave …), even with an amount or a percentage in it. */
export function isPerk(text: string): boolean {
  if (PERK_MONEY.test(text) && !AMOUNT_RANGE.test(text)) return true;
  if (NAMED_PAY.test(text)) return false;
  if (BENEFIT_LINE.test(text)) return !payFirst(text);
  // "We pay £32,000 per year plus a bonus": the words that open a perk, then the pay itself.
  return BENEFIT_START.test(text) && !paidByPeriod(text);
}

const MAX_PAY_CLAUSES = 12;
/** ", plus a $2.00 shift differential …": an amount added to the pay is pay, not a perk after it. */
const PAY_ADDITION = /^(?:plus|\+)\s[^.]{0,40}?\d/i;

/**
 * "salário fixo de R$ 2.800 + comissões, vale-refeição …, plano de saúde …": one sentence that
 * names the pay, then lists perks after a comma. Commas inside parentheses stay.
 */

const MAX_LISTED_CLAUSE_WORDS = 12;
/** What qualifies the pay rather than adds a perk: "…, depending on experience", "…, DOE", "…, plus bonus". */
const PAY_QUALIFIER =
  /\b(?:depend\w*|based on|according to|DOE|negotiable|commensurate|selon|suivant|seg[úu]n|je nach|afhankelijk|beroende|afh[æa]ngig|plus|bonus|commission|OTE)\b/i;

/**
 * "Contrato indefinido, salario de 28.000 a 32.000 € brutos anuales, turnos rotativos y formación": under an offer
 * heading, one clause of a comma list is the pay and the others are perks. Returns the clauses in order, or null
 * when no clause or more than one is pay, a clause is long (prose), or another clause qualifies the pay.
 */
export function payAmongPerks(sentence: string): string[] | null {
  if (sentence.length > PAY_PARAGRAPH_MAX || !sentence.includes(', ')) return null;
  const clauses = commaClauses(sentence);
  if (clauses.length < 2 || clauses.length > MAX_PAY_CLAUSES) return null;
  const payAt = clauses.map((clause) => isPayLine(clause.replace(SERIAL_AND, '')));
  const at = payAt.indexOf(true);
  // Pay first is payThenPerks' case; two pay clauses are one pay written in parts.
  if (at <= 0 || payAt.lastIndexOf(true) !== at) return null;
  const others = clauses.filter((_, index) => index !== at);
  const fits = clauses.every((clause) => countWords(clause) <= MAX_LISTED_CLAUSE_WORDS);
  if (!fits || others.some((clause) => mentionsPay(clause) || PAY_QUALIFIER.test(clause))) return null;
  // The perks on each side stay one list, to be taken apart as perks are; a serial "and" opens no item.
  const items = clauses.map((clause, index) =>
    index === at || index === clauses.length - 1 ? clause.replace(SERIAL_AND, '') : clause,
  );
  const after = items.slice(at + 1).join(', ');
  return [items.slice(0, at).join(', '), items[at] ?? '', ...(after ? [after] : [])];
}

/** The pay's period as written after the amount: one list for cutting perks run on after it and for checking the cut. */
const PAY_PERIOD = String.raw`per (?:year|annum|hour|month|week)|an? (?:year|hour)|annually|hourly|pro (?:Jahr|Monat|Stunde)|par (?:an|mois|heure)|al (?:año|mes)|per (?:jaar|maand|uur)`;
/** "$55,000 - $62,000 per year Hybrid work 20 days PTO": the pay's period, then a capitalised perk run on by a space. */
const PERIOD_THEN_CAPITAL = new RegExp(String.raw`^(.{3,80}?\b(?:${PAY_PERIOD})\b\.?)\s+(?=\p{Lu}\p{Ll})(.+)$`, 'u');
/** A pay item that ends with its period ("… per year"), as payThenPerks cuts one. */
export const PAY_PERIOD_END = new RegExp(String.raw`\b(?:${PAY_PERIOD})\.?$`, 'u');

export function payThenPerks(sentence: string): string[] {
  const runOn = sentence.length <= PAY_PARAGRAPH_MAX ? PERIOD_THEN_CAPITAL.exec(sentence) : null;
  if (runOn?.[1] && runOn[2] && isPayLine(runOn[1]) && !mentionsPay(runOn[2]))
    return [runOn[1], ...payThenPerks(runOn[2])];
  const added = sentence.length <= PAY_PARAGRAPH_MAX ? plusPerks(sentence) : null;
  if (added) return added;
  // Bounded (length and clauses): each try reads head and rest again, quadratic on a long comma list.
  if (sentence.length > PAY_PARAGRAPH_MAX || !sentence.includes(',') || !isPayLine(sentence)) return [sentence];
  const clauses = commaClauses(sentence);
  if (clauses.length > MAX_PAY_CLAUSES) return [sentence];
  let head = clauses[0]!;
  for (let index = 1; index < clauses.length; index++) {
    const rest = clauses.slice(index).join(', ');
    if (isPayLine(head) && isPerk(rest) && !isPayLine(rest) && !PAY_ADDITION.test(rest)) return [head, rest];
    head += `, ${clauses[index]}`;
  }
  return [sentence];
}

/** "+" between the pay and what comes with it. */
export const PLUS_JOIN = /\s\+\s/;
const MIN_PLUS_PERKS = 2;
/** "€ 38.000 – € 44.000". */
const MAX_AMOUNT_WORDS = 5;

/** An amount with nothing around it ("£42,000", "€38k – €44k"): among perks, the pay. */
export function isAmountAlone(text: string): boolean {
  const figures = text.replace(/[£$€¥₹]|\b(?:CHF|EUR|USD|GBP|AUD|CAD|SEK|NOK|DKK|PLN|kr|zł)(?![\p{L}])/giu, '');
  return (
    countWords(text) <= MAX_AMOUNT_WORDS && /^[\s\d.,'’kK–—-]*\d[\s\d.,'’kK–—-]*$/u.test(figures) && MONEY.test(text)
  );
}

/**
 * "£42,000 + car allowance + pension + 25 days holiday": the pay, then perks added with "+". One addition may
 * qualify the pay ("£35,000 + bonus", "+ OTE"), so two perks or more, none about pay, are needed.
 */
function plusPerks(sentence: string): string[] | null {
  const [pay = '', ...perks] = sentence.split(PLUS_JOIN).map((part) => part.trim());
  if (perks.length < MIN_PLUS_PERKS || !(isAmountAlone(pay) || isPayLine(pay))) return null;
  const perksOnly = perks.every((perk) => perk && !mentionsPay(perk) && !PAY_QUALIFIER.test(perk) && !MONEY.test(perk));
  return perksOnly ? [pay, ...perks] : null;
}

/** A short line with money and a pay word, a range or a pay period ("€15.20 per hour"): the salary line. */
export const SALARY_LINE = new RegExp(
  String.raw`salary|${PAY_NOUN}\b|compensation|gehalt|salaire|salario|sueldo|salaris|\d\s*[-–—]\s*(?:[$€£]|USD|EUR)?\s?\d|\bper (?:hour|annum|year|month)\b|\ban hour\b|\bhourly\b`,
  'i',
);
