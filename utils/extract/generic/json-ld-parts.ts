/**
 * Parts a JobPosting keeps apart from its `description` (issue 10): benefits often sit only in `jobBenefits`,
 * sometimes the duties in `responsibilities`. Those the description leaves out join it; benefits under their name,
 * or after the description's last section they would read as part of it. A part whose opening words the
 * description already holds (the requirements again as `skills`) is not added twice. In the finishing steps, not
 * the capture script (its budget): the capture run keeps the posting's node for them.
 */
import { unescapeHtmlString } from '../html-text';

/** json-ld.ts's `descriptionOf` lists them again (the capture script's budget). */
const PARTS = [
  'responsibilities',
  'qualifications',
  'skills',
  'educationRequirements',
  'experienceRequirements',
  'jobBenefits',
] as const;

/** How much of a part's opening (within its first item) tells whether the description holds it. */
const OPENING = 20;

/** `descriptionHtml` with the posting's parts it leaves out appended; the same string when it holds them all. */
export function withPostingParts(descriptionHtml: string, posting: Record<string, unknown> | undefined): string {
  if (!posting || typeof posting.description !== 'string') return descriptionHtml;
  let html = descriptionHtml;
  for (const key of PARTS) {
    const part = typeof posting[key] === 'string' ? unescapeHtmlString(posting[key]) : '';
    const opening = part
      .replace(/<[^>]*>/g, '')
      .trim()
      .slice(0, OPENING);
    if (!opening || html.includes(opening)) continue;
    html += `\n${key === 'jobBenefits' ? '<p>Benefits</p>' : ''}${part}`;
  }
  return html;
}
