/**
 * A page that says its job no longer takes applications: LinkedIn's "No longer accepting
 * applications", Indeed's "This job has expired on Indeed", SEEK's "This job is no longer advertised",
 * Greenhouse's "The job you are looking for is no longer open" (over the board it redirects to), a
 * company's "Cette offre a été pourvue". A closed posting is still a posting: it is read and can be
 * saved, with this note. Only short notices count (a site's closed marker, alerts, banners, headings),
 * never the description, where an employer may write "no longer accepting applications for 2025".
 */
import { isClosedPhrase } from '../data/closed-phrases';
import { all, classAttr, visibleText } from '../dom';

/** Where notices are: sites' own closed markers, alerts and headings; then elements classed as notices. */
const NOTICES =
  '.closed-job__flavor--closed, .jobs-details-top-card__apply-error, #flash_pending, [role="alert"], [role="status"], h1, h2, h3';
/** One pass over class names (ten `[class*=… i]` selectors cost ten scans of a big page). */
const NOTICE_CLASS = /alert|flash|notice|banner|bandeau|expired|closed|warning/i;

/** The notice's own words ("No longer accepting applications"), or null when the page says no such thing. */
export function closedNotice(document: Document): string | null {
  const classed = all(document, '[class]', 3000).filter((el) => NOTICE_CLASS.test(classAttr(el) ?? ''));
  for (const el of [...all(document, NOTICES, 40), ...classed.slice(0, 60)]) {
    const text = visibleText(el, 300, true);
    if (text.length > 240 || !isClosedPhrase(text.replace(/\n/g, ' '))) continue;
    // The notice's first line ("This job has expired on Indeed"), not the explanation under it.
    return text.split('\n').find(isClosedPhrase) ?? text.split('\n')[0]!;
  }
  return null;
}

const GONE =
  /\b(page not found|couldn'?t find (anything|this page|the page)|could not be found|(page|job) (does not|doesn'?t) exist|no longer exists|error 404|404 not found)\b/i;

/** A "page not found" page (a removed posting's URL often shows one): its heading, or null. */
export function goneNotice(document: Document): string | null {
  for (const el of all(document, 'h1, h2, title', 6)) {
    const text = visibleText(el, 200) || (el.textContent ?? '').trim().slice(0, 200);
    if (GONE.test(text)) return text;
  }
  return null;
}
