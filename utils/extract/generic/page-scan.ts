/**
 * One bounded walk over the page body that collects what the generic readers need:
 * - labelled values: a label text ("Location", "Standort:", "Type de contrat :") and the value after
 *   it (same text, the next sibling, the next cell / dd);
 * - elements whose class, id, itemprop, data-testid, data-automation(-id), data-qa or title attribute
 *   tells what they hold (company, location, salary, job type, work mode);
 * - description containers (by attribute) for the description finder.
 * Navigation, footers, forms and scripts are not read for labels.
 */
import {
  CLOSING_LINE,
  DATE_RANGE_LABELS,
  DEPARTMENT_LABEL,
  ICON_FIELD_WORDS,
  LABEL_INDEX,
  LABEL_PERIODS,
  MORE_PLACE_LABELS,
  PLACE_PART_LABELS,
  REGION_LABELS,
  UNIT_LABEL,
  type LabelledField,
} from '../data/labels';
import { CLUTTER_HEADING, DEPARTMENT_WORDS, ORG_UNIT } from '../data/vocabulary';
import { classAttr, clean, first, NON_TEXT_TAGS } from '../dom';
import { hasCardHook, isJobCards, ownCardName } from './job-cards';

export interface LabelHit {
  field: LabelledField;
  value: string;
  /** Where the value was found (for "near the title" checks and ordering). */
  order: number;
  /** The pay period a salary label states ("Monthly Salary Range"). */
  period?: 'hour' | 'month' | 'year';
  /**
   * An "Organization:" row: on an ATS it often names the unit that hires ("5 West Medical Surgical"),
   * not the employer, so the name the page shows for itself wins over it.
   */
  unit?: true;
  /** A State / Country row: a part of the place a City row names (`PLACE_PART_LABELS`). */
  part?: true;
  /** A "Region" row: a later "City" row names the place more closely (`REGION_LABELS`). */
  broad?: true;
  /** An "Other Locations" row: its places follow the location row's (`MORE_PLACE_LABELS`). */
  more?: true;
  /** The value's first element when it holds several ("Columbus, OH 43215, USA" + "Corporate Office"). */
  head?: string;
}

export interface AttributeHit {
  field: LabelledField | 'description';
  element: Element;
  order: number;
}

export interface PageScan {
  labels: LabelHit[];
  /** `<time datetime>` values that say when the job was posted ("Posted 6 days ago" with a datetime). */
  postedTimes: string[];
  attributes: AttributeHit[];
  /** Elements visited (for budgets and tests). */
  visited: number;
}

const SKIP = new Set([...NON_TEXT_TAGS, 'SELECT', 'OPTION', 'TEXTAREA', 'HEAD', 'OBJECT', 'CANVAS', 'math', 'MATH']);
const NO_LABELS = new Set(['NAV', 'FOOTER', 'FORM', 'BUTTON']);
const MAX_NODES = 40_000;
/**
 * Words (or a short age: "7d", "3w") beside a `<time datetime>` that make it the posting's date; in class names too
 * (a blog template's post date: `time.entry-date`, "post-date").
 */
const POSTED =
  /\b(posted|published|opened|date-?posted|post-?date|entry-date|ago|veröffentlicht|publiée?|publicado|geplaatst|vor \d|il y a|hace|\d{1,3}\s?(h|d|w|mo))\b/i;

