/**
 * The line under the title: "Snap Inc. · Los Angeles, CA · 1 week ago · Over 200 applicants".
 * Split into parts (separators, or the line's own text pieces) and tell apart the company, a place,
 * a relative date and an applicant count; employment type, work mode and money are left to others.
 */
import { foldCase } from '../../text/text-test';
import { APPLY_WORDS, DEPARTMENT_WORDS, JOB_ID_PART } from '../data/vocabulary';
import { clean } from '../dom';
import { normalizeEmploymentType, parseDate, parseRelativeDate, workModeFromText } from '../normalize';
import type { WorkMode } from '../../posting-values';
import { isEmploymentOnly } from './job-terms';
import { salaryFromLine } from '../../money/find';
import { labelField, splitLabelLine } from './page-scan';
import { hasLegalForm, isLegalForm, nameKey } from './company-name';
import { isPlace } from './places';
import { nameAndAddress, townOf } from './street';
import { ROLE_TITLE } from '../data/detect-words';
import { NOT_LOCATION, SENIORITY_PART } from '../data/vocabulary';
import { readClosingDate } from '../closing-date';
import { CONTRACT_VALUES } from '../data/labels';
import { GENERIC_PART } from './title-patterns';
import { withoutNameExtras, withoutTagline } from './company-extras';

export interface HeaderLineResult {
  company: string | null;
  places: string[];
  /** A relative date part ("1 week ago"), resolved against `now` when given. */
  datePosted: string | null;
  /** The company came with its street address ("Larkspur Bakery, 14 Mill Lane, Millbrook"). */
  addressed?: boolean;
  /** A closing date written as a part of the line ("Posted on … · Apply before December 15, 2026"). */
  validThrough?: string | null;
  /** The work mode a place part leads with ("Hybrid work in Austin, TX"). */
  workMode?: WorkMode | null;
}

const APPLICANTS =
  /\b(applicants?|applications?|bewerber(innen)?|bewerbungen|candidat(e|ure)s?|solicitudes|sollicitanten|ansøgere|sökande|clicked apply|people clicked)\b/i;
const RELATIVE =
  /\b(ago|vor \d|il y a|hace|siden|geleden|sedan|today|yesterday|just (now|posted)|reposted|posted|heute|gestern|aujourd'hui|hier)\b|^منذ\s/i;
const SEPARATOR = /\s+[·•|]\s+|\s*[·•]\s*/;
/** "Clinical Team", "Finance Department", "Abteilung Einkauf": a team, not the employer. */
const TEAM_NAME = /(^|\s)(team|department|dept\.?|division|abteilung|équipe|equipo|afdeling|avdelning)(\s|$)/i;
/** Badges and reference numbers under a title ("New", "Easy Apply", "Req #4410", "Job ID: 88"). */
const NOT_A_NAME =
  /^(new|featured|urgent|hot|promoted|sponsored|closing soon|easy apply|actively hiring|verified)$|#|\b(req|ref|job id|requisition)\b|^\W*\d[\d\W]*$/i;
const NAME_IN =
  /^(\p{Lu}.{1,60}?)\s+(?:in|à|en|em|i)\s+(\p{Lu}[\p{L}\p{M}'’ .-]{1,40}(?:,\s*\p{L}[\p{L}\p{M}'’ .-]{1,30})?)$/u;
/** "Hybrid work in Austin, TX", "Remote in Dayton, OH": how the job is worked, then the place. */
const MODE_IN = /^((?:hybrid|remote|on-?site|in-office)(?:\s+(?:work|remote))?)\s+in\s+(\p{Lu}.{1,80})$/iu;
/** "Gdańsk, pomorskie", "Market Harborough, Leicestershire": a town, a comma and its region. */
const TOWN_REGION = /^\p{Lu}[\p{L}\p{M}'’ .-]{1,40},\s*\p{L}[\p{L}\p{M}'’ .-]{1,40}$/u;
/** Dashes separate parts only in a line without dots or bars ("Quarry Lane Farms — Columbus, OH"). */
const DASHES = /\s+[-–—]\s+/;
/** An icon before a part ("📍 Columbus, OH"). */
const ICON = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u;
/** A star rating beside the employer's name ("Acme ★ 4.2", "Acme 4.2 ★"): not part of the name. */
const RATING = /\s*(?:★\s*\d(?:[.,]\d)?|\d(?:[.,]\d)?\s*★)(?:\s*\(\d[\d.,]*\))?$/u;
/** A work mode in brackets after a place ("Columbus, OH (On-site)"). */
const MODE_AFTER = /\s*\((?:on-?site|hybrid|remote|in[\s-]office|vor ort|présentiel|presencial)\)$/i;
/** "at Quarry Lane Farms in Columbus, OH": the employer after "at", a place after "in". */
const AT_IN = /^(?:at|bei|chez|bij|hos)\s+(\p{Lu}.{1,60}?)(?:\s+(?:in|à|en|i)\s+(\p{Lu}.{1,60}))?$/u;

