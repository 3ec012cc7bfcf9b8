/**
 * A place with facts glued after it (issue 10): "Leeds, UK - Hybrid", "Berlin, Vollzeit", "Oslo – Full-time · £40k"
 * → the place. Only a trailing part set off by a separator goes; "London (Hybrid)" is the place as the page shows it.
 */
import { clean } from '../dom';
import { isWorkModeOnly } from '../normalize';
import { isEmploymentOnly } from './job-terms';
import { isPlace } from './places';
import { nameKey } from './company-name';

/** The separators a place's glued facts follow: a spaced dash or bar, a middle dot, a comma. */
const SEPARATOR = /\s+[-–—|]\s+|\s*[·•]\s*|\s*,\s*/;
/** Pay shown after the place ("£40,000", "45k €", "$30/hr"). */
const PAY = /^(?:[$€£¥]\s?\d|\d[\d.,\s]*(?:k\b|\s?[$€£¥]))/i;

/** Pay alone ("€2,900/month") read as a place from a line that also lists it: never a place. */
export function isPayOnly(text: string): boolean {
  return PAY.test(clean(text));
}

/** Whether one part is a fact about the job (how it is held or worked, its pay), never a place. */
function isGluedFact(part: string): boolean {
  return !!part && (isEmploymentOnly(part) || isWorkModeOnly(part) || isPayOnly(part));
}

/** A place's label read with it from a line of facts: "Standort Reutlingen", "Lieu : Nantes", "Sede Bilbao". */
const PLACE_LABEL =
  /^(?:Standort|Arbeitsort|Einsatzort|Dienstort|Location|Lieu(?: de travail)?|Ubicación|Locatie|Standplaats|Werklocatie|Sede|Arbetsort|Arbejdssted|Lokalizacja|Miejsce pracy)\s*[:：]?\s+(?=\p{Lu})/u;

/** The place without the facts glued after it; the value itself when no such fact ends it, or nothing else is left. */
export function withoutGluedFacts(place: string): string {
  let text = clean(place).replace(PLACE_LABEL, '');
  for (let guard = 0; guard < 4; guard++) {
    const parts = text.split(SEPARATOR);
    if (parts.length < 2 || !isGluedFact(parts[parts.length - 1]!)) break;
    // The separator before the last part: cut there.
    const cut = text.lastIndexOf(parts[parts.length - 1]!);
    const head = text.slice(0, cut).replace(/[\s,·•|–—-]+$/, '');
    if (!head || isWorkModeOnly(head) || isEmploymentOnly(head)) break;
    text = head;
  }
  return text;
}

/** "Hexham, Northumberland": a town and its region, each one to three capitalised words. */
const TOWN_REGION =
  /^\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+){0,2},\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}$/u;
/** "Baena (Córdoba)": a town with its province in brackets. */
const TOWN_PAREN_REGION =
  /^\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+){0,2}\s\(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}\)$/u;
/** A line's parts: "Hexham, Northumberland · Full-time · £31,000 a year". */
const LINE_PART = /\s+[·•|]\s+|\s+[–—]\s+/;

/**
 * The place in a line of facts under the heading ("Part-time · Maidstone, Kent · £13.50 per hour"): the one part
 * that reads as a place ("Town, Region", "Town (Province)" or a known place) beside at least one fact about the job;
 * null otherwise.
 * `names` (the role, the employer) are never the place.
 */
export function placeAmongFacts(line: string, names: ReadonlyArray<string | null | undefined>): string | null {
  const parts = clean(line).split(LINE_PART).filter(Boolean);
  if (parts.length < 2 || parts.length > 6 || !parts.some(isGluedFact)) return null;
  const keys = names.filter(Boolean).map((n) => clean(n!).toLowerCase());
  const places = parts.filter(
    (p) =>
      !isGluedFact(p) &&
      !keys.some((k) => p.toLowerCase().includes(k)) &&
      (TOWN_REGION.test(p) || TOWN_PAREN_REGION.test(p) || isPlace(p)),
  );
  return places.length === 1 ? places[0]! : null;
}

/** "Klitmøller Rederi A/S, Hanstholm" beside the employer "Klitmøller Rederi A/S": the place without the employer. */
export function withoutEmployerPart(place: string, company: string | null | undefined): string {
  const key = company ? nameKey(company) : '';
  if (!key) return place;
  const comma = place.indexOf(', ');
  if (comma < 0 || nameKey(place.slice(0, comma)) !== key) return place;
  return place.slice(comma + 2).trim() || place;
}