/** Attribute words → field. Checked on class, id, itemprop and the data-* test/automation hooks. */
const ATTRIBUTE_FIELDS: ReadonlyArray<readonly [RegExp, AttributeHit['field']]> = [
  [
    /(^|[^a-z])(job-?description|jobdescription|description|descripcion|descriptif|beschreibung|stellenbeschreibung|omschrijving|beskrivelse|beskrivning|job-?details?-?(body|content|text)|job-?body|posting-?(body|description)|job-?content|vacancy-?(content|text|description)|offer-?(body|description)|jobad-?(body|text)|job-?ad-?(body|text)|richtext)([^a-z]|$)/,
    'description',
  ],
  // "employer_address", "job-address": where the job is (before the employer's own hook word).
  [/(^|[^a-z])(job|work|employer|company|office)[-_]?address([^a-z]|$)/, 'locations'],
  [
    /(^|[^a-z])(company|employer|advertiser|organi[sz]ation|hiring-?org|hiringorganization|companyname|employername|advertiser-?name|agency|org|empresa|entidade|entidad|entreprise|azienda|unternehmen|arbeitgeber|werkgever|employeur|empleador)([^a-z]|$)|company-?name|employer-?name/,
    'company',
  ],
  [
    /(^|[^a-z])(location|locations|job-?location|joblocation|city|workplace|work-?location|address-?locality|addresslocality|localizacao|localização|localizzazione|lokalizacja|workplaces|sijainti)([^a-z]|$)|poblacion|localidad|ciudad|standort|arbeitsort|localisation/,
    'locations',
  ],
  [/(^|[^a-z])(salary|compensation|pay|pay-?range|wage|remuneration|basesalary)([^a-z]|$)/, 'salary'],
  [
    /(^|[^a-z])(job-?type|jobtype|employment|employment-?type|employmenttype|contract-?type|work-?type|commitment)([^a-z]|$)/,
    'employmentType',
  ],
  [/(^|[^a-z])(remote|workplace-?type|work-?mode|remote-?status)([^a-z]|$)/, 'workMode'],
  [
    /(^|[^a-z])(expiration|expires|expiry|deadline|closing-?date|valid-?through|validthrough|apply-?by|application-?deadline)([^a-z]|$)/,
    'validThrough',
  ],
  // "job-posting-date", data-tag "displayJobPostingDate": the day the ad went up.
  [/(posting|posted|publish(ed)?|publication)-?date|date-?(posted|published)/, 'datePosted'],
];
const NAME_LINK = /(^|[^a-z])(company|employer|advertiser)-?(link|url)([^a-z]|$)/;
/** Attribute words that describe chrome around a field, not the field's value. */
const CHROME =
  /logo|icon|img|image|avatar|header|footer|nav|menu|link|btn|button|filter|search|label|title-?bar|wrapper|container|section|about|info|size|scale|industry|rating|review|follow|benefit|modal|map|tooltip|toggle|select|input|form|overview|profile|similar|related|card-?list|carousel|average|median|insight|guide|benchmark|teaser|calculator/;

const HOOKS = [
  'class',
  'id',
  'itemprop',
  'data-testid',
  'data-automation',
  'data-automation-id',
  'data-qa',
  'data-test',
  'data-tag',
  // Cypress and end-to-end test hooks (jobs.ch, Oikotie) name the field as plainly as data-testid.
  'data-cy',
  'data-e2e',
  'data-e2e-component',
];
const HOOK_SET = new Set(HOOKS);
const NO_NAMES: readonly string[] = [];
const FALLBACK_NAMES: readonly string[] = [...HOOKS, 'hidden', 'role', 'title'];

function attributeNames(el: Element): readonly string[] {
  return typeof el.getAttributeNames === 'function'
    ? el.getAttributeNames()
    : FALLBACK_NAMES.filter((name) => el.hasAttribute(name));
}
/** Cheap first test: does any hook mention a word the fields below look for? */
const ANY_WORD =
  /descr|beschreib|omschr|beskriv|detail|body|content|richtext|compan|employ|emple|empresa|entidad|entrepr|aziend|unternehm|arbeitgeb|werkgev|address|advertis|org|hiring|agency|locat|locali|lokali|sijaint|city|poblac|ciudad|standort|arbeitsort|localisation|workplace|salar|compens|pay|wage|remun|type|contract|commit|remote|mode|expir|deadline|closing|valid|date/i;

/** An icon font's own class ("fa-solid fa-location-dot", "bi bi-geo-alt", "glyphicon glyphicon-map-marker"). */
const ICON_FONT =
  /(?:^|\s)(?:fa[srlbdt]?|fa-(?:solid|regular|light|thin|duotone|brands)|bi|mdi|ti|la[srb]|glyphicon)(?=\s|$)/;