/** "Vossberg Armaturen GmbH, Hameln": a name, a comma and a town of one to three capitalised words. */
const NAME_TOWN = /^(.{2,80}?),\s*(\p{Lu}[\p{L}\p{M}'’.-]+(?:[\s-]\p{Lu}[\p{L}\p{M}'’.-]+){0,2})$/u;

type Kind = 'company' | 'place' | 'date' | 'other';

/** An employment type ("Full-time", "CDI"), or full or part time in a language the shared words lack ("دوام كامل"). */
const hoursOf = (text: string) =>
  !!normalizeEmploymentType(text, true) || CONTRACT_VALUES.slice(0, 2).some(([re]) => re.test(foldCase(text)));

export function classifyPart(part: string): Kind {
  const text = clean(part);
  if (!text || text.length > 80) return 'other';
  if (APPLICANTS.test(text) || APPLY_WORDS.test(text)) return 'other'; // "Bewerben", the apply button, is no employer
  // A label ("Lieu de travail :") is not a value.
  if (/[:：]$/.test(text) || labelField(text)) return 'other';
  if (RELATIVE.test(text)) return 'date';
  // ("20 April 2026", "Nov 20, 2026": a written date names no employer, nor does it make a line the header.)
  if (text.length <= 40 && parseDate(text)) return 'other';
  if (salaryFromLine(text) || JOB_ID_PART.test(text)) return 'other';
  const modeIn = text.match(MODE_IN);
  if (isPlace(text) || townOf(text) || (modeIn && (isPlace(modeIn[2]!) || townOf(modeIn[2]!)))) return 'place';
  if ((hoursOf(text) && text.length < 30) || isEmploymentOnly(text)) return 'other';
  if (workModeFromText(text) && text.length < 25) return 'other';
  // ("Careers", "Jobs", "Home": the page's own name, not the employer's.)
  if (
    DEPARTMENT_WORDS.test(text) ||
    TEAM_NAME.test(text) ||
    NOT_A_NAME.test(text) ||
    SENIORITY_PART.test(text) ||
    GENERIC_PART.test(text)
  )
    return 'other';
  // ("Acme — Freight software for small carriers": the name, then its tagline.)
  const head = withoutTagline(text);
  if (head !== text) return classifyPart(head) === 'company' ? 'company' : 'other';
  // (The points of a legal form, "Sp. z o.o.", "S.A. de C.V.", end no sentence.)
  // (A script without capitals, Arabic or CJK, starts a name with any letter.)
  if (
    !/^[\p{Lu}\p{Lo}\d"“(]/u.test(text) ||
    text.split(/\s+/).length > 6 ||
    (/[.!?]\s/.test(text) && !hasLegalForm(text))
  )
    return 'other';
  return 'company';
}

/**
 * A "Posted" label, empty or with a written date ("Posted 11/20/2026", "Publiée le 20/11/2026",
 * "Veröffentlicht am 20.11.2026", "Publicado el 20/11/2026"): no name.
 */
const POSTED_PART =
  /^(?:posted|published|publi(?:é|ée|ee|cad[oa]|cat[oa]|ert)|ver[öo]ffentlicht|gepubliceerd|publicerad|opublikowano)(?: (?:on|le|el|il|em|am|op|den))?:?(?:\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4})?$/i;

