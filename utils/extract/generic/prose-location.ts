/**
 * A location stated in prose, when nothing else gives one: "work from our Vienna office",
 * "based in Berlin", "on-site in Santa Monica, California". Only names the place list or a
 * "City, Region" shape accepts.
 */
import { clean } from '../dom';
import { isPlace } from './places';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]+(?:\s(?:am|an|de|del|la|le|upon)?\s?\p{Lu}[\p{L}\p{M}.'’-]+){0,2}`;
const PLACE = String.raw`(${NAME}(?:,\s${NAME}){0,2})`;
// Built on first use: their Unicode classes take milliseconds to compile on every click, and most
// pages state their place elsewhere (the reader's script is evaluated even when this never runs).
let patterns: readonly RegExp[] | null = null;
const prosePatterns = (): readonly RegExp[] =>
  (patterns ??= [
    new RegExp(
      String.raw`\b(?:from|in|at|to|out of)\s+our\s+(${NAME})\s+(?:office|offices|headquarters|hq|studio|hub|site|campus|team|plant|warehouse|store|bakery|location)\b`,
      'u',
    ),
    new RegExp(String.raw`\b(?:based|located|situated)\s+(?:in|out of|at)\s+${PLACE}`, 'u'),
    new RegExp(String.raw`\bon[-\s]?site\s+(?:in|at)\s+${PLACE}`, 'u'),
    new RegExp(String.raw`\b(?:office|offices|headquarters|hq)\s+in\s+${PLACE}`, 'u'),
    new RegExp(String.raw`\b(?:Standort|Arbeitsort)\s+(?:ist\s+)?${PLACE}`, 'u'),
    new RegExp(String.raw`\b(?:basé|basée|situé|située)\s+à\s+${PLACE}`, 'u'),
  ]);

/** The first place the text states as where the job is, or null. Reads the first 6,000 characters. */
export function locationFromProse(text: string): string | null {
  if (!text) return null;
  const head = text.slice(0, 6000);
  for (const re of prosePatterns()) {
    const m = head.match(re);
    if (!m || !m[1]) continue;
    let place = clean(m[1]).replace(/[.,;:]+$/, '');
    // Keep only leading parts that read as places ("Santa Monica, California", not ", Inc").
    const parts = place.split(/,\s*/);
    while (parts.length > 1 && !isPlace(parts.join(', '))) parts.pop();
    place = parts.join(', ');
    if (isPlace(place) || isPlace(parts[0]!)) return place;
  }
  return null;
}
