/**
 * The whole posting body around one block of it. Sites split a posting into sibling sections
 * ("Description", "Requirements", "Benefits", each with its heading), and structured data often
 * holds only a teaser of what the page shows. From the block a source chose, this widens to the
 * posting's wrapper and joins its sibling sections, never crossing page chrome: the title header,
 * forms, navigation, similar-job rails, job alerts, cookie banners, "report this ad", sidebars.
 * In the capture script (site rules and the structured-data step use it): kept small.
 */
import { CLUTTER_HEADING, JOB_SECTION_HEADINGS } from '../data/vocabulary';
import { all, clean, first, innerHtml } from '../dom';

/** Elements, roles and names (class, id, test hook) of markup that is never part of a posting's text. */
const CHROME_TAGS = /^(H1|NAV|FOOTER|ASIDE|FORM|SELECT|TEXTAREA|IFRAME|DIALOG)$/;
const CHROME_ROLES = /^(navigation|contentinfo|complementary|dialog|search)$/;
const CHROME_NAMES =
  /similar|related|recommend|other-?(jobs|offers)|more-?jobs|alert|cookie|consent|gdpr|report|share|social|sidebar|company-?(card|profile|info)|newsletter|breadcrumb|pagination|modal|apply-?form/i;

/** Headings of page chrome, beyond the "Similar jobs" ones. */
const CHROME_HEADING =
  /^(get (new|similar|more)\b.{0,40}\bjobs|job alert|report (this|the)?\s*(job|ad)|andere vacatures|autres offres|ces offres|weitere stellenangebote|otras ofertas|offerte (di lavoro )?simili|andre (job|stillinger)|andra jobb|vagas similares)/i;

/** A block beside the posting named for the employer: its company profile, not the job. */
const PROFILE = /company|employer/i;

const FLOW = /^(P|UL|OL|DL|H[2-6]|BLOCKQUOTE|TABLE|PRE)$/;
/** Test hooks: a template names its blocks, chrome too, in these. */
const TEST_HOOKS = ['data-testid', 'data-test', 'data-qa', 'data-automation', 'data-ui'];
const CONTAINER = /^(DIV|SECTION|ARTICLE)$/;

function text(el: Element): string {
  return clean(el.textContent);
}

