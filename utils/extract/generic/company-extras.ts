/**
 * Words that come with an employer's name on a page but are not part of it: the logo's alt text ("Acme logo"), a
 * follow button, a star rating or review count, a head count, a "View all jobs" link, a tagline after a dash, a place
 * after "in". A wrong company is worse than none, so each cut needs the rest to be plainly one of these.
 * (Reader-side only: the capture script does not bundle it.)
 */
import { clean } from '../dom';
import { isPlace } from './places';

/** Trailing controls and counts: "Follow", "+ Follow", "View all jobs", "12 jobs", "4.1 (230 reviews)", "51-200 employees". */
const TRAILING =
  /(?:\s+[·•|–—-])?\s+(?:\+?\s*(?:follow|folgen|suivre|seguir|volgen)|(?:view|see|show) (?:all )?(?:\d+ )?(?:open )?(?:jobs|roles|openings|positions)|\d+ (?:open )?(?:jobs|openings|positions)|[1-5][.,]\d\s*(?:★|stars?|\/\s*5)?(?:\s*\(?[\d.,]+k?\s*(?:reviews?|ratings?|bewertungen|avis)?\)?)?|\(?[\d.,]+k?\s*(?:reviews?|ratings?|bewertungen|avis)\)?|[\d.,]+\+?(?:\s*[-–]\s*[\d.,]+)?\s*(?:employees|mitarbeiter(?:innen)?|salariés|empleados|werknemers|medarbetare)|[\d.,]+k?\s*followers)$/i;
/** "Acme logo", "Logo Acme", "Acme logo Acme" (the alt text, then the name). */
const LOGO = /^(?:logo(?: of| de| von)?\s+)?(.{2,80}?)\s+logo(?:\s+\1)?$|^logo(?: of| de| von)?\s+(.{2,80})$/i;

/** The name without the controls, counts and logo words written after it; the text itself when none. */
export function withoutNameExtras(text: string): string {
  let name = clean(text);
  for (let i = 0; i < 3; i++) {
    const cut = name.replace(TRAILING, '').trim();
    const logo = cut.match(LOGO);
    const next = logo ? clean(logo[1] ?? logo[2] ?? '') : cut;
    if (next === name || next.length < 2) break;
    name = next;
  }
  return name;
}

/**
 * "Acme — Freight software for small carriers since 1987": a short name, a dash, then a tagline of mostly lower-case
 * words. Not "Smith & Jones – Solicitors" (one word) or "Acme – Berlin" (a place).
 */
export function withoutTagline(text: string): string {
  const m = clean(text).match(/^(\p{Lu}[^–—|]{1,50}?)\s+[–—-]\s+(\p{L}[\p{L}\d\s,.'’&-]{10,120})$/u);
  if (!m) return clean(text);
  const [head, tail] = [m[1]!, m[2]!];
  const words = tail.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return head.split(/\s+/).length <= 5 && words.length >= 3 && lower >= words.length / 2 && !isPlace(tail)
    ? head
    : clean(text);
}

/**
 * "Attio in London [Remote], UK", "Pellworth Labs in Berlin, Germany": an employer read from "Role at Company in
 * Place", the place cut off. Only when what follows "in" is a place we know (or "Remote").
 */
export function withoutPlaceAfterIn(company: string): string {
  // (English "in" only: "Banque Internationale à Luxembourg" is a name.)
  const m = company.match(/^(.{2,80}?)\s+in\s+(\p{Lu}.{1,80})$/u);
  if (!m) return company;
  const place = m[2]!;
  const bare = clean(place.replace(/\[[^\]]*\]|\([^)]*\)/g, ' '));
  const town = clean(bare.split(',')[0] ?? '');
  const known = isPlace(place) || isPlace(bare) || (!!town && isPlace(town)) || /^remote\b/i.test(place);
  return known ? clean(m[1]!) : company;
}
