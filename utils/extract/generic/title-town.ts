/**
 * A town the page's title names beside the role and the employer ("Sales Assistant - Harrow & Pine - Oakhurst"),
 * that the place list does not know: taken only when the page writes it again as a part of its address ("8 Church
 * Street, Oakhurst"), says the work is "in Oakhurst" (issue 10), or shows it alone beside the job's heading (a
 * board's "📍 Oakhurst" line). Reader side (finishing steps).
 */
import { clean } from '../dom';
import { nameKey } from './company-name';
import { GENERIC_PART } from './title-patterns';

const SEGMENT = /\s+[|–—-]\s+|\s*[|·•]\s*/;
/** One to three capitalised words: the shape of a town's name. */
const TOWN = /^\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+){0,2}$/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The title segment that is neither the role nor the employer nor the site (`known`) and that `address` (the page's
 * address blocks) gives as a part of its own, `text` (the description) as "in Town", or `header` (the lines beside
 * the job's heading) as a line of its own; null when none.
 */
export function titleTownShown(
  titles: ReadonlyArray<string | null | undefined>,
  known: ReadonlyArray<string | null | undefined>,
  address: string,
  text: string,
  header = '',
): string | null {
  const keys = known.map((k) => (k ? nameKey(k) : '')).filter(Boolean);
  for (const title of titles) {
    const segments = clean(title ?? '').split(SEGMENT);
    if (segments.length < 2) continue;
    for (const segment of segments) {
      if (!TOWN.test(segment)) continue;
      const key = nameKey(segment);
      if (!key || keys.some((k) => k.includes(key) || key.includes(k))) continue;
      const name = escape(segment);
      // An address part: between separators or line ends, a postcode may follow ("Oakhurst GL20 5PA").
      const part = new RegExp(
        String.raw`(?:^|[\n,·|;]|\d\s)\s*${name}(?:\s+[A-Z\d][A-Z\d -]{2,8})?\s*(?:$|[\n,·|;])`,
        'mu',
      );
      const said = new RegExp(String.raw`\b(?:in|at)\s+${name}\b`, 'u');
      // (An address line holds a number, street or postcode: a footer's "About · Careers" menu is no address.)
      const inAddress = address.split('\n').some((line) => /\d/.test(line) && part.test(line));
      const alone = new RegExp(String.raw`^\s*${name}\s*$`, 'mu');
      // ("Careers", "Karriere": a page's name the menu repeats is no town.)
      if (inAddress || said.test(text) || (alone.test(header) && !GENERIC_PART.test(segment))) return segment;
    }
  }
  return null;
}
