/**
 * A street's name before the town ("Shop Street, Galway"), a town's centre ("Annecy centre") and an employer's
 * address ("Larkspur Bakery, 14 Mill Lane, Millbrook"), read in header lines only (not in the capture script).
 */
import { foldCase } from '../../text/text-test';
import { clean } from '../dom';
import { PLACE_WORD } from './places';

/** A street's name: "Shop Street", "Rue de la Paix", "Hauptstraße 4", "Vestergade", "Calle Mayor 12". */
const STREET =
  /^(?:\d{1,5}[a-z]?\s+)?(?:\p{L}[\p{L}.'’-]*\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|quay|row|terrace|boulevard|blvd|square|sq|place|pl)\.?(?:\s+\d{1,5}[a-z]?)?$|^(?:\d{1,5}\s+)?(?:rue|place|calle|avenida|paseo|plaza|carrer|via|viale|piazza|corso|rua|travessa|ulica|ul\.|aleja)\s.{2,40}$|^\p{L}[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|gade|vej|gatan|vägen|veien|gata|katu|tie|straat|laan|gracht|plein|kade)(?:\s+\d{1,5}[a-z]?)?$/u;

/** Lower case and no `i` flag: each click compiles these afresh in the page, several times faster so. */
const isStreet = (text: string) => STREET.test(foldCase(text));

/**
 * "Shop Street, Galway", "Hauptstraße 4, Leipzig": the town after a street's name, or null. A full address with
 * its house number first ("4200 Bear Creek Rd, Lakewood, CO") is not read here.
 */
export function townAfterStreet(input: string): string | null {
  const parts = clean(input).split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3 || /^\d/.test(parts[0]!) || !isStreet(parts[0]!)) return null;
  const town = parts.slice(1);
  const shaped = town.every((p) => p.split(/\s+/).length <= 4 && p.split(/\s+/).every((w) => PLACE_WORD.test(w)));
  return shaped && !isStreet(town[town.length - 1]!) ? town.join(', ') : null;
}

/** "Annecy centre", "Tübingen Zentrum", "Leeds City Centre": the town, without the word for its centre. */
const CENTRE =
  /^(\p{L}[\p{L}'’ -]{1,40}?)\s+(?:city centre|town centre|centre-ville|centre|center|zentrum|innenstadt|centro|centrum|sentrum)$/u;

/** The town a header part names beside a street or as the town's centre, or null. */
export function townOf(input: string): string | null {
  const street = townAfterStreet(input);
  if (street) return street;
  const text = clean(input);
  // (The town is read from the folded text by its length: folding keeps every index.)
  const town = foldCase(text).match(CENTRE)?.[1];
  return town ? text.slice(0, town.length) : null;
}

/**
 * "Larkspur Bakery, 14 Mill Lane, Millbrook": a name, its street with the house number, then the town. The
 * name before an address is the employer (a notice's or a small firm's own line under the title).
 */
export function nameAndAddress(input: string): { name: string; town: string } | null {
  const parts = clean(input).split(/\s*,\s*/);
  const at = parts.findIndex((p, i) => i > 0 && /^\d/.test(p) && isStreet(p));
  const town = parts[at + 1];
  const name = parts.slice(0, at).join(', ');
  if (at < 1 || !town || !/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 6) return null;
  return town.split(/\s+/).length <= 3 && town.split(/\s+/).every((w) => PLACE_WORD.test(w)) ? { name, town } : null;
}

const POSTCODE_TOWN = /^(?:[A-Z]{1,2}-)?\d{4}(?:-\d{3})?\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u;
const NUMBERED_STREET = /\p{L}{3,}.*\s\d{1,4}[a-z]?$/u;

/**
 * "Casa do Cais – Boutique Hotel, Cais da Estiva 22, 4050-080 Porto" (or "Larkspur Bakery, 14 Mill Lane,
 * Millbrook") on one of the ad's last lines: the employer, written before its street and town. On a job board this is often the only place the
 * ad names its employer.
 */
export function employerBeforeAddress(text: string): string | null {
  const lines = text.split('\n').map(clean).filter(Boolean).slice(-6);
  for (const line of lines.reverse()) {
    if (line.length > 160 || /©|\(c\)|copyright|@|https?:/i.test(line)) continue;
    const named = nameAndAddress(line)?.name;
    if (named) return named;
    const parts = line.split(/\s*[,·|]\s*/);
    if (parts.length < 3) continue;
    const town = parts.findIndex((p) => POSTCODE_TOWN.test(p));
    if (town < 2 || !NUMBERED_STREET.test(parts[town - 1]!)) continue;
    const name = clean(parts.slice(0, town - 1).join(', '));
    const words = name.split(/\s+/);
    if (/^\p{Lu}/u.test(name) && !/\d/.test(name) && words.length <= 8 && name.replace(/[^\p{L}]/gu, '').length >= 3)
      return name;
  }
  return null;
}
