/**
 * Signs of a job ad that small sites leave out of the markup (issue 10): section names set as bold
 * text or as a PDF export's line boxes instead of headings, "send your CV to jobs@…" instead of an
 * apply button, and a title that announces the hire ("Vi søger en bogholder", "We're hiring a…").
 * Read only by detection (a finishing step), never by the capture script.
 */
import { all, clean } from '../dom';
import { JOB_SECTION_HEADINGS } from '../data/vocabulary';
import {
  HIRE_TITLE_MORE,
  MORE_JOB_HEADINGS,
  MORE_ROLE_NOUNS,
  SECTION_NAMES_MORE_LANGUAGES,
} from '../data/detect-words';
import { foldCase } from '../../text/text-test';

/** Section names the shared heading lists lack, seen on own sites and PDF exports. */
const PLAIN_SECTION_NAMES =
  /^(selection criteria|key selection criteria|how to apply|about the position|om jobbet|om stillingen|vi forventer|vi forventer,? at du|cosa farai|chi cerchiamo|cosa cerchiamo|il ruolo|o que procuramos|lo que buscamos|qué harás|ce que tu feras|ton profil|wat ga je doen|wie zoeken wij|was du mitbringst)$/i;

const SECTION_LINE_MAX = 48;

/** Whether a short line reads as a job ad's section name ("Key responsibilities", "Cosa offriamo:"). */
export function isSectionName(line: string): boolean {
  const text = clean(line).replace(/\s*:$/, '');
  if (!text || text.length > SECTION_LINE_MAX) return false;
  return (
    PLAIN_SECTION_NAMES.test(text) ||
    JOB_SECTION_HEADINGS.test(text) ||
    MORE_JOB_HEADINGS.test(text) ||
    SECTION_NAMES_MORE_LANGUAGES.test(text)
  );
}

/**
 * A line box whose text is all in one plain span: a published Google Doc writes every line so, bold
 * through a CSS class. (A span styled bold inline is counted on its own.)
 */
function soleSpanLine(el: Element): boolean {
  const only = el.firstElementChild;
  return (
    !!only &&
    only === el.lastElementChild &&
    only.tagName.toUpperCase() === 'SPAN' &&
    !only.firstElementChild &&
    !/bold|font-weight/i.test(only.getAttribute('style') ?? '')
  );
}

/**
 * Section names that are not heading elements: a span styled bold, or a text-only line box (a `div`
 * or `p` holding just the name). Only whole short lines count, so a sentence that mentions
 * "requirements" is not one.
 */
export function plainSectionHeadings(document: Document): number {
  let count = 0;
  for (const el of all(document, 'span[style*="bold" i], span[style*="font-weight" i], div, p', 1500)) {
    // (Not `children.length`: linkedom builds the child list on every read.)
    if (el.firstElementChild && !soleSpanLine(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > SECTION_LINE_MAX + 20) continue;
    if (isSectionName(raw)) count++;
  }
  return count;
}

/**
 * Section names set as bracketed labels inside a paragraph, the way Japanese and Chinese ads write them
 * ("【求める経験】<br>・…"): each label that reads as a section name counts once.
 */
export function bracketSectionLabels(text: string): number {
  let count = 0;
  for (const match of text.slice(0, 60_000).matchAll(/【([^】\n]{2,16})】/g)) if (isSectionName(match[1]!)) count++;
  return count;
}

/** An address, matched from the start of its run of address characters (sticky: tried only there). */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y;
const ADDRESS_CHAR = /[\w.+-]/;
/**
 * Words before an address that make it the way to apply ("Send din ansøgning og dit CV til …"), also in Portuguese,
 * Czech and Slovak, Turkish, Finnish inflections ("Hakemukset … osoitteeseen") and a volunteer role's "register your
 * interest". (Words that start or end in a letter outside ASCII are bounded by letters: `\b` does not see them.)
 */
const APPLY_BY_MAIL =
  /\b(cv|c\.v\.|résumé|resume|curriculum|cover letter|applications?|apply|ansøgning|ansökan|søknad|hakemus|bewerbung|bewerbungsunterlagen|candidature|candidatura|candidaturas|sollicitatie|solicitud|postulación|aplikacj\p{L}*|zgłoszeni\p{L}*)\b|(?<![\p{L}])(currículo|curriculo|životopis\p{L}*|özgeçmiş\p{L}*|hakemu\p{L}+|register (your )?interest|expressions? of interest)(?![\p{L}])/iu;

/** The page asks for applications by email: an address with application words just before it. */
export function appliesByEmail(text: string): boolean {
  const head = text.slice(0, 120_000);
  let checked = 0;
  // Each "@" is read where it is: a scan of the whole text for addresses tried a look-behind at every character.
  for (let at = head.indexOf('@'); at >= 0 && checked < 20; at = head.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && ADDRESS_CHAR.test(head[start - 1]!)) start--;
    EMAIL.lastIndex = start;
    const match = start < at ? EMAIL.exec(head) : null;
    if (!match) continue;
    checked++;
    if (APPLY_BY_MAIL.test(head.slice(Math.max(0, start - 180), start))) return true;
    at = start + match[0].length - 1;
  }
  return false;
}