/**
 * An empty icon whose hook names a fact ("LocationIcon", "k-icon-money", Font Awesome's "fa-map-marker-alt"): its row (the parent) holds that fact's
 * value, as a label would.
 */
function iconField(el: Element, names: readonly string[]): AttributeHit['field'] | null {
  // The class is read first: the text of every small element was the scan's costliest step.
  const cls = names.includes('class') ? (el.getAttribute('class') ?? '') : '';
  const font = ICON_FONT.test(cls);
  if ((!font && !/icon/i.test(cls)) || el.childElementCount > 2 || clean(el.textContent ?? '')) return null;
  const words = cls
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[\s_-]+/);
  if (!font && !words.includes('icon')) return null;
  for (const word of words) {
    const field = ICON_FIELD_WORDS.get(word);
    if (field) return field;
  }
  return null;
}

/**
 * A font icon written as its ligature's name (`<i class="material-icons">location_on</i>`, Material Symbols): the
 * element after it holds that fact's value (the row's text would hold the ligature too).
 */
function ligatureField(el: Element): AttributeHit['field'] | null {
  if (!/material-(?:icons|symbols)/.test(el.getAttribute('class') ?? '') || el.firstElementChild) return null;
  const name = clean(el.textContent ?? '');
  if (!/^[a-z_]{3,30}$/.test(name)) return null;
  for (const word of name.split('_')) {
    const field = ICON_FIELD_WORDS.get(word);
    if (field) return field;
  }
  return null;
}

/** A results list's own names ("job-list", data-testid "searchSerpJob"), beside a job open in a pane. */
function resultCards(el: Element): boolean {
  return /job-?list(?![a-z])|serp-?job/i.test(
    `${el.id} ${classAttr(el) ?? ''} ${el.getAttribute('data-testid') ?? ''}`,
  );
}

function fieldOfWord(word: string): AttributeHit['field'] | null {
  const found = ATTRIBUTE_FIELDS.find(([re]) => re.test(word));
  return found && found[1] !== 'description' ? found[1] : null;
}

/** "viewJobCompany_Location" → "view-job-company-location": camelCase and snake_case words apart. */
const kebab = (text: string): string =>
  text
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_/g, '-');

function attributeField(el: Element, names: readonly string[]): AttributeHit['field'] | null {
  // Only the hooks present are read (the names come from one getAttributeNames call per element).
  let text = '';
  for (const name of names) {
    // A short aria-label names what the element holds ("Location", "Company"); a longer one is a sentence.
    const hook = HOOK_SET.has(name) || name === 'aria-label';
    const value = hook ? el.getAttribute(name) : null;
    if (value && (name !== 'aria-label' || value.length <= 24)) text += ` ${value}`;
  }
  if (!text || !ANY_WORD.test(text)) return null;
  const lower = text.toLowerCase().replace(/_/g, '-');
  const words = kebab(text);
  // A hook naming two fields names its own by the last word: "viewJobCompanyLocation" is a place (camelCase words
  // count), "…-company-name" a company.
  for (const value of words.split(' ')) {
    const parts = value.split('-');
    const tail = parts.pop()!;
    const named = parts.length && !CHROME.test(tail) ? fieldOfWord(tail) : null;
    if (named && parts.some((word) => fieldOfWord(word))) return named;
  }
  for (const [re, field] of ATTRIBUTE_FIELDS) {
    // A description's class may be one camelCase word ("ij-OfferDetailDescription"); an id so written
    // ("prefijoDescripcion1") may be one part of the posting, which the headings then gather.
    if (field === 'description' && (re.test(lower) || re.test(kebab(classAttr(el) ?? '')))) return field;
    if (!re.test(lower)) continue;
    if (!CHROME.test(lower)) return field;
    // Chrome words in one hook (a styled class "HeaderCompanyName") do not spoil a plain one
    // (data-testid="company"): each hook value is judged on its own, and so is its last part
    // ("ij-OfferDetailHeader-companyName": a header's part that holds the company).
    for (const value of lower.split(' ')) {
      if (re.test(value) && !CHROME.test(value)) return field;
      const tail = value.slice(value.lastIndexOf('-') + 1);
      if (tail !== value && re.test(tail) && !CHROME.test(tail)) return field;
    }
  }
  // "ij-OfferDetailHeader-companyLink", "postingCompanyUrl": the link to the employer's profile shows its name.
  return NAME_LINK.test(lower) || NAME_LINK.test(words) ? 'company' : null;
}