/** How the job is held, its hours, pay or work mode ("CDI", "39 h", "€15.20 per hour", "Hybrid"). */
const jobFact = (part: string) =>
  hoursOf(part) ||
  isEmploymentOnly(part) ||
  !!workModeFromText(part) ||
  !!salaryFromLine(part) ||
  /^\d+(?:[.,]\d+)?\s?(?:h|hrs?|hours?|std\.?|stunden|uur|timer|tim|heures?|horas)(?:\s|$|\/)/i.test(part);

/** Parts of one header line: split on · • |, else the line's text pieces when it has several. */
export function headerParts(line: string, pieces: readonly string[] = []): string[] {
  const part = (p: string) => clean(clean(p).replace(ICON, '')).replace(MODE_AFTER, '').replace(RATING, '');
  if (SEPARATOR.test(line)) return placeApart(line.split(SEPARATOR).map(part).filter(Boolean));
  // ("Requisition ID <b>20931</b> - Posted <b></b> - <b>Dundee</b>": bold values between dashes; the dashes part it.)
  const dashed = DASHES.test(line) && pieces.some((p) => /^\s*[-–—](?:\s|$)/.test(p));
  const own = dashed ? [] : pieces.map(part).filter((p) => p && !/^[·•|,-]$/.test(p));
  if (own.length > 1) return own;
  const at = part(line).match(AT_IN);
  if (at) return at[2] ? [at[1]!, at[2]] : [at[1]!];
  // "Van Dijk Transport B.V. in Zwolle": a name with its legal form, then the place after "in".
  const named = part(line).match(NAME_IN);
  if (named && hasLegalForm(named[1]!)) return [named[1]!, named[2]!];
  if (isPlace(part(line))) return [part(line)]; // "Remote - EMEA", "Hybrid - Lisbon" are one place
  const split = part(line).split(DASHES).map(part).filter(Boolean);
  return split.length > 1 && split.length <= 5 ? split : [part(line)];
}

/**
 * "Harbour & Vale, London · 1 day ago", "Pellworth Ltd, Leeds · 3 days ago": the employer with its place after a comma
 * in the line's first part, read as two parts when what follows the comma is a known place and the whole part is not
 * one ("Springfield, Illinois, USA") or the name has its legal form.
 */
function placeApart(parts: string[]): string[] {
  const m = parts[0]?.match(/^(.{2,60}?),\s*(\p{Lu}.{1,60})$/u);
  if (!m || !isPlace(m[2]!) || isPlace(m[1]!)) return parts;
  // (A name with its legal form is never a town: "Northgate Supply Co., Austin, TX" is no place.)
  if ((isPlace(parts[0]!) || townOf(parts[0]!)) && !hasLegalForm(m[1]!)) return parts;
  return classifyPart(m[1]!) === 'company' ? [m[1]!, m[2]!, ...parts.slice(1)] : parts;
}

/**
 * "Vossberg Armaturen GmbH, Hameln", "Atelier Gravure Morel, Angers" alone under the title: the employer and its
 * town, when the name carries a legal form or is the employer the page names elsewhere (`known`). Otherwise the
 * line may be a town and its region ("Market Harborough, Leicestershire").
 */
export function nameAndTown(part: string, known?: string | null): { name: string; town: string } | null {
  const m = part.match(NAME_TOWN);
  if (!m) return null;
  const [, name, town] = m as unknown as [string, string, string];
  if (isLegalForm(town) || hasLegalForm(town) || NOT_LOCATION.test(town) || isPlace(name)) return null;
  if (classifyPart(name) !== 'company') return null;
  return hasLegalForm(name) || (!!known && nameKey(known) === nameKey(name)) ? { name, town } : null;
}

/**
 * "Zoeterwoude · 40 uur" right under the title of a page whose title names "Van Rijswijk Transport": a name first,
 * then job facts only, is the place when the employer is known and is another name (neither holds the other).
 */
function otherThanKnown(part: string, known: string | null | undefined): boolean {
  if (!known) return false;
  const [a, b] = [nameKey(part), nameKey(known)];
  return !!a && !!b && !a.includes(b) && !b.includes(a);
}

/**
 * Reads the first header lines after the title. A company is taken only from a line that also
 * holds a place or a relative date (that is what makes it the header line), and only as its first part.
 */