/**
 * Kinds of wording only a job ad uses together: years of experience asked for, what the hire will do or must bring,
 * how the job is held, the pay for it, a qualification asked for, and how to apply. English, German, French, Spanish,
 * Dutch, Italian and the Scandinavian languages, and (bounded by Latin letters, as `\b` does not see a letter outside
 * ASCII; a class, not `\p{L}`, which made the first run several times as long) Polish, Portuguese, Czech, Finnish and
 * Turkish. An article about hiring or a careers page shows one or two of them.
 * Lower case, tested on folded text: with the `i` flag each click's first run of them took several times as long.
 */
const JOB_TEXT_CUES: readonly RegExp[] = [
  /\b\d{1,2}\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs|jahre|ans|años|anni|jaar|års?)\b[^.\n]{0,60}\b(?:experience|erfahrung|berufserfahrung|expérience|experiencia|esperienza|ervaring|erfarenhet|erfaring)|(?:experience|erfahrung|expérience|experiencia|esperienza|ervaring|erfarenhet|erfaring)\b[^.\n]{0,40}\b\d{1,2}\+?\s*(?:years?|yrs|jahre|ans|años|anni|jaar|års?)\b|(?<![a-z\u00df-\u024f])(?:\d{1,2}\+?\s*(?:lat|lata|roku|anos?|let|roky|roků|vuoden|yıl)[^.\n]{0,40}(?:doświadcz|experiência|praxe|praxi|kokemus|deneyim)[a-z\u00df-\u024f]*|(?:doświadcz[a-z\u00df-\u024f]*|experiência|praxe|praxi|kokemus[a-z\u00df-\u024f]*|deneyim[a-z\u00df-\u024f]*)[^.\n]{0,40}\d{1,2}\+?\s*(?:lat|lata|roku|anos?|let|roky|roků|vuo[a-z\u00df-\u024f]*|yıl)|(?:rok|roku|roczne)\s+doświadcz[a-z\u00df-\u024f]*)(?![a-z\u00df-\u024f])/,
  /\b(?:you will|you'll|you’ll|your (?:tasks|duties|role|responsibilities)|responsibilities include|duties include|ihre aufgaben|deine aufgaben|vos missions|tus funciones|sus funciones|je taken|wat ga je doen|le tue mansioni|dine opgaver|dina arbetsuppgifter)\b|(?<![a-z\u00df-\u024f])(?:vous aurez pour missions?|vous serez (?:en charge|charg[ée]e?|responsable)|będziesz|twoje zadania|zakres obowiązków|náplň práce|budete|você irá|irá apoiar|as suas funções|suas atividades|tehtäviisi|tehtävänäsi|työtehtäviin|olacaksınız|görev alacak|du kommer att|i arbetet ingår|du vil|si occuperà|curerà)(?![a-z\u00df-\u024f])/,
  /\b(?:required|essential|preferred|a plus|must be|should have|ability to|able to|knowledge of|proficien[a-z]*|experience (?:with|in|working)|you have|you bring|you are|we are looking for|we're looking for|we’re looking for|the ideal candidate|the successful candidate|must have|is required|are required|requirements|qualifications|ihr profil|dein profil|das bringen sie mit|votre profil|profil recherché|requisitos|buscamos|wij zoeken|wat vragen wij|requisiti|cerchiamo|vi søger|vi söker|vi ser etter)\b|(?<![a-z\u00df-\u024f])(?:vous ma[iî]trisez|vous justifiez|vous disposez d['’]une|vous [êe]tes (?:titulaire|dipl[ôo]m[ée]|autonome|force de proposition)|wymagamy|wymagania|oczekujemy|poszukujemy|požadujeme|očekáváme|výhodou|procuramos|exigimos|é necessário|não é preciso|edellytämme|toivomme|eduksi|arıyoruz|aranan|tercih sebebi|den vi söker|meriterande|vi forventer|richiest[ao]|titolo preferenziale)(?![a-z\u00df-\u024f])/,
  /\b(?:full[- ]?time|part[- ]?time|permanent (?:role|position|contract)|fixed[- ]term|temporary (?:role|position|contract)|vollzeit|teilzeit|unbefristet|befristet|cdi|cdd|temps (?:plein|partiel)|jornada (?:completa|parcial)|tiempo (?:completo|parcial)|contrato indefinido|voltijd|deeltijd|tempo (?:pieno|indeterminato|determinato)|heltid|deltid|fast stilling|fast anställning)\b|(?<![a-z\u00df-\u024f])(?:umow[aęy] o pracę|pełny etat|pełen etat|pół etatu|umowa zlecenie|tempo inteiro|tempo integral|meio período|contrato de trabalho|plný úvazek|zkrácený úvazek|pracovní poměr|kokoaikai[a-z\u00df-\u024f]*|osa-aikai[a-z\u00df-\u024f]*|vakituise[a-z\u00df-\u024f]*|määräaikai[a-z\u00df-\u024f]*|tam zamanlı|yarı zamanlı|tillsvidare[a-z\u00df-\u024f]*|visstidsanställning|fast ansettelse)(?![a-z\u00df-\u024f])/,
  /\b(?:we offer|benefits|paid time off|pto|401\(?k\)?|health insurance|dental|pension|holidays?|vacation|wir bieten|nous offrons|avantages|ofrecemos|beneficios|wij bieden|offriamo|vi tilbyder|vi erbjuder|vi tilbyr)\b|(?<![a-z\u00df-\u024f])(?:oferujemy|zapewniamy|oferecemos|benefícios|subsídio de alimentação|vale[- ]refeição|nabízíme|stravenky|tarjoamme|työterveyshuol[a-z\u00df-\u024f]*|yan haklar|sağlan[a-z\u00df-\u024f]*|servis ve yemek)(?![a-z\u00df-\u024f])/,
  /\b(?:shifts?|weekends?|hours (?:per|a) week|term time|rota|night shifts?|schichtdienst|schicht|wochenstunden|horaires?|turnos?|diensten|turni|skift|skiftarbete)\b|(?<![a-z\u00df-\u024f])(?:(?:jedno|dwu|trzy)?zmian[a-z\u00df-\u024f]*|turnos?|horário|směn[a-z\u00df-\u024f]*|vuorotyö[a-z\u00df-\u024f]*|vardiya[a-z\u00df-\u024f]*|hafta içi|ore settimanali)(?![a-z\u00df-\u024f])/,
  /\b(?:salary|wage|per hour|an hour|hourly rate|per annum|pro rata|pay range|gehalt|vergütung|stundenlohn|salaire|rémunération|salario|sueldo|salaris|stipendio|retribuzione|løn|lön|lønn)\b|(?<![a-z\u00df-\u024f])(?:wynagrodzeni[a-z\u00df-\u024f]*|zł brutto|zł netto|stawk[a-z\u00df-\u024f]*|salário|remuneração|vencimento|mzda|kč měsíčně|palkka[a-z\u00df-\u024f]*|palkkaus|maaş[a-z\u00df-\u024f]*|ücret[a-z\u00df-\u024f]*|lönegrad|individuell lönesättning)(?![a-z\u00df-\u024f])/,
  /\b(?:degree in|bachelor'?s|master'?s|diploma|licen[cs]e[ds]?|certification|certified|ausbildung|abgeschlossene|studium|diplôme|título|titulación|licenciatura|opleiding|diploma|laurea|uddannelse|utbildning|utdanning)\b|(?<![a-z\u00df-\u024f])(?:uprawnie[a-z\u00df-\u024f]*|wykształceni[a-z\u00df-\u024f]*|prawo jazdy|licenciatura|carta de condução|formação|řidičsk[a-z\u00df-\u024f]* průkaz|vzdělání|výuční list|tutkinto|ajokortti|koulutus|mezun|ehliyet|examen|körkort|førerkort|fagbrev|patentino)(?![a-z\u00df-\u024f])/,
  /\b(?:apply|applications?|send (?:us )?your (?:cv|resume|résumé)|bewerben|bewerbung|postuler|candidature|postúlate|envía tu cv|solliciteer|sollicitatie|candidati|candidatura|ansøg|ansök|søk)\b|(?<![a-z\u00df-\u024f])(?:aplikuj|cv prosimy|prześlij|przesyłać|currículo|životopis[a-z\u00df-\u024f]*|hakemu[a-z\u00df-\u024f]+|özgeçmiş[a-z\u00df-\u024f]*|başvur[a-z\u00df-\u024f]*|ansökan|søknad|curriculum vitae|register (?:your )?interest)(?![a-z\u00df-\u024f])/,
];

