/**
 * A labelled location that is a whole address or carries a vacancy count, reduced to the town a person
 * reads as the job's place (issue 10): "Kansas City, MO 2 vacancies" → "Kansas City, MO", "Elm Park Health Centre Ludlow SY8 1AB" → "Ludlow".
 */
import { clean } from '../dom';

/** "2 vacancies", "3 Stellen", "1 poste" after the place (a board's count of openings). */
const OPENINGS_COUNT =
  /\s*[·,(-]?\s*\d{1,3}\s+(?:vacanc(?:y|ies)|positions?|openings?|posts?|stellen|postes?|plazas?|vagas?|posti)\)?$/i;
const UK_POSTCODE = /\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$/;
/** The words that end a building's or site's name ("… Health Centre", "… Hospital", "… House"). */
const BUILDING_WORD =
  /\b(?:centre|center|hospital|clinic|surgery|house|building|campus|park|office|offices|school|college|depot|works|mill|court|hall|lodge)\s+/gi;
const TOWN = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u;

export function townOfAddress(value: string): string {
  let text = clean(value).replace(OPENINGS_COUNT, '').trim();
  // A comma-separated address ("Engvej 7, 4400 Kalundborg") is kept as the page shows it.
  if (!text.includes(',') && UK_POSTCODE.test(text)) {
    text = text.replace(UK_POSTCODE, '');
    // "Elm Park Health Centre Ludlow": the town follows the building's name.
    let end = -1;
    for (const m of text.matchAll(BUILDING_WORD)) end = m.index + m[0].length;
    const town = end > 0 ? text.slice(end) : '';
    if (TOWN.test(town)) return town;
  }
  return text;
}