function chromeSelf(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.test(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  let names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  for (const hook of TEST_HOOKS) names += ` ${el.getAttribute(hook) ?? ''}`;
  if (names.length > 2 && CHROME_NAMES.test(names)) return true;
  if (!/^H[2-6]$/.test(tag)) return false;
  const heading = text(el);
  return CLUTTER_HEADING.test(heading) || CHROME_HEADING.test(heading);
}

/**
 * Chrome itself, or a block that holds chrome (or the job's title): one walk of its elements.
 * `free` holds blocks this run already found free of chrome (a wider block's walk skips them);
 * per run, as a live page may add chrome between runs.
 */
function chromeIn(el: Element, title: Element | null, free: Set<Element>): boolean {
  if (title && (el === title || el.contains(title))) return true;
  const stack: Element[] = [el];
  for (let visited = 0; stack.length; visited++) {
    const node = stack.pop()!;
    if (free.has(node)) continue;
    if (visited > 20_000 || chromeSelf(node)) return true;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  free.add(el);
  return false;
}

/** Mostly link text: a list of links to elsewhere. */
function linkHeavy(el: Element, length: number): boolean {
  let links = 0;
  for (const a of all(el, 'a', 100)) links += text(a).length;
  return links > length * 0.5;
}

/** The prefix before a name's last part: "job-section-" of "job-section-experience". */
function stem(value: string | null): string {
  const cut = value ? Math.max(value.lastIndexOf('-'), value.lastIndexOf('_')) : -1;
  return cut >= 2 ? value!.slice(0, cut + 1) : '';
}

/** The first part of a test hook's name: "section-" of "section-about-project" and of "section-benefits". */
function family(value: string | null): string {
  const match = value ? /^[a-z]{3,}[-_]/i.exec(value) : null;
  return match ? match[0].toLowerCase() : '';
}

/**
 * Two blocks made by the same template: the same tag and class, or ids/test hooks named alike. A
 * template's sections may mix <div> and <section> under one hook family ("section-about-project",
 * "section-requirements").
 */
function sameKind(a: Element, b: Element): boolean {
  if (FLOW.test(a.tagName.toUpperCase()) && FLOW.test(b.tagName.toUpperCase())) return true;
  if (CONTAINER.test(a.tagName.toUpperCase()) && CONTAINER.test(b.tagName.toUpperCase()))
    for (const name of TEST_HOOKS) {
      const f = family(a.getAttribute(name));
      if (f && f === family(b.getAttribute(name))) return true;
    }
  if (a.tagName !== b.tagName) return false;
  const cls = a.getAttribute('class');
  if (cls && cls === b.getAttribute('class')) return true;
  return [...TEST_HOOKS, 'id'].some((name) => {
    const s = stem(a.getAttribute(name));
    return !!s && s === stem(b.getAttribute(name));
  });
}

type HeadingTest = { test(text: string): boolean };

/** The section names of this run: the capture script's own list, or a wider one the reader passes. */
let names: HeadingTest;

/** A block that opens with a job-section heading ("Requirements", "Ihr Profil", "Avantages"). */
function jobSection(el: Element, body: string): boolean {
  const h = /^H[2-6]$/.test(el.tagName.toUpperCase()) ? el : first(el, 'h2,h3,h4,h5,h6,strong,b');
  const heading = h ? text(h) : '';
  return !!heading && heading.length < 80 && body.startsWith(heading) && names.test(heading);
}

/** A section block (not a paragraph) whose first element is a heading. */
function headedBlock(el: Element): boolean {
  const head = el.firstElementChild;
  return !FLOW.test(el.tagName.toUpperCase()) && !!head && /^H[2-6]$/.test(head.tagName.toUpperCase());
}

/** The sibling sections of `anchor` that belong to the posting, in page order, with the anchor. */
function withSiblings(anchor: Element, title: Element | null, free: Set<Element>): Element[] {
  const out = [anchor];
  for (const forward of [false, true]) {
    let sib = forward ? anchor.nextElementSibling : anchor.previousElementSibling;
    // After a heading standing alone ("Requisitos", "Desirable criteria"), the block it heads.
    let headed: Element | null = null;
    for (let n = 0; sib && n < 30; n++) {
      const body = text(sib);
      const section = jobSection(sib, body);
      if (chromeIn(sib, title, free) || PROFILE.test(`${sib.getAttribute('class')} ${sib.getAttribute('id')}`)) break;
      // After the anchor, a short block of its kind ("Desirable criteria", a one-item list) belongs to the posting too.
      if (body.length >= 30 || section || (forward && body)) {
        // Before the anchor, only blocks that open with a heading: facts panes and page intros precede postings.
        const kin =
          section || (forward ? !!headed || sameKind(sib, anchor) : headedBlock(sib) && sameKind(sib, anchor));
        if (linkHeavy(sib, body.length) || !kin) break;
        if (!forward) out.unshift(sib);
        else if (/^h[2-6]$/i.test(sib.tagName)) headed = sib;
        else {
          if (headed) out.push(headed);
          out.push(sib);
          headed = null;
        }
      }
      sib = forward ? sib.nextElementSibling : sib.previousElementSibling;
    }
  }
  return out;
}

/** A wrapper around `el` that adds nothing but headings. */
function onlyHeadingsBeside(el: Element, parent: Element): boolean {
  return Array.from(parent.children).every(
    (c) => c === el || (/^H[2-6]$/.test(c.tagName.toUpperCase()) && text(c).length < 80) || !text(c),
  );
}

/**
 * The posting's blocks around `anchor`: widened through wrappers that add only a heading
 * (`'wrappers'`, for a block a site rule or our own pass chose) or through every wrapper free of
 * chrome (`'clean'`, from a paragraph that holds a structured teaser), then its sibling sections:
 * blocks of the anchor's kind, or blocks that open with a heading `names` knows.
 */
export function postingBlocks(
  anchor: Element,
  widen: 'wrappers' | 'clean',
  title: Element | null,
  sectionNames: HeadingTest = JOB_SECTION_HEADINGS,
): Element[] {
  names = sectionNames;
  const body = anchor.ownerDocument?.body;
  const free = new Set<Element>();
  let el = anchor;
  for (let parent = el.parentElement; parent && parent !== body && parent.tagName.toUpperCase() !== 'HTML';) {
    if ((widen === 'wrappers' && !onlyHeadingsBeside(el, parent)) || chromeIn(parent, title, free)) break;
    el = parent;
    parent = el.parentElement;
  }
  return withSiblings(el, title, free);
}

/** The blocks' HTML: one block's inner HTML, several blocks joined whole (their headings kept). */
export function blocksHtml(blocks: readonly Element[]): string {
  if (blocks.length === 1) return innerHtml(blocks[0]);
  return blocks.map((el) => el.outerHTML ?? '').join('\n');
}
