/**
 * The job's title on a page whose own title only names the page ("Job Details | KaziHub", "Online Employment
 * Application"): the one heading or title-hooked line that names a role, else a labelled "Job Title:" row.
 * Reader side (finishing steps): the capture script never bundles it.
 */
import { all, clean, visibleText } from '../dom';
import { ROLE_TITLE } from '../data/detect-words';
import { JOB_SECTION_HEADINGS } from '../data/vocabulary';
import { endsLikeJobNoun } from './job-terms';
import { PLACE_BOUND_COMPOUND, PLACE_BOUND_ROLE } from '../data/work-mode';
import { classifyPart } from './header-line';

/**
 * An application portal's own name, written as the page's title ("Online Employment Application", "Applicant Portal"),
 * or the recruitment page's ("Recrutamento", "Reclutamiento": read here, not in `PAGE_NAME_TITLE`, which the capture
 * script bundles).
 */
export const PORTAL_PAGE_TITLE =
  /^(?:recrutamento|reclutamiento|reclutamento)$|^(?:online\s+)?(?:employment|job)\s+application(?:\s+form)?$|^(?:applicant|candidate|career|careers|job)\s+portal$|^(?:employment|job|career)\s+opportunit(?:y|ies)$|^(?:vacancy|position|posting)\s+details?$/i;

/** A heading that says what a section is about, not which job this is. */
const NOT_A_ROLE =
  /^(?:about|why|how|what|who|where|when|our|your|join|meet|apply|contact|über|à propos|pourquoi|similar|related|other|more|recent|latest|featured)\b/i;

/** Whether a short line reads as a job's title (a role word, a job noun at its end, a trade done at a place). */
export function readsAsRole(text: string): boolean {
  return (
    text.length >= 3 &&
    text.length <= 100 &&
    text.split(/\s+/).length <= 10 &&
    !NOT_A_ROLE.test(text) &&
    !JOB_SECTION_HEADINGS.test(text) &&
    (ROLE_TITLE.test(text) ||
      endsLikeJobNoun(text) ||
      PLACE_BOUND_ROLE.test(text.toLowerCase()) ||
      PLACE_BOUND_COMPOUND.test(text.toLowerCase()))
  );
}

