/**
 * A labelled location that is a whole address or carries a vacancy count, reduced to the town a person
 * reads as the job's place (issue 10): "Kansas City, MO 2 vacancies" → "Kansas City, MO", "Elm Park Health Centre Ludlow SY8 1AB" → "Ludlow",
 * "Riverside Hospital Newtown Road Worcester WR5 1JG" → "Worcester".
 */
import { all, clean, visibleText } from '../dom';

/** "2 vacancies", "3 Stellen", "1 poste" after the place (a board's count of openings). */
const OPENINGS_COUNT =
  /\s*[·,(-]?\s*\d{1,3}\s+(?:vacanc(?:y|ies)|positions?|openings?|posts?|stellen|postes?|plazas?|vagas?|posti)\)?$/i;
const UK_POSTCODE = /\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$/;
/** The words that end a building's or site's name ("… Health Centre", "… Hospital", "… House"). */
const BUILDING_WORD =
  /\b(?:centre|center|hospital|clinic|surgery|house|building|campus|park|office|offices|school|college|depot|works|mill|court|hall|lodge)\s+/gi;
const TOWN = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u;
/** "Newtown Road ", "12 Market Street ": the street after the building, before the town. */
const STREET_BEFORE_TOWN =
  /^(?:\d+[a-z]?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,3}?(?:Road|Street|Lane|Avenue|Way|Drive|Close|Crescent|Terrace|Rd|Ave)\.?,?\s+/u;

export function townOfAddress(value: string): string {
  let text = clean(value).replace(OPENINGS_COUNT, '').trim();
  // A comma-separated address ("Engvej 7, 4400 Kalundborg") is kept as the page shows it.
  if (!text.includes(',') && UK_POSTCODE.test(text)) {
    text = text.replace(UK_POSTCODE, '');
    // "Elm Park Health Centre Ludlow": the town follows the building's name (and its street, "… Newtown Road Worcester").
    let end = -1;
    for (const m of text.matchAll(BUILDING_WORD)) end = m.index + m[0].length;
    const town = end > 0 ? text.slice(end).replace(STREET_BEFORE_TOWN, '') : '';
    if (TOWN.test(town)) return town;
  }
  return text;
}

/**
 * "7100 Vejle", "D-80331 München", "62-800 Kalisz", "721 88 Västerås", "8281 KM Genemuiden": a postcode and its town,
 * as its own part of an address.
 */
const POSTCODE_TOWN =
  /^(?:\d{4}\s[A-Z]{2}|(?:[A-Z]{1,2}-)?\d{4,5}|\d{2}-\d{3}|\d{3}\s\d{2})\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})$/u;
/** "Geelong VIC 3220": an Australian town, state and postcode. */
const TOWN_STATE_POSTCODE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s+(?:VIC|NSW|QLD|SA|WA|TAS|ACT|NT)\s+\d{4}$/u;
/** "Springfield, IL 62701": a US town, its state and ZIP code (group 1 the town, 2 the state). */
const TOWN_STATE_ZIP = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}),?\s+([A-Z]{2})\s+\d{5}(?:-\d{4})?$/u;
const STATE_ZIP = /^[A-Z]{2}\s+\d{5}(?:-\d{4})?$/;
/** "Tewkesbury GL20 5PA": a British town and its postcode, as one part of an address. */
const TOWN_UK_POSTCODE = /^(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$/u;
/** A postcode as its own part after the town ("Tewkesbury · GL20 5PA", "Waldkirch, 79183"). */
const POSTCODE_ALONE = /^(?:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|(?:[A-Z]{1,2}-)?\d{4,5})$/;
const COPYRIGHT = /©|\(c\)|copyright/i;
const STREET_PART =
  /\d|\b(?:street|st|road|rd|lane|avenue|ave|rue|via|viale|corso|alzaia|calle|rua)\b|(?:vej|gade|straße|strasse|weg|gasse|straat|laan|gata|gatan|veien|katu|tie)\b/iu;

/**
 * The town of a postal address in the page ("Fabriksvej 9 · 7100 Vejle", "12 rue de la Paix\n75002
 * Paris", "62 Ocean Street, Geelong VIC 3220", "412 Main Street, Springfield, IL 62701"): the part after a street with its number. Read only when
 * nothing else states where the job is; a "© 2026 Name" line is not an address (no street before it).
 */
export function townInAddress(text: string): string | null {
  for (const line of text.slice(0, 20_000).split('\n')) {
    if (!/\d/.test(line)) continue;
    const parts = line.split(/\s*[,·|;]\s*|\s+[–—-]\s+/).map((p) => p.trim());
    for (let i = 0; i < parts.length; i++) {
      // "412 Main Street, Springfield, IL 62701": the town is the part before the state and ZIP code.
      const street = i >= 2 ? parts[i - 2]! : '';
      if (STATE_ZIP.test(parts[i]!) && TOWN.test(parts[i - 1]!) && STREET_PART.test(street) && !COPYRIGHT.test(street))
        return `${parts[i - 1]}, ${parts[i]!.slice(0, 2)}`;
      // "8 Church Street · Tewkesbury · GL20 5PA": the town between its street and its postcode.
      const alone = POSTCODE_ALONE.test(parts[i + 1] ?? '') && TOWN.test(parts[i]!) ? [parts[i]!, parts[i]!] : null;
      const town =
        parts[i]!.match(POSTCODE_TOWN) ??
        parts[i]!.match(TOWN_STATE_POSTCODE) ??
        parts[i]!.match(TOWN_UK_POSTCODE) ??
        alone;
      if (!town) continue;
      const before = i > 0 ? parts[i - 1]! : '';
      if (before && STREET_PART.test(before) && !COPYRIGHT.test(before)) return town[1]!;
    }
  }
  // "12 rue de la Croix-d'Or" on one line, "73000 Chambéry" on the next.
  const lines = text.slice(0, 20_000).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // "8 Church Street", "Tewkesbury", "GL20 5PA": a town on its own line between street and postcode.
    const alone = TOWN.test(line) && POSTCODE_ALONE.test(lines[i + 1]?.trim() ?? '') ? [line, line] : null;
    const town = line.match(POSTCODE_TOWN) ?? line.match(TOWN_UK_POSTCODE) ?? alone;
    const us = town ? null : line.match(TOWN_STATE_ZIP);
    if ((town || us) && STREET_PART.test(lines[i - 1]!) && lines[i - 1]!.length < 80)
      return town ? town[1]! : `${us![1]}, ${us![2]}`;
  }
  return null;
}

/** The page's address blocks (footer, `<address>`, contact boxes), one line per block. */
export function addressText(document: Document): string {
  return all(document, 'address, footer, [class*="footer" i], [class*="contact" i]', 12)
    .map((el) => visibleText(el, 2000, true))
    .join('\n');
}
