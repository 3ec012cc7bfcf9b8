/**
 * A job ad's sections written as a sentence leading into a list rather than as a heading (issue 10):
 * "Vous aurez pour mission :" over three duties, "In this role you will:" over the tasks. The shared
 * section names (`isSectionName`) already count the short ones ("Your tasks:"), so only the others count here.
 * Read only by detection (a finishing step), never by the capture script.
 */
import { all, clean } from '../dom';
import { LEAD_IN_SECTION_WORDS } from '../data/lead-in-words';
import { isSectionName } from './plain-job-signs';

/** The longest lead-in read as a section: a sentence, not a paragraph that happens to end in a colon. */
const LEAD_IN_MAX = 90;

/** How many lead-in sentences (ending in ":", right before a list of two or more items) name a job ad's section. */
export function listLeadIns(document: Document, cap = 3): number {
  let count = 0;
  for (const list of all(document, 'ul, ol', 200)) {
    if (list.querySelectorAll('li').length < 2) continue;
    const lead = list.previousElementSibling;
    if (!lead || /^(UL|OL|LI|TABLE|FORM)$/i.test(lead.tagName)) continue;
    const text = clean(lead.textContent);
    if (!text.endsWith(':') || text.length > LEAD_IN_MAX || isSectionName(text)) continue;
    if (LEAD_IN_SECTION_WORDS.test(text) && ++count >= cap) break;
  }
  return count;
}