/** A requisition number beside the line ("Night Custodian · JobID: 2214", "Req #4471"): it titles one job. */
const JOB_ID =
  /\b(?:job\s?id|req(?:uisition)?(?:\s?id|\s?#|\s?no\.?)?|posting\s(?:number|id)|vacancy\s(?:id|no\.?))\s*[:#]?\s*[a-z]{0,4}-?\d{2,}/i;

function besideJobId(el: Element, text: string): boolean {
  const row = el.closest('tr') ?? el.parentElement;
  const around = row ? visibleText(row, 200) : '';
  return (
    text.length >= 3 &&
    text.split(/\s+/).length <= 8 &&
    !NOT_A_ROLE.test(text) &&
    !JOB_SECTION_HEADINGS.test(text) &&
    JOB_ID.test(around.replace(text, ''))
  );
}

/** A hook that says the element holds the job's title ("job-title", "offerTitle", "position_title"). */
const JOB_TITLE_HOOK = /(?:^|[^a-z])(?:job|offer|position|vacancy|posting)[-_]?title(?:[^a-z]|$)/i;

/**
 * A line the page's own markup hooks as the job's title ("<span class="job-title">Analityk danych</span>"): it titles
 * the job in any language, with no role word our lists know, when it is short and no section's name.
 */
function hookedJobTitle(el: Element, text: string): boolean {
  const hook = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return (
    JOB_TITLE_HOOK.test(hook) &&
    text.length >= 3 &&
    text.length <= 100 &&
    text.split(/\s+/).length <= 10 &&
    !/[.!?:]$/.test(text) &&
    !NOT_A_ROLE.test(text) &&
    !JOB_SECTION_HEADINGS.test(text)
  );
}

/**
 * Whether the page hooks one line, this title, as the job's title ("<span class="job-title">"): its markup says the
 * title names a role (a list hooks several, and is not read so).
 */
export function hookedAsJobTitle(document: Document, title: string): boolean {
  const key = clean(title).toLowerCase();
  const texts = new Set<string>();
  for (const el of all(document, '[class*="title" i], [id*="title" i]', 80)) {
    const text = visibleText(el, 120);
    if (hookedJobTitle(el, text) && !linksAway(el)) texts.add(text.toLowerCase());
    if (texts.size > 1) return false;
  }
  return texts.has(key);
}

/** An element inside a link to somewhere (another job's card), not a "#" anchor around this page's own title. */
function linksAway(el: Element): boolean {
  const link = el.closest('a[href]') ?? el.querySelector('a[href]');
  const href = link?.getAttribute('href')?.trim() ?? '';
  return !!link && href !== '' && href !== '#';
}

/**
 * The one role the page's headings (h2–h4) and title-hooked lines ("span.title", "div.job-title") name: every
 * element that writes it (a hero heading and the card under it), in page order; none when none or several differ.
 */
export function oneRoleHeading(document: ParentNode, pageTitle: string): Element[] {
  const page = clean(pageTitle).toLowerCase();
  const found = new Map<string, Element[]>();
  for (const el of all(document, 'h2, h3, h4, span[class*="title" i], div[class*="title" i]', 80)) {
    if (el.closest('nav, header, footer, [role="navigation"]') || linksAway(el)) continue;
    // A title-hooked box that holds headings or blocks is a wrapper, read through its heading.
    if (!/^H[2-4]$/i.test(el.tagName) && el.querySelector('h1, h2, h3, h4, p, ul, div')) continue;
    const text = visibleText(el, 120);
    const key = text.toLowerCase();
    if (!key || key === page || !(readsAsRole(text) || besideJobId(el, text) || hookedJobTitle(el, text))) continue;
    found.set(key, [...(found.get(key) ?? []), el]);
    if (found.size > 1) return [];
  }
  return [...found.values()][0] ?? [];
}

/** Labels of a row that gives the job's title ("Job Title:", "Position Title", "Stellenbezeichnung"). */
const TITLE_LABEL =
  /^(?:(?:job|position|working|vacancy|post|role) title|(?:job|position) name|stellenbezeichnung|stellentitel|intitul[ée] du poste|titre du poste|nombre del puesto|t[íi]tulo del puesto|functietitel|functienaam|titolo (?:della posizione|del lavoro)|stillingstittel|tjänstetitel|stillingsbetegnelse)$/i;

/** The value of a labelled "Job Title" row (a table row, a `dt`/`dd` pair, a label and its sibling), else null. */
export function titleRow(document: Document): string | null {
  for (const label of all(document, 'th, td, dt, b, strong, label, span', 400)) {
    const raw = visibleText(label, 60);
    if (!raw || raw.length > 40) continue;
    const text = raw.replace(/\s*[:：]\s*$/, '');
    if (!TITLE_LABEL.test(text) || text.length > 30) continue;
    // The label may sit inside the cell that holds it ("<td><b>Job Title:</b></td><td>Arborist</td>").
    const cell = label.matches('th, td, dt') ? label : (label.closest('th, td, dt') ?? label);
    const next = cell.nextElementSibling;
    const value = next ? visibleText(next, 150) : '';
    if (value && value.length <= 120 && !/[:：]$/.test(value)) return value;
  }
  return null;
}

/**
 * "Karnaphuli Knitwear Ltd." then "Chattogram" under the title, the page labelling "Location : Chattogram" elsewhere:
 * the line right above the place the page labels names the employer (a board's card, one fact per line).
 */
export function employerAbovePlace(lines: readonly string[], places: readonly string[]): string | null {
  const [name, place] = lines;
  if (!name || !place || name.length > 80) return null;
  const key = (t: string) => clean(t).toLowerCase();
  if (!places.some((p) => key(p) === key(place))) return null;
  return classifyPart(name) === 'company' ? name : null;
}