/** How many kinds of job-ad wording the text holds (`JOB_TEXT_CUES`), read in its first 6,000 characters. */
export function jobTextCues(text: string): number {
  const head = foldCase(text.slice(0, 6000));
  return JOB_TEXT_CUES.filter((cue) => cue.test(head)).length;
}

/** Two forms of one word joined by a slash: a role named for both genders ("educatore/educatrice", "Kellner/Kellnerin"). */
const GENDER_PAIR = /(?<![a-z\u00df-\u024f])([a-z\u00df-\u024f]{4})[a-z\u00df-\u024f]*\s?\/\s?\1/;

/**
 * A role title by signs `ROLE_TITLE` (which the capture script carries) leaves to detection: a job noun of a language
 * it covers less (`MORE_ROLE_NOUNS`), a role named for both genders, or a title announcing the hire (`HIRE_TITLE_MORE`).
 */
export function namesRoleMore(title: string): boolean {
  const text = foldCase(title.slice(0, 160)).trim();
  return MORE_ROLE_NOUNS.test(text) || GENDER_PAIR.test(text) || HIRE_TITLE_MORE.test(text);
}

/** The title announces one hire in wording `HIRING_LEAD` lacks ("We're looking for a bookkeeper", "Ricerca educatore"). */
export function titleAnnouncesHireMore(title: string): boolean {
  return HIRE_TITLE_MORE.test(foldCase(title.slice(0, 160)).trim());
}
