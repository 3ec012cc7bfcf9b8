/**
 * A place with facts glued after it (issue 10): "Leeds, UK - Hybrid", "Berlin, Vollzeit", "Oslo – Full-time · £40k"
 * → the place. Only a trailing part set off by a separator goes; "London (Hybrid)" is the place as the page shows it.
 */
import { clean } from '../dom';
import { isWorkModeOnly } from '../normalize';
import { isEmploymentOnly } from './job-terms';

/** The separators a place's glued facts follow: a spaced dash or bar, a middle dot, a comma. */
const SEPARATOR = /\s+[-–—|]\s+|\s*[·•]\s*|\s*,\s*/;
/** Pay shown after the place ("£40,000", "45k €", "$30/hr"). */
const PAY = /^(?:[$€£¥]\s?\d|\d[\d.,\s]*(?:k\b|\s?[$€£¥]))/i;

/** Pay alone ("€2,900/month") read as a place from a line that also lists it: never a place. */
export function isPayOnly(text: string): boolean {
  return PAY.test(clean(text));
}

/** Whether one part is a fact about the job (how it is held or worked, its pay), never a place. */
function isGluedFact(part: string): boolean {
  return !!part && (isEmploymentOnly(part) || isWorkModeOnly(part) || isPayOnly(part));
}

/** The place without the facts glued after it; the value itself when no such fact ends it, or nothing else is left. */
export function withoutGluedFacts(place: string): string {
  let text = clean(place);
  for (let guard = 0; guard < 4; guard++) {
    const parts = text.split(SEPARATOR);
    if (parts.length < 2 || !isGluedFact(parts[parts.length - 1]!)) break;
    // The separator before the last part: cut there.
    const cut = text.lastIndexOf(parts[parts.length - 1]!);
    const head = text.slice(0, cut).replace(/[\s,·•|–—-]+$/, '');
    if (!head || isWorkModeOnly(head) || isEmploymentOnly(head)) break;
    text = head;
  }
  return text;
}