/**
 * A form that wraps the page (Taleo, ASP.NET WebForms put the whole page in one) holds the posting:
 * it has headings and no file input, unlike an application or search form.
 */
export function wrapsPage(form: Element): boolean {
  return (!!first(form, 'h1, h2') && !first(form, 'input[type="file" i]')) || readOnlyForm(form);
}

/** Controls that only carry state or send the form: a form of nothing else asks the reader for nothing. */
const NOT_ASKING = /^(?:hidden|submit|button|image|reset)$/i;

/**
 * A form with nothing to fill in (Oleeo's "form-view" advert, an ASP.NET page's read-only vacancy table beside
 * an Apply submit button) shows the posting's rows, like any other block; a search or application form asks.
 */
export function readOnlyForm(form: Element): boolean {
  // (It shows text: paragraphs, a table or a list of rows, not a row of spans beside a search button.)
  if (first(form, 'select, textarea') || !first(form, 'p, table, dl, ul, ol')) return false;
  for (const input of Array.from(form.querySelectorAll('input'))) {
    if (!NOT_ASKING.test(input.getAttribute('type') ?? 'text')) return false;
  }
  return true;
}

const withoutAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
let plainLabels: Map<string, LabelledField> | null = null;

/** "Location", "Standort:", "Type de contrat :", "Reageren vóór" → field (accents optional). */
export function labelField(text: string): LabelledField | null {
  const t = clean(text)
    .replace(/\s*[:：]\s*$/, '')
    .toLowerCase();
  if (!t || t.length > 40) return null;
  const field = LABEL_INDEX.get(t);
  if (field || !/[^\x00-\x7f]/.test(t)) return field ?? null;
  plainLabels ??= new Map([...LABEL_INDEX].map(([label, f]) => [withoutAccents(label), f]));
  return plainLabels.get(withoutAccents(t)) ?? null;
}

/** "Label: value" in one string → [field, value]. */
export function splitLabelLine(text: string): [LabelledField, string] | null {
  const t = clean(text);
  const colon = t.search(/\s?[:：]\s/);
  if (colon < 1 || colon > 40) return null;
  const field = labelField(t.slice(0, colon));
  const value = clean(t.slice(colon).replace(/^\s?[:：]\s*/, ''));
  if (field) return value ? [field, value] : null;
  // "ważna jeszcze 17 dni (do: 13 grudnia 2026)": a label and its value in brackets after other words.
  const open = t.lastIndexOf('(', colon);
  const inner = open > 0 ? labelField(t.slice(open + 1, colon)) : null;
  const bracketed = inner ? clean(value.replace(/\).*$/, '')) : '';
  return inner && bracketed ? [inner, bracketed] : null;
}

const BLOCK_TAG = /^(P|DIV|LI|BR|DD|DT|TD|TH|TR|H\d)$/;

