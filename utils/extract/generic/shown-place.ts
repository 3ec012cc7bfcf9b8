/**
 * Structured data's place with a street or a department joined to the town ("14 Harbour Row, Bristol, GB",
 * "Finance - Bristol") while the page's title and the lines under its heading show the town alone: the town as the
 * page shows it (issue 10). Reader side (finishing steps).
 */
import { clean } from '../dom';
import { DEPARTMENT_WORDS } from '../data/vocabulary';
import { isPlace } from './places';

const PART = /\s*,\s*|\s+[-–—|·•]\s+/;
/** A shown line's segments: "Data Analyst - Bristol | Quillmoor Foods" → the role, the town, the employer. */
const SEGMENT = /\s+[-–—|·•]\s+|\s*[|·•]\s*/;
/** "14 Harbour Row", "Rue Neuve 3", "75002", "BS1 5TT": a street with its number, or a postcode. */
const STREET_OR_POSTCODE = /\d.*\p{L}{3,}|\p{L}{3,}.*\d|\d{4,}|^[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$/u;
/** "GB", "DEU": the country code structured data appends. */
const COUNTRY_CODE = /^[A-Z]{2,3}$/;
const key = (text: string) => clean(text).toLowerCase();

/** Whether a dropped part is a street, a postcode or a department: never a place the page left out. */
function notPlacePart(part: string): boolean {
  // (A number alone is no street: "44 - Ancenis" gives the département.)
  return STREET_OR_POSTCODE.test(part) || (DEPARTMENT_WORDS.test(part) && !isPlace(part));
}

/** The part of `place` a shown line gives as a whole segment, when all else it drops is a street or a department. */
export function shownPartOfPlace(place: string, shown: readonly string[]): string | null {
  const parts = clean(place).split(PART).filter(Boolean);
  if (parts.length < 2) return null;
  const keys = parts.map(key);
  for (const line of shown) {
    for (const segment of clean(line).split(SEGMENT)) {
      const run = segment.split(/\s*,\s*/).map(key);
      if (!run[0] || run.length >= parts.length) continue;
      for (let i = 0; i + run.length <= parts.length; i++) {
        if (!run.every((p, j) => p === keys[i + j])) continue;
        const dropped = parts.filter((_, j) => j < i || j >= i + run.length);
        if (dropped.some(notPlacePart) && dropped.every((p) => notPlacePart(p) || isPlace(p) || COUNTRY_CODE.test(p)))
          return clean(segment);
      }
    }
  }
  return null;
}
