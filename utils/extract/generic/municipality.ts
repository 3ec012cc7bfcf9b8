/**
 * The town a public employer is named for ("Strandviks kommun" → Strandvik, "Gemeinde Seewil" → Seewil), when the
 * page names no place: only a town the page's text also writes on its own, so a genitive "s" is dropped only when
 * the bare name is written too ("i centrala Strandvik"), and "Borås Stad" stays Borås.
 */
import { MUNICIPALITY } from '../data/places';
import { clean } from '../dom';

const LETTER = /\p{L}/u;

/** Whether `text` writes `name` as a word of its own (no letter right before or after). */
function writes(text: string, name: string): boolean {
  if (name.length < 2) return false;
  for (let at = text.indexOf(name), n = 0; at >= 0 && n < 50; at = text.indexOf(name, at + 1), n++) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + name.length] ?? ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

export function townOfMunicipality(company: string, text: string): string | null {
  const m = clean(company).match(MUNICIPALITY);
  const town = clean(m?.[1] ?? m?.[2] ?? '');
  if (!town) return null;
  const head = text.slice(0, 20_000);
  const bare = town.endsWith('s') ? town.slice(0, -1) : '';
  if (bare && writes(head, bare)) return bare;
  return writes(head, town) ? town : null;
}