/** Text of an element for a value: short, scripts and hidden helpers skipped. */
function shortText(el: Element | null, max = 200): string {
  if (!el) return '';
  let out = '';
  const stack: Node[] = [el];
  let n = 0;
  while (stack.length && out.length < max && n++ < 300) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    const tag = e.tagName.toUpperCase();
    if (SKIP.has(tag) || e.getAttribute('aria-hidden') === 'true') continue;
    // A block, or anything right after one ("<div>8 500 zł</div><span>brutto / mies.</span>"), starts a new word.
    const before = e.previousElementSibling?.tagName.toUpperCase() ?? '';
    if (out && (BLOCK_TAG.test(tag) || BLOCK_TAG.test(before))) out += ' ';
    // Last child first, by sibling links (linkedom builds a new child list on every `childNodes` read).
    for (let child = e.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return clean(out).slice(0, max);
}

/** The first element of a value that holds several ("<span>Columbus, OH</span><span>Main Office</span>"), else ''. */
let valueHead = '';

/**
 * Text after a node inside its parent ("<b>Salaire :</b> 42 000 €" → "42 000 €"), up to the next
 * label or the end of the first block sibling (a dd, a td).
 */
function textAfterInParent(node: Node): string {
  let out = '';
  let parts = 0;
  for (let sib = node.nextSibling; sib && out.length < 200; sib = sib.nextSibling) {
    if (sib.nodeType === 3) {
      out += sib.nodeValue ?? '';
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const el = sib as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      if (clean(out)) break;
      continue;
    }
    const text = shortText(el);
    if (labelField(text) || splitLabelLine(text)) break;
    // One element that holds several ("<div><span>Columbus, OH</span><span>Main Office</span></div>"): its first.
    valueHead = !clean(out) && !parts++ && el.childElementCount >= 2 ? shortText(el.firstElementChild, 100) : '';
    out += ` ${text} `;
    if (/^(DD|TD|TH|DIV|P|LI|UL|OL)$/.test(tag) && clean(out)) break;
  }
  return clean(out);
}

/** The value that goes with a label element: its next element sibling, the parent's next sibling, or text after it. */
function valueAfterLabel(labelEl: Element): string {
  valueHead = '';
  const after = textAfterInParent(labelEl);
  if (after && after.length <= 160) return after;
  valueHead = '';
  // A value written above its label, the pair's last line ("Poznań" over "Lokalizacja", a board's badge).
  const pair = labelEl.parentElement;
  const above = labelEl.previousElementSibling;
  if (!labelEl.nextElementSibling && above && pair?.childElementCount === 2 && shortText(pair).length <= 100) {
    const value = shortText(above);
    if (value && !labelField(value) && !splitLabelLine(value)) return value;
  }
  let el: Element | null = labelEl;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    let next = el.nextElementSibling;
    // A blank sibling (Oleeo's "&nbsp;" required-field placeholder) is not the value: look past it, else up.
    while (next && !shortText(next)) next = next.nextElementSibling;
    if (next) {
      const value = shortText(next);
      // (The next row's own "Sista ansökningsdag: 2026-12-13" is that row's, not this label's: "Lön:" "Månadslön".)
      if (value && !labelField(value) && !splitLabelLine(value)) {
        if (next.childElementCount >= 2) valueHead = shortText(next.firstElementChild, 100);
        return value;
      }
      return '';
    }
    if (clean(el.parentElement?.textContent ?? '').length > 200) break;
  }
  return '';
}

const POSTED_LINE =
  /^(?:posted(?: on)?|published(?: on)?|publiée? le|publicad[oa] el|veröffentlicht am|geplaatst op|publicerad(?: den)?|oprettet(?: den)?)\s+(\d.{4,30}|\p{L}{3,10}\.? \d.{3,20})$/iu;
/**
 * How a `POSTED_LINE` match starts, lower-cased ("ſ" is an "s" to the case-insensitive pattern): a line
 * that starts otherwise skips the pattern, which most pages then never compile (Unicode classes cost a click).
 */
const POSTED_STARTS = [
  'posted',
  'published',
  'publié',
  'publicad',
  'veröffentlicht',
  'geplaatst',
  'publicerad',
  'oprettet',
];
const mayBePostedLine = (text: string) => {
  const start = text.slice(0, 16).toLowerCase().replace(/ſ/g, 's');
  return POSTED_STARTS.some((word) => start.startsWith(word));
};
const RANGE_SPLIT = /\s+(?:to|until|till|bis|au|al|tot|til|till och med|–|-)\s+/i;
const POSTED_LEAD =
  /^(posted|published|listed|added|veröffentlicht|publiée?|publicado|geplaatst|oprettet|publicerad)\b/i;
