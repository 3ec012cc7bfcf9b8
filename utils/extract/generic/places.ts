/**
 * Is this short text a place? Known countries, regions and large cities (data/places.ts), "City, ST",
 * "City ST", "Remote (…)", and "City, Region, Country" lists whose parts include a known place.
 */
import { CITIES, COUNTRIES, REGION_CODES, REGIONS } from '../data/places';
import { clean } from '../dom';

let known: Set<string> | null = null;
let codes: Set<string> | null = null;
let countries: Set<string> | null = null;

function sets(): { known: Set<string>; codes: Set<string> } {
  if (!known || !codes) {
    known = new Set([...COUNTRIES.split('|'), ...REGIONS.split('|'), ...CITIES.split('|')]);
    codes = new Set(REGION_CODES.split('|'));
  }
  return { known, codes };
}

const REMOTE =
  /^(remote|fully remote|remote[\s-]first|anywhere|work from home|home[\s-]?office|télétravail|teletrabajo)\b/i;
/** A capitalised word of a place name. */
export const PLACE_WORD = /^[\p{Lu}\d][\p{L}\p{M}.'’&-]*$/u;
const WORD = PLACE_WORD;
const WORK_MODE_LEAD = /^(?:hybrid|on-?site|in[\s-]office|remote)\s*[-–—:|]\s*(.{2,})$/i;
const ALTERNATIVES = /\s*;\s*|\s+(?:or|oder|ou|o|of|eller)\s+/i;
/** A UK postcode at the end, a 4–5 digit postcode at the end or the start. */
const POSTCODE = /\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$|,?\s+\d{4,5}$|^\d{4,5}\s+(?=\p{Lu})/u;

function key(s: string): string {
  return clean(s)
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/** True for a known place name (any case), with a parenthetical ("Lyon (69)") ignored. */
export function isKnownPlace(text: string): boolean {
  const k = key(text);
  return !!k && sets().known.has(k);
}

/** True when `text` reads as a location a header or a fact row would show. */
export function isPlace(input: string): boolean {
  const text = clean(input);
  if (!text || text.length > 120 || /\d{3,}/.test(text.replace(/\b\d{4,5}\b/g, ''))) return false;
  if (REMOTE.test(text)) return true;
  const { known, codes } = sets();
  if (isKnownPlace(text)) return true;
  // "Hybrid - Lisbon", "On-site – Houston, TX": a work mode before the place.
  const afterMode = text.match(WORK_MODE_LEAD);
  if (afterMode && isPlace(afterMode[1]!)) return true;
  // "New York, NY or Remote", "Berlin, Germany; Munich, Germany": every part a place.
  const alternatives = text.split(ALTERNATIVES);
  if (alternatives.length > 1 && alternatives.length <= 4 && alternatives.every((p) => isPlace(p))) return true;
  // "North Sydney NSW 2060", "Leeds LS1 4AP", "75008 Paris": the postcode confirms a place.
  const bare = text.replace(POSTCODE, '').trim();
  if (bare && bare !== text && placeBeforePostcode(bare, text, codes)) return true;
  const parts = text.split(/\s*[,/]\s*/).filter(Boolean);
  if (parts.length > 1 && parts.length <= 4) {
    const last = parts[parts.length - 1]!;
    const shaped = parts.every(
      (p) =>
        p.split(/\s+/).length <= 4 &&
        p.split(/\s+/).every((w) => WORD.test(w) || /^(de|du|des|la|le|am|an|der|del|di|da|upon|on|of)$/i.test(w)),
    );
    if (shaped && (codes.has(last.toLowerCase()) || parts.some((p) => known.has(key(p))))) return true;
  }
  if (isCodedPlace(text)) return true;
  // "Curitiba - PR", "Campinas – SP": a city, a dash and its state's code (Brazilian boards).
  // "Belo Horizonte - MG", and a French département number: "Villeurbanne - 69", "Ajaccio - 2A".
  const dashed = text.match(/^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)\s+[-–]\s+([A-Z]{2}|\d{2}|2[AB])$/u);
  if (dashed && (/\d/.test(dashed[2]!) || codes.has(dashed[2]!.toLowerCase())) && dashed[1]!.split(/\s+/).length <= 4)
    return true;
  // "Brisbane QLD", "Aarhus C": a known city and a region code or district letter.
  const words = text.split(/\s+/);
  if (words.length >= 2 && words.length <= 4) {
    const lastWord = words[words.length - 1]!;
    const head = words.slice(0, -1).join(' ');
    if (known.has(key(head)) && (codes.has(lastWord.toLowerCase()) || /^[A-ZÆØÅ]{1,3}$/.test(lastWord))) return true;
  }
  return false;
}

/** "4200 Bear Creek Rd, Lakewood, CO, 80227, US": a street address (a house number, a street, then more). */
export function isStreetAddress(input: string): boolean {
  const text = clean(input);
  // "311 Main St, …", or the street before its number and a postcode before the town ("Coupure Links 311, 9000 Gent").
  return (
    /^\d{1,6}[a-z]?\s+\p{L}[^,]{2,60},\s*\S/iu.test(text) ||
    /^\p{L}[^,\d]{2,60}\s\d{1,4}[a-z]?,\s*(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+\p{Lu}/u.test(text)
  );
}

/**
 * ATS place codes joined by hyphens: "US-TN-Knoxville", "CA-ON-Toronto" (iCIMS),
 * "United States-Minnesota-Rochester" (Taleo): a country or country code first, then names.
 */
function isCodedPlace(text: string): boolean {
  if (/\s-|-\s/.test(text)) return false;
  const parts = text.split('-');
  if (parts.length < 2 || parts.length > 4) return false;
  const [head, ...rest] = parts;
  countries ??= new Set(COUNTRIES.split('|'));
  // A two-letter code needs a region and a city after it ("HR-Payroll" is a department).
  const country = (/^[A-Z]{2}$/.test(head!) && parts.length >= 3) || countries.has(key(head!));
  return (
    country && rest.every((p) => /^[\p{Lu}\d][\p{L}\p{M}\d .'’]*$/u.test(p)) && /\p{Ll}/u.test(rest[rest.length - 1]!)
  );
}

/**
 * Taleo's "United States-Ohio-Toledo", "Canada-Ontario-Toronto" as a reader writes a place: "Toledo, Ohio, United
 * States", town first. Codes ("US-TN-Knoxville") stay as the page writes them: they spell no name to reorder.
 */
export function namedPlaceInOrder(text: string): string {
  if (!isCodedPlace(text)) return text;
  const parts = text.split('-');
  return /^[A-Z]{2}$/.test(parts[0]!) ? text : parts.reverse().join(', ');
}

function placeBeforePostcode(bare: string, text: string, codes: Set<string>): boolean {
  const words = bare.split(/\s+/);
  const code = words[words.length - 1]!;
  if (isPlace(bare) || (words.length >= 2 && /^[A-Z]{2,3}$/.test(code) && codes.has(code.toLowerCase()))) return true;
  // A UK postcode ("LS1 4AP") is a place's own mark: the capitalised words before it are the town.
  return /\d[A-Z]{2}$/.test(text) && words.length <= 4 && words.every((w) => WORD.test(w));
}
