/** A hiring lead-in before the role, and words of how a job is held that are never a place. */
import {
  COMPOUND_JOB_NOUNS,
  NOT_JOB_NOUNS_BY_ENDING,
  EMPLOYMENT_PHRASE,
  EMPLOYMENT_WORDS,
  HIRING_LEAD,
  HOURS_ONLY,
  JOINING_WORDS,
} from '../data/job-terms';
import { normalizeEmploymentType } from '../normalize';
import type { EmploymentType } from '../../posting-values';
import { foldCase, gatedCaseless } from '../../text/text-test';
import { clean } from '../dom';

/**
 * The title without a hiring lead-in ("Vacature Role | Company" → "Role | Company"). Tested on folded text: without
 * the `i` flag the pattern compiles several times faster on each click, and folding keeps every index.
 */
export function stripHiringLead(title: string): string {
  const lead = foldCase(title).match(HIRING_LEAD)?.[0];
  return lead ? title.slice(lead.length) : title;
}

/** "We're hiring: Weekend Barista" → "Weekend Barista" (a lead-in before the role, in several languages). */
export function withoutHiringLead(title: string): string {
  const role = stripHiringLead(title);
  // A headline sentence ("Vi søger en bogholder på deltid til vores kontor i Vejle"): the role is the
  // words before the first preposition, capitalised like a title.
  if (role === title || !/^\p{Ll}/u.test(role)) return role;
  const head = role.split(SENTENCE_TAIL)[0]!;
  if (head === role) return role;
  const noun = head.replace(/^(?:an?|the|en|et|ett|ein|eine[nr]?|une?|una|een)\s+/i, '').trim();
  return noun ? noun[0]!.toUpperCase() + noun.slice(1) : role;
}

/** Where a headline's role ends: a preposition or "to join" ("… på deltid", "… for our bakery", "… in Lyon"). */
const SENTENCE_TAIL =
  /\s+(?:på|til|i|in|at|for|to|with|für|zur|zum|bei|in der|pour|à|au|chez|dans|per|presso|a|para|en|con|voor|bij|för|hos|w|do|na)\s+/iu;

/** A title that announces one hire ("Vi søger en bogholder…", "We're hiring: Weekend Barista") names a role. */
export function announcesHire(title: string): boolean {
  return HIRING_LEAD.test(foldCase(title));
}

const LETTER_RUN = /\p{L}+/gu;

/**
 * A word that ends in a job noun after three or more letters of its own ("Lagermedarbejder på deltid",
 * "Lagermitarbeiter (Teilzeit)", "Butikksælger"; not "Tekniker" alone): a compound role title.
 */
export function endsWithJobNoun(title: string): boolean {
  for (const [word] of title.matchAll(LETTER_RUN)) {
    const lower = word.toLowerCase();
    for (const noun of COMPOUND_JOB_NOUNS) {
      // Three letters before the noun, counted as characters (a letter outside the BMP is two code units).
      if (lower.length >= noun.length + 3 && lower.endsWith(noun) && [...lower.slice(0, -noun.length)].length >= 3)
        return true;
    }
  }
  return false;
}

/** Only words of how a job is held ("Empleado fijo", "Jornada completa", "Part-time (0.6 FTE)"): never a place. */
export function isEmploymentOnly(location: string): boolean {
  if (HOURS_ONLY.test(clean(location))) return true;
  const words = clean(location)
    .toLowerCase()
    .split(/[\s,;/·()+&.–—]+|-(?=\p{L})/u)
    .filter((w) => w && !/^\d/.test(w));
  return (
    words.some((w) => EMPLOYMENT_WORDS.has(w)) && words.every((w) => EMPLOYMENT_WORDS.has(w) || JOINING_WORDS.has(w))
  );
}

/** The employment type a description states in a phrase about the job ("This is a full-time, hybrid role"). */
export function employmentInProse(text: string): EmploymentType | null {
  const phrase = text.slice(0, 20_000).match(EMPLOYMENT_PHRASE)?.[0];
  return phrase ? normalizeEmploymentType(phrase, true) : null;
}

/**
 * An English job noun by its ending, for trades and care roles the role lists lack ("Hygienist", "Technologist",
 * "Night Shift Stocker", "Bartender", "Housekeeper"); never a "Checklist" or a "Playlist".
 */
export const JOB_NOUN_ENDING = gatedCaseless(
  /(?:ist|ician|ographer|keeper|worker|maker|tender|fitter|stocker|picker|packer|loader|cleaner|washer|handler|sitter|helper)(?:\s*\([^)]*\))?$/,
  /(?<![\p{L}])(?:\p{L}{2,}(?:(?<!l)ist|ician|ographer)|\p{L}*(?:keeper|worker|maker|tender|fitter|stocker|picker|packer|loader|cleaner|washer|handler|sitter|helper))(?:\s*\([^)]*\))?$/u,
);

/**
 * A Spanish, Italian or French job noun by its ending ("Recepcionista", "Camarero", "Enfermera", "Operatore",
 * "Educatrice", "Magazziniere", "Vendeur", "Coiffeuse"): one word of 6 letters or more. Words that end so but name
 * no one ("Carrera", "Secteur", "Revista") are in `NOT_JOB_NOUNS_BY_ENDING`.
 */
const ROMANCE_JOB_NOUN = gatedCaseless(
  /(?:ista|er[oa]|tore|trice|iere|eur|euse)$/,
  /^\p{L}{2,}(?:(?<![lv])ista|er[oa]|tore|trice|iere|eur|euse)$/u,
);

/** A Dutch compound that ends in a job noun ("Klantenservicemedewerker", "Verpleegkundige", "Teamleider"). */
const DUTCH_JOB_NOUN_ENDING = gatedCaseless(
  /(?:werker|kundige|bediende|leider|beheerder|verkoper)$/,
  /(?<![\p{L}])\p{L}*(?:werker|kundige|bediende|leider|beheerder|verkoper)$/u,
);

/** The title ends in a job noun by its ending (`JOB_NOUN_ENDING`, `DUTCH_JOB_NOUN_ENDING`, `ROMANCE_JOB_NOUN`). */
export function endsLikeJobNoun(title: string): boolean {
  // (Lower case and gated: a page compiles it afresh on each click, several times faster so, and rarely at all.)
  const head = clean(title).split(/\s+[-–—|]\s+/)[0]!;
  if (JOB_NOUN_ENDING.test(head)) return true;
  const bare = head.replace(/\s*\([^)]*\)/g, '');
  if (DUTCH_JOB_NOUN_ENDING.test(bare)) return true;
  // A Romance title that is its noun alone: "Camarero/a", "Vendeur / Vendeuse". Not a noun first: a title such as
  // "<noun> de …" is as often no job (a page never seen turned out so), nor the last word of a name ("Arrocería La
  // Albufera", "Grupo Herrera").
  const noun = foldCase(bare.split(/\s*\/\s*(?=\p{L}{3})/u)[0]!).replace(/\/[a-z]{1,3}$/, '');
  return noun.length >= 6 && ROMANCE_JOB_NOUN.test(noun) && !NOT_JOB_NOUNS_BY_ENDING.has(noun);
}
