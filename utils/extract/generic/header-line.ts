/**
 * The line under the title: "Snap Inc. · Los Angeles, CA · 1 week ago · Over 200 applicants".
 * Split into parts (separators, or the line's own text pieces) and tell apart the company, a place,
 * a relative date and an applicant count; employment type, work mode and money are left to others.
 */
import { DEPARTMENT_WORDS } from '../data/vocabulary';
import { clean } from '../dom';
import { normalizeEmploymentType, parseRelativeDate, workModeFromText } from '../normalize';
import { salaryFromLine } from '../../money/find';
import { labelField } from './page-scan';
import { isPlace } from './places';

export interface HeaderLineResult {
  company: string | null;
  places: string[];
  /** A relative date part ("1 week ago"), resolved against `now` when given. */
  datePosted: string | null;
}

const APPLICANTS =
  /\b(applicants?|applications?|bewerber(innen)?|bewerbungen|candidat(e|ure)s?|solicitudes|sollicitanten|ansøgere|sökande|clicked apply|people clicked)\b/i;
const RELATIVE =
  /\b(ago|vor \d|il y a|hace|siden|geleden|sedan|today|yesterday|just (now|posted)|reposted|posted|heute|gestern|aujourd'hui|hier)\b/i;
const SEPARATOR = /\s+[·•|]\s+|\s*[·•]\s*/;

type Kind = 'company' | 'place' | 'date' | 'other';

export function classifyPart(part: string): Kind {
  const text = clean(part);
  if (!text || text.length > 80) return 'other';
  if (APPLICANTS.test(text)) return 'other';
  // A label ("Lieu de travail :") is not a value.
  if (/[:：]$/.test(text) || labelField(text)) return 'other';
  if (RELATIVE.test(text)) return 'date';
  if (salaryFromLine(text)) return 'other';
  if (isPlace(text)) return 'place';
  if (normalizeEmploymentType(text, true) && text.length < 30) return 'other';
  if (workModeFromText(text) && text.length < 25) return 'other';
  if (DEPARTMENT_WORDS.test(text)) return 'other';
  if (!/^[\p{Lu}\d"“(]/u.test(text) || text.split(/\s+/).length > 6 || /[.!?]\s/.test(text)) return 'other';
  return 'company';
}

/** Parts of one header line: split on · • |, else the line's text pieces when it has several. */
export function headerParts(line: string, pieces: readonly string[] = []): string[] {
  if (SEPARATOR.test(line)) return line.split(SEPARATOR).map(clean).filter(Boolean);
  const own = pieces.map(clean).filter((p) => p && !/^[·•|,-]$/.test(p));
  return own.length > 1 ? own : [clean(line)];
}

/**
 * Reads the first header lines after the title. A company is taken only from a line that also
 * holds a place or a relative date (that is what makes it the header line), and only as its first part.
 */
export function readHeaderLine(
  lines: readonly string[],
  lineParts: readonly string[][],
  now?: Date | null,
): HeaderLineResult {
  const out: HeaderLineResult = { company: null, places: [], datePosted: null };
  // Only the lines right under the title: further down are lists ("Design · Vienna" for other jobs).
  const candidates = lines
    .slice(0, 3)
    .map((line, i) => (line.length > 300 ? [] : headerParts(line, lineParts[i] ?? [])));
  // A header written one fact per line ("Company", "Zaragoza", "On-site", "Posted 5d ago"): one line of parts.
  const stacked = lines.slice(0, 5).filter((line) => line.length <= 40 && !SEPARATOR.test(line));
  if (stacked.length >= 3 && stacked.length === Math.min(lines.length, 5)) candidates.unshift(stacked);
  for (const parts of candidates) {
    if (parts.length < 2 && !isPlace(parts[0] ?? '')) continue;
    const kinds = parts.map(classifyPart);
    const header = kinds.includes('place') || kinds.includes('date');
    if (!header) continue;
    // "Company · Zaragoza · 5 days ago": a name right after the company, before the date, is the place.
    const date = kinds.indexOf('date');
    if (
      kinds[0] === 'company' &&
      kinds[1] === 'company' &&
      !kinds.includes('place') &&
      date > 1 &&
      /^[\p{Lu}][\p{L}\s'’-]{1,40}$/u.test(parts[1]!)
    )
      kinds[1] = 'place';
    if (!out.company && kinds[0] === 'company' && parts.length >= 2) out.company = parts[0]!;
    for (let j = 0; j < parts.length; j++) {
      if (kinds[j] === 'place' && out.places.length < 10) out.places.push(parts[j]!);
      if (kinds[j] === 'date' && !out.datePosted && now) out.datePosted = parseRelativeDate(parts[j]!, now);
    }
    if (out.places.length || out.company) break;
  }
  return out;
}
