/** A street's name before the town ("Shop Street, Galway"), read in header lines only (not in the capture script). */
import { clean } from '../dom';
import { PLACE_WORD } from './places';

/** A street's name: "Shop Street", "Rue de la Paix", "Hauptstraße 4", "Vestergade", "Calle Mayor 12". */
const STREET =
  /^(?:\d{1,5}[a-z]?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|quay|row|terrace|boulevard|blvd|square|sq)\.?(?:\s+\d{1,5}[a-z]?)?$|^(?:\d{1,5}\s+)?(?:rue|calle|avenida|paseo|plaza|carrer|via|viale|piazza|corso|rua|travessa|ulica|ul\.|aleja)\s.{2,40}$|^\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|gade|vej|gatan|vägen|veien|gata|katu|tie|straat|laan|gracht|plein|kade)(?:\s+\d{1,5}[a-z]?)?$/iu;

/**
 * "Shop Street, Galway", "Hauptstraße 4, Leipzig": the town after a street's name, or null. A full address with
 * its house number first ("4200 Bear Creek Rd, Lakewood, CO") is not read here.
 */
export function townAfterStreet(input: string): string | null {
  const parts = clean(input).split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3 || /^\d/.test(parts[0]!) || !STREET.test(parts[0]!)) return null;
  const town = parts.slice(1);
  const shaped = town.every((p) => p.split(/\s+/).length <= 4 && p.split(/\s+/).every((w) => PLACE_WORD.test(w)));
  return shaped && !STREET.test(town[town.length - 1]!) ? town.join(', ') : null;
}
