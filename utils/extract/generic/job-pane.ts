/**
 * A results page with one job open in a pane beside the list (SimplyHired, Indeed-like and StepStone-like
 * boards): the job is read from the pane. In the finishing script, not the capture script.
 */
import { CLUTTER_HEADING, LIST_TITLE } from '../data/vocabulary';
import { all, first, visibleText } from '../dom';
import { inJobCards } from './job-cards';

/** The URL names the job open beside a results list ("?vjk=…", "&job=…", "?currentJobId=…", "?jobId=…"). */
const SELECTED_JOB = /[?&#](?:vjk|jk|job|jobid|job_id|currentjobid|selectedjobid|jobkey|jl)=\w/i;

/** A pane that shows one job beside the list ("viewJobBodyContainer", "jobsearch-ViewjobPaneWrapper", "job-details"). */
const PANE =
  '[id*="viewjob" i], [class*="viewjob" i], [data-testid*="viewjob" i], [id*="jobdetail" i], [class*="jobdetail" i], [data-testid*="jobdetail" i], [id*="job-detail" i], [class*="job-detail" i], [data-testid*="job-detail" i], [aria-label="job details" i]';

/**
 * A results page with one job open in a pane beside the list: the pane's heading is the job's title (the
 * page's h1 and <title> name the search). Only when the URL names the open job.
 */
export function jobPaneHeading(
  document: Document,
  url: string | null | undefined,
  listHeading: Element | null,
): Element | null {
  if (!url || !SELECTED_JOB.test(url)) return null;
  for (const pane of all(document, PANE, 20)) {
    if ((listHeading && pane.contains(listHeading)) || inJobCards(pane)) continue;
    const heading = first(pane, 'h1, h2, h3');
    const text = visibleText(heading, 200);
    if (heading && text && text.length <= 160 && !LIST_TITLE.test(text) && !CLUTTER_HEADING.test(text)) return heading;
  }
  return selectedJobLink(document, url);
}

/** A control that applies to the job ("Apply Online", "Easy Apply", "Postuler"), not its title. */
const APPLY_CONTROL =
  /^(?:easy\s+)?(?:apply|postuler|bewerben|solliciteer|aplicar|candidatar)(?:\s+(?:now|online|here))?$|^(?:jetzt\s+bewerben|apply\s+for\s+this\s+job)$/i;

/** The id the URL gives the open job ("currentJobId=4423270116"). */
const SELECTED_ID = /[?&#](?:vjk|jk|job|jobid|job_id|currentjobid|selectedjobid|jobkey|jl)=([\w-]{5,40})/i;

/**
 * A pane without hooks (class names a build tool made up): the link to the job the URL names, in a block that also
 * shows the job's text and links to no other job. Its list card links to the same job but sits among other jobs'
 * links, with little text.
 */
export function selectedJobLink(document: Document, url: string | null | undefined): Element | null {
  if (!url) return null;
  const id = SELECTED_ID.exec(url)?.[1];
  if (!id || !/\d{5}/.test(id)) return null;
  const digits = /\d{5,}/g;
  const otherJob = (a: Element) => ((a.getAttribute('href') ?? '').match(digits) ?? []).some((d) => d !== id);
  const links = all(document, 'a[href]', 400);
  // (A pane beside a list: the page links to other jobs too. A job's own page, "?job=2611873", is no such pane.)
  if (!links.some(otherJob)) return null;
  for (const link of links) {
    if (!(link.getAttribute('href') ?? '').includes(id)) continue;
    const text = visibleText(link, 200);
    if (!text || text.length > 160 || LIST_TITLE.test(text) || APPLY_CONTROL.test(text)) continue;
    let block = link.parentElement;
    for (let depth = 0; block && depth < 8 && !/^(BODY|HTML)$/i.test(block.tagName); depth++) {
      if (all(block, 'a[href]', 60).some(otherJob)) break;
      if ((block.textContent ?? '').length >= 400) return link;
      block = block.parentElement;
    }
  }
  return null;
}