export function readHeaderLine(
  lines: readonly string[],
  lineParts: readonly string[][],
  now?: Date | null,
  known?: string | null,
): HeaderLineResult {
  const out = readLine(lines, lineParts, now, known);
  // The name without its tagline, logo words, follow button or rating ("Acme logo", "Acme 4.1 (230 reviews)").
  return out.company ? { ...out, company: withoutNameExtras(withoutTagline(out.company)) } : out;
}

function readLine(
  lines: readonly string[],
  lineParts: readonly string[][],
  now?: Date | null,
  known?: string | null,
): HeaderLineResult {
  const out: HeaderLineResult = { company: null, places: [], datePosted: null };
  // Only the lines right under the title: further down are lists ("Design · Vienna" for other jobs).
  const candidates = lines
    .slice(0, 3)
    .map((line, i) => ({ parts: line.length > 300 ? [] : headerParts(line, lineParts[i] ?? []), line: i }));
  const first = candidates[0]?.parts;
  const town = first?.length === 1 ? nameAndTown(first[0]!, known) : null;
  if (town) return { ...out, company: town.name, places: [town.town], ...closingOf(lines, lineParts) };
  // A header written one fact per line ("Company", "Zaragoza", "On-site", "Posted 5d ago"): one line of parts.
  // (The run of short lines right under the title, up to the first long one: then the description starts.)
  const run = lines.slice(0, 5);
  const end = run.findIndex((line) => line.length > 40 || SEPARATOR.test(line));
  // (A row of pills, "Berlin" "Werkstudent" "Hybrid", is one fact per pill, not one name.)
  const stacked = (end < 0 ? run : run.slice(0, end)).flatMap((line, i) => {
    const pills = (lineParts[i] ?? []).map(clean).filter(Boolean);
    return pills.length >= 3 && pills.every((p) => p.split(/\s+/).length <= 3) ? pills : [line.replace(RATING, '')];
  });
  if (stacked.length >= 3) candidates.unshift({ parts: stacked, line: -1 });
  // The employer alone on the line right under the title, with the place on the next line.
  let lone: string | null = null;
  for (const { parts, line: i } of candidates) {
    const single = parts.length === 1 && i === 0 && classifyPart(parts[0]!) === 'company' ? parts[0]! : null;
    // "Larkspur Bakery, 14 Mill Lane, Millbrook": the employer with its address.
    const address = parts.length === 1 && i <= 0 ? nameAndAddress(parts[0]!) : null;
    if (address) return { company: address.name, places: [address.town], datePosted: null, addressed: true };
    // "Type de contrat:" + "Durée indéterminée": a labelled row, read by the labelled reader, not a header line.
    if (parts.length === 2 && (/[:：]$/.test(parts[0]!) || labelField(parts[0]!))) continue;
    // "Zielony Most Sp. z o.o." then "Gdańsk, pomorskie": a town and its region on the line under the lone employer.
    if (lone && i === 1 && parts.length === 1 && TOWN_REGION.test(parts[0]!) && !NOT_LOCATION.test(parts[0]!)) {
      out.company = lone;
      out.places.push(parts[0]!);
      break;
    }
    // "Oakline Supply" then "Location: Kettering": the employer above a labelled place (the labelled reader reads the place).
    if (lone && i === 1 && parts.length === 1 && splitLabelLine(parts[0]!)?.[0] === 'locations') {
      out.company = lone;
      break;
    }
    if (parts.length < 2 && !isPlace(parts[0] ?? '')) {
      lone = single;
      continue;
    }
    const kinds = parts.map(classifyPart);
    // "CDI · 39 h · Chambéry", "Jornada completa · Huesca": beside job facts only, the one name after them is the place
    // (or before them, under the employer's own line: "Bernkastel-Kues · Vollzeit").
    // (A requisition number or a "Posted" label beside the place says nothing more: "Req ID 20931 - Posted - Dundee".)
    const fact = (p: string) => jobFact(p) || JOB_ID_PART.test(p) || POSTED_PART.test(p);
    const named = parts.findIndex((p) => !fact(p));
    if (
      (named > 0 || (named === 0 && lone && i === 1) || (named === 0 && i === 0 && otherThanKnown(parts[0]!, known))) &&
      kinds[named] === 'company' &&
      !kinds.includes('place') &&
      parts.every((p, j) => j === named || fact(p)) &&
      // (A French département or a region code in brackets after the town: "Rennes (35)".)
      /^\p{Lu}[\p{L}'’ -]{1,40}(?:\s\((?:\d{2,3}|2[AB]|[A-Z]{2,3})\))?$/u.test(parts[named]!) &&
      !NOT_LOCATION.test(parts[named]!) &&
      !ROLE_TITLE.test(parts[named]!) &&
      !hasLegalForm(parts[named]!)
    )
      kinds[named] = 'place';
    // "Company · Zaragoza · 5 days ago", "Veldhoven Logistiek B.V. · Tilburg · Fulltime": a name right after
    // the company (before a date, or after a name with its legal form) is the place.
    const date = kinds.indexOf('date');
    // ("Greenway Grocers · Loughborough · £26k" right under the title: two names and job facts, the second the place.)
    const twoNames = i === 0 && parts.every((p, j) => j < 2 || jobFact(p) || kinds[j] === 'date');
    if (
      kinds[0] === 'company' &&
      kinds[1] === 'company' &&
      !kinds.includes('place') &&
      (date > 1 ||
        hasLegalForm(parts[0]!) ||
        (twoNames && !hasLegalForm(parts[1]!) && !NOT_LOCATION.test(parts[1]!))) &&
      // (A French département or a region code in brackets after the town: "Villeurbanne (69)".)
      /^[\p{Lu}\p{Lo}][\p{L}\s'’،-]{1,40}(?:\s\((?:\d{2,3}|2[AB]|[A-Z]{2,3})\))?$/u.test(parts[1]!)
    )
      kinds[1] = 'place';
    const header = kinds.includes('place') || kinds.includes('date');
    if (!header) continue;
    // "$14,000 - $16,000 Mensual · Grupo Ferretero Cumbres · Monterrey": the pay or job type before the employer
    // does not move it from the head of the line.
    const lead = parts.findIndex((p) => !jobFact(p));
    const beforePlace = lead >= 0 && (kinds.indexOf('place') < 0 || lead < kinds.indexOf('place'));
    if (!out.company && lead >= 0 && beforePlace && kinds[lead] === 'company' && parts.length >= 2)
      out.company = parts[lead]!;
    if (!out.company && lone && i === 1 && kinds[0] !== 'company') out.company = lone;
    for (let j = 0; j < parts.length; j++) {
      const modeIn = kinds[j] === 'place' ? parts[j]!.match(MODE_IN) : null;
      if (modeIn) out.workMode ??= workModeFromText(modeIn[1]!);
      const place = modeIn ? modeIn[2]! : parts[j]!;
      if (kinds[j] === 'place' && out.places.length < 10) out.places.push(townOf(place) ?? place);
      if (kinds[j] === 'date' && !out.datePosted && now) out.datePosted = parseRelativeDate(parts[j]!, now);
      // ("14 November 2026 · Bristol · Permanent": a written date on the header line is the day it was posted.)
      if (kinds[j] === 'other' && !out.datePosted && writtenDate(parts[j]!)) out.datePosted = parseDate(parts[j]!);
    }
    if (out.places.length || out.company) break;
  }
  return { ...out, ...closingOf(lines, lineParts) };
}

/**
 * A part that is a date written with its month's name ("14 November 2026"), not a closing date, nor a date another
 * label names ("Début : 5 janvier 2027" is the start).
 */
function writtenDate(part: string): boolean {
  const label = /^([^:：\d]{2,30}?)\s?[:：]/.exec(part)?.[1];
  if (label && labelField(label) !== 'datePosted') return false;
  return part.length <= 40 && /\p{L}{3}/u.test(part) && !!parseDate(part) && !readClosingDate(part);
}

/** "Posted on November 20, 2026 · Apply before December 15, 2026": a closing date among the header's parts. */
function closingOf(lines: readonly string[], lineParts: readonly string[][]): { validThrough?: string } {
  for (const [i, line] of lines.slice(0, 6).entries()) {
    const parts = line.length > 300 ? [] : headerParts(line, lineParts[i] ?? []);
    const closing = parts.map((part) => (part.length <= 80 ? readClosingDate(part) : null)).find(Boolean);
    if (closing) return { validThrough: closing };
  }
  return {};
}