const BY_WORD = /(?:^|\s)(by|von|par|por|door|af|av)$/i;
const AUTHOR_HOOK = /author|byline|user|profile|avatar/i;

/** "Open & closing dates" + "11/03/2026 to 11/17/2026" → [opens, closes]. */
function dateRange(textNode: Node): [string, string] | null {
  // The label element's whole text: parsers may split "Open &amp; closing" into several text nodes.
  const parent = textNode.parentNode as Element | null;
  if (!parent || parent.firstChild !== textNode) return null;
  const whole = clean(parent.textContent ?? '');
  if (whole.length > 42 || !DATE_RANGE_LABELS.has(whole.replace(/\s*[:：]\s*$/, '').toLowerCase())) return null;
  const parts = valueAfterLabel(parent).split(RANGE_SPLIT);
  return parts.length === 2 && /\d/.test(parts[0]!) && /\d/.test(parts[1]!) ? [parts[0]!, parts[1]!] : null;
}

/**
 * "Posted 14 November 2026 by <a>Harbury Logistics</a>": the name after "by" in a posted line is
 * the advertiser. An author's byline ("By Hannah Pryce" with an author class) is not.
 */
function postedBy(trimmed: string, textNode: Node): string | null {
  if (!BY_WORD.test(trimmed)) return null;
  const parent = textNode.parentNode as Element | null;
  const next = textNode.nextSibling;
  if (!parent || !next || next.nodeType !== 1) return null;
  if (!POSTED_LEAD.test(clean(parent.textContent ?? '').slice(0, 40))) return null;
  const el = next as Element;
  const hooks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('href') ?? ''} ${parent.getAttribute('class') ?? ''}`;
  if (AUTHOR_HOOK.test(hooks)) return null;
  const name = shortText(el, 100);
  return name && /^[\p{Lu}\d]/u.test(name) ? name : null;
}

/** The section a "Similar jobs" heading opens (its parent), unless that parent holds the page's own job. */
function clutterSection(heading: Element): Element | null {
  const text = heading.textContent ?? '';
  if (text.length > 60 || !CLUTTER_HEADING.test(clean(text))) return null;
  const parent = heading.parentElement;
  if (!parent || /^(BODY|HTML|MAIN)$/.test(parent.tagName) || first(parent, 'h1')) return null;
  return parent;
}

export function scanPage(document: Document): PageScan {
  const labels: LabelHit[] = [];
  const attributes: AttributeHit[] = [];
  const postedTimes: string[] = [];
  const root = document.body ?? document.documentElement;
  if (!root) return { labels, attributes, postedTimes, visited: 0 };
  const seenFields = new Map<string, number>();
  // ("jobCard-info" beside an h1 "jobCard-title": the posting's own card.)
  const cardName = ownCardName(document);
  const ownCard = (el: Element) => !!cardName && (el.getAttribute('class') ?? '').toLowerCase().includes(cardName);
  let visited = 0;
  let order = 0;
  // Document-order walk by firstChild/nextSibling (no child lists built, no recursion). Inside a
  // nav/footer/form (`quiet`), labels are not read.
  let quiet: Node | null = null;
  // Inside a "Similar jobs" section (`aside`), neither labels nor attributes are read: its cards are other jobs'.
  let aside: Node | null = null;
  let node: Node | null = root;
  while (node && visited < MAX_NODES) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) {
      if (!quiet && !aside) readLabelText(node);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      // HTML documents give upper-case tag names already (SVG/MathML ones are in SKIP as written).
      const tag = el.tagName;
      // (An <svg> icon is not read, but its name may label its row: "LocationIcon".)
      if (SKIP.has(tag) && tag.toLowerCase() === 'svg' && !aside && el.hasAttributes())
        readIcon(el, attributeNames(el));
      if (!SKIP.has(tag)) {
        // One DOM call for the attribute names; most elements have none or only a class.
        const names = el.hasAttributes() ? attributeNames(el) : NO_NAMES;
        if (!names.includes('hidden')) {
          descend = true;
          if (!aside && /^H[2-4]$/.test(tag)) aside = clutterSection(el);
          // A list of other jobs' cards ("Jobs List", a similar-jobs carousel) by its name.
          if (!aside && names.length) {
            // (Only an element with a class, id or test hook may be named so: most have none of them.)
            const named = hasCardHook(names);
            if ((isJobCards(el, named) || (named && resultCards(el))) && !first(el, 'h1') && !ownCard(el)) aside = el;
          }
          if ((names.length || tag === 'TIME') && !aside) readElement(el, tag, names);
          if (
            !quiet &&
            ((NO_LABELS.has(tag) && !(tag === 'FORM' && wrapsPage(el))) ||
              (names.includes('role') && el.getAttribute('role') === 'navigation'))
          )
            quiet = el;
        }
      }
    }
    // Next node in document order.
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node === quiet) quiet = null;
      if (node === aside) aside = null;
    }
    if (!node || node === root) break;
    if (node === quiet) quiet = null;
    if (node === aside) aside = null;
    node = node.nextSibling;
  }
  return { labels, attributes, postedTimes, visited };

  function readLabelText(textNode: Node): void {
    // linkedom splits text at entities ("Company: Marsh ", "&", " Finch"): a run of text siblings is read once, whole.
    if (textNode.previousSibling?.nodeType === 3) return;
    let raw = textNode.nodeValue ?? '';
    let last = textNode;
    for (let next = textNode.nextSibling; next && next.nodeType === 3 && raw.length <= 300; next = next.nextSibling) {
      raw += next.nodeValue ?? '';
      last = next;
    }
    if (raw.length > 300) return;
    // Cheap filter: a label alone is short; a "Label: value" line has a colon.
    const trimmed = raw.trim();
    if (!trimmed || (trimmed.length > 42 && !trimmed.includes(':') && !trimmed.includes('：'))) return;
    if (!/\p{L}/u.test(trimmed)) return;
    const text = clean(trimmed);
    let hit: [LabelledField, string] | null = splitLabelLine(text);
    let part = false;
    let more = false;
    let head = '';
    if (!hit) {
      const bare = text.replace(/\s*[:：]\s*$/, '').toLowerCase();
      part = PLACE_PART_LABELS.has(bare);
      more = MORE_PLACE_LABELS.has(bare);
      const field = labelField(text) ?? (part || more ? 'locations' : DEPARTMENT_LABEL.test(bare) ? 'company' : null);
      if (field) {
        const parent = textNode.parentNode as Element | null;
        // The label is the whole text of its element (or of the text node in a mixed line).
        const labelEl = parent && clean(parent.textContent ?? '') === text ? parent : null;
        const value = labelEl ? valueAfterLabel(labelEl) : textAfterInParent(last);
        head = labelEl ? valueHead : '';
        if (value) hit = [field, value.replace(/^[:：]\s*/, '')];
      }
    }
    if (!hit) {
      const range = dateRange(textNode);
      if (range) {
        push('datePosted', range[0]);
        push('validThrough', range[1]);
        return;
      }
      const by = postedBy(trimmed, last);
      if (by) hit = ['company', by];
      // "Publiée le 12 novembre 2026", "Posted on 3 March 2027": the date right after the words.
      const posted = by || !mayBePostedLine(text) ? null : text.match(POSTED_LINE);
      if (posted) hit = ['datePosted', posted[1]!];
      // "Apply before 11:55 pm on Monday 14th December 2026" (a heading, no colon): the closing date.
      // (As a heading or with its hour: a line in a list of jobs, "Apply by 4 December 2026" beside each, is that job's.)
      const closing =
        hit || text.length > 80 || !/^(?:apply|clos|postul|bewerb|sollic|candida)/i.test(text)
          ? null
          : text.match(CLOSING_LINE);
      const owner = (textNode.parentNode as Element | null)?.tagName ?? '';
      if (closing && (/^H[1-6]$/.test(owner) || /^\d{1,2}[:.]\d{2}/.test(closing[1]!)))
        hit = ['validThrough', closing[1]!];
    }
    // A "Department" row that names a unit ("Engineering", "Department of Surgery") says nothing of the employer; one
    // that names a body ("Office for Land Title Records" on a civil-service board) does.
    const unitRow = hit?.[0] === 'company' && UNIT_LABEL.test(text);
    if (unitRow && DEPARTMENT_LABEL.test(text) && (ORG_UNIT.test(hit![1]) || DEPARTMENT_WORDS.test(hit![1])))
      hit = null;
    // "1 vacancy in the following location:" introduces the value; it is not one.
    if (hit && hit[1] && hit[1].length <= 160 && !/[:：]$/.test(hit[1])) {
      // The label's own words (before the value on a "Label: value" line) may state the pay period.
      const label = hit[0] === 'salary' ? (text.endsWith(hit[1]) ? text.slice(0, -hit[1].length) : text) : '';
      const period = label ? LABEL_PERIODS.find(([, re]) => re.test(label))?.[0] : undefined;
      const pushed = push(hit[0], hit[1], period, part);
      if (pushed && unitRow) pushed.unit = true;
      if (pushed && hit[0] === 'locations' && REGION_LABELS.test(text)) pushed.broad = true;
      if (pushed && more) pushed.more = true;
      if (pushed && head && head !== hit[1]) pushed.head = head;
    }
  }

  function push(field: LabelledField, value: string, period?: LabelHit['period'], part = false): LabelHit | null {
    // (Place parts count apart: a City / State / Country table leaves room for the location rows.)
    const key = part ? 'part' : field;
    const count = seenFields.get(key) ?? 0;
    if (count >= 3) return null;
    const hit: LabelHit = period ? { field, value, order: order++, period } : { field, value, order: order++ };
    if (part) hit.part = true;
    labels.push(hit);
    seenFields.set(key, count + 1);
    return hit;
  }

  function readIcon(el: Element, names: readonly string[]): void {
    const icon = attributes.length < 200 ? iconField(el, names) : null;
    if (icon && el.parentElement) attributes.push({ field: icon, element: el.parentElement, order: order++ });
    const ligature = !icon && attributes.length < 200 && el.nextElementSibling ? ligatureField(el) : null;
    if (ligature) attributes.push({ field: ligature, element: el.nextElementSibling!, order: order++ });
  }

  function readElement(el: Element, tag: string, names: readonly string[]): void {
    // (GitHub writes its dates in <relative-time datetime>.)
    if ((tag === 'TIME' || tag === 'RELATIVE-TIME') && postedTimes.length < 3) {
      const datetime = el.getAttribute('datetime');
      const context = `${clean(el.textContent ?? '').slice(0, 80)} ${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''} ${clean(el.parentElement?.textContent ?? '').slice(0, 80)}`;
      if (datetime && POSTED.test(context)) postedTimes.push(datetime);
    }
    if (attributes.length >= 200) return;
    // (An empty icon's class names what its row holds: "fa-location-dot" labels the parent, not the empty <i>.)
    const field = iconField(el, names) ? null : attributeField(el, names);
    if (field) attributes.push({ field, element: el, order: order++ });
    else readIcon(el, names);
    const titleAttr = names.includes('title') ? el.getAttribute('title') : null;
    // <span class="age" title="2026-11-02T15:04:11">23 days ago</span>: the exact time behind a relative one.
    if (
      titleAttr &&
      postedTimes.length < 3 &&
      /^\d{4}-\d{2}-\d{2}T/.test(titleAttr) &&
      POSTED.test(el.textContent ?? '')
    )
      postedTimes.push(titleAttr);
    if (titleAttr && titleAttr.length < 40) {
      const f = labelField(titleAttr);
      if (f) attributes.push({ field: f, element: el, order: order++ });
    }
  }
}

export { shortText };
