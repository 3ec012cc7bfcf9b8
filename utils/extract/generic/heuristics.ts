/**
 * Page heuristics: the title heading, the short lines right after it (location, salary, job type,
 * work mode, posted date), the apply link, and signals `detect` weighs (job section headings,
 * list-like pages). Bounded work: a forward walk of at most a few hundred nodes after the title.
 */
import { ROLE_TITLE } from '../data/detect-words';
import { caseless } from '../../text/text-test';
import { APPLY_WORDS, JOB_SECTION_HEADINGS, LIST_TITLE, NOT_LOCATION, POSTED_LABELS } from '../data/vocabulary';
import { absoluteUrl, all, attr, clean, first, NON_TEXT_TAGS, visibleText } from '../dom';
import {
  cleanLocation,
  normalizeEmploymentType,
  parseDate,
  parseRelativeDate,
  recentDate,
  splitLocations,
  workModeFromText,
} from '../normalize';
import { parseSalaryText, periodIn } from '../../money/parse';
import { salaryFromLine } from '../../money/find';
import type { Fields } from '../types';
import { splitTitleParts } from './meta-tags';
import { companyFromCareersPhrase, roleFromApplyHeading } from './title-patterns';
import { isPlace } from './places';
import { ENOUGH_HEADINGS } from '../signals';

const SKIP = new Set([...NON_TEXT_TAGS, 'BUTTON', 'SELECT', 'OPTION', 'FORM', 'NAV']);
const INLINE = /^(A|B|EM|I|SPAN|STRONG|SMALL|TIME|LABEL|FONT|U|SUP|SUB|ABBR|CODE|MARK|BDI)$/;

export interface HeuristicSignals {
  titleElement: Element | null;
  headerLines: string[];
  /** The text pieces of each header line (see `textAfter`). */
  headerLineParts: string[][];
  /** A short line right above the title ("Solbacka AB · Uppsala" over the heading), or ''. */
  lineAbove: string;
  applyFound: boolean;
  /** Job section headings, counted up to `ENOUGH_HEADINGS`. */
  jobHeadings: number;
  jobLinks: number;
  listTitle: boolean;
  h1Count: number;
}

export interface HeuristicResult {
  fields: Fields;
  /** A location line that agreed with structured data or the title (preferred over the raw address). */
  confirmedLocations: string[] | null;
  /** Visible salary text that agreed with structured numbers. */
  confirmedSalaryText: string | null;
  signals: HeuristicSignals;
}

export interface HeuristicHints {
  title?: string;
  company?: string;
  /** Localities or place names the header's location line should contain. */
  places?: string[];
  /** og:title or <title>, split into "Role - Company - City" parts once the role is known. */
  rawTitle?: string;
  salary?: { min: number | null; max: number | null } | null;
  now?: Date | null;
  pageUrl?: string | null;
  /** The title heading when it is known (a job's pane beside a results list). */
  titleElement?: Element;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Text compared as a name: lower case, no accents, words only. */
export function norm(s: string): string {
  // Plain ASCII has no accents to strip, and its letters and digits are a-z and 0-9: the same result, cheaper.
  if (PRINTABLE_ASCII.test(s))
    return s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The heading that names the job: an h1 agreeing with the known title, else the first short h1. */
export const PAGE_NAME_TITLE = caseless(
  /^(recruitment|recruiting|job details?|job description|job posting|job offer|job opening|current openings|career (center|centre|portal|site)|stellenangebot|stellenanzeige|empleo|oferta de empleo|detalle de la oferta|offre d'emploi|détail de l'offre|annuncio di lavoro|offerta di lavoro|vacature|vaga|oferta pracy|work with us|come work with us|join us|join (our|the) team|careers?|jobs|vacancies|open (positions|roles)|we('|’)re hiring|we are hiring|now hiring|karriere|jobs (&|und) karriere|stellenangebote|offene stellen|wir suchen (dich|sie|euch)|werde teil (unseres teams|von uns)|offres d'emploi|rejoignez-nous|nous recrutons|on recrute|vacatures|werken bij ons|kom (bij ons )?werken|ledige stillinger|lediga jobb|jobba (hos|med) oss|bliv en af os|lavora con noi|unisciti a noi|trabaja con nosotros|únete (a nosotros|a nuestro equipo)|trabalhe conosco|junte-se a nós|dołącz do nas|praca u nas|tule meille töihin)\s*[!.]*$/u,
);

/** A link to the employer's page on a board ("/entreprises/plastiques-du-rhone", "/company/…"). */
const COMPANY_LINK =
  /\/(compan(y|ies)|entreprises?|employers?|empresas?|unternehmen|firma|firmen|bedrijven|aziende|cmp)\//i;

/**
 * "<h1><span>Technicien H/F</span><a href="/entreprises/x">Plastiques du Rhône</a></h1>": a heading
 * that holds the role and a link to the employer shows them as two lines; the role is its other part.
 */
function roleInside(h1: Element): Element {
  const link = first(h1, 'a[href]');
  if (!link || !COMPANY_LINK.test(link.getAttribute('href') ?? '')) return h1;
  const role = Array.from(h1.children).find((c) => c !== link && !c.contains(link) && visibleText(c, 200));
  return role ?? h1;
}

export function findTitleElement(document: Document, knownTitle?: string): Element | null {
  const heading = titleHeading(document, knownTitle);
  const found = heading?.tagName.toUpperCase() === 'H1' ? roleInside(heading) : heading;
  // "Tallowmere Foods Careers" in the site's banner h1: the job is the one heading below that names a
  // role (a careers index names several, and stays a list). A heading that links to a job elsewhere
  // is a card ("Design Jobs" with one featured job), not this page's title.
  const text = found ? visibleText(found, 200) : '';
  if (text && (PAGE_NAME_TITLE.test(text) || companyFromCareersPhrase(text))) {
    const roles = all(document, 'h2, h3', 20).filter((h) => {
      const role = visibleText(h, 200);
      if (first(h, 'a[href]')) return false;
      return role && role.length <= 160 && ROLE_TITLE.test(role) && !companyFromCareersPhrase(role);
    });
    if (roles.length === 1) return roles[0]!;
  }
  return found;
}

function titleHeading(document: Document, knownTitle?: string): Element | null {
  const h1s = all(document, 'h1', 30);
  const known = knownTitle ? norm(knownTitle) : '';
  let fallback: Element | null = null;
  for (const h of h1s) {
    const text = norm(visibleText(h, 300));
    if (!text || text.length > 250) continue;
    if (known && (text === known || text.includes(known) || known.includes(text))) return h;
    fallback ??= h;
  }
  if (known) {
    for (const h of all(document, 'h2, h3, [class*="title" i]', 60)) {
      const text = norm(visibleText(h, 300));
      if (text && (text === known || (text.length > 8 && known.startsWith(text)))) return h;
    }
  }
  // No h1 and a page title that only names the page ("Work With Us", "Redbud Dentistry Careers"): the first
  // heading naming a role.
  if (!fallback && knownTitle && (PAGE_NAME_TITLE.test(clean(knownTitle)) || companyFromCareersPhrase(knownTitle))) {
    for (const h of all(document, 'h2, h3', 20)) {
      const text = visibleText(h, 200);
      if (text && text.length <= 160 && ROLE_TITLE.test(text)) return h;
    }
  }
  return fallback;
}

/** A run of text siblings read so far, and whether its chunk / part is the last one pushed. */
interface TextRun {
  node: Node;
  text: string;
  chunk: boolean;
  part: boolean;
}

/** A heading that is one fact of a list ("<li><h3>Full-time</h3></li>"), not a section's or another job's title. */
function styledFact(heading: Element): boolean {
  return heading.parentElement?.tagName.toUpperCase() === 'LI' && !first(heading.parentElement, 'a[href]');
}

/** Lines (block text) and chunks (each text node) after an element in document order. */
export function textAfter(
  start: Element,
  maxChars = 1500,
  maxNodes = 600,
): { lines: string[]; chunks: string[]; lineParts: string[][] } {
  const lines: string[] = [];
  const chunks: string[] = [];
  /** The text nodes of each line (a header line of spans: "Snap Inc.", "Los Angeles, CA", …). */
  const lineParts: string[][] = [];
  let parts: string[] = [];
  let run: TextRun | null = null;
  let current = '';
  let chars = 0;
  let nodes = 0;
  const flush = () => {
    const line = clean(current);
    if (line) {
      lines.push(line);
      lineParts.push(parts);
    }
    current = '';
    parts = [];
  };
  // Skip the start element's own subtree.
  let node: Node | null = start;
  const nextOutside = (n: Node): Node | null => {
    let cur: Node | null = n;
    if (cur.nodeType === 1 && !INLINE.test((cur as Element).tagName.toUpperCase())) flush();
    while (cur && !cur.nextSibling) {
      cur = cur.parentNode;
      if (cur && cur.nodeType === 1 && !INLINE.test((cur as Element).tagName.toUpperCase())) flush();
    }
    return cur ? cur.nextSibling : null;
  };
  node = nextOutside(start);
  while (node && chars < maxChars && nodes < maxNodes) {
    nodes++;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      current += text;
      // linkedom splits text at entities ("Ferrous ", "&", " Finch"): one run of text siblings is one chunk.
      const prev = run as TextRun | null;
      const continued: boolean = prev !== null && node.previousSibling === prev.node;
      const whole: string = prev && continued ? prev.text + text : text;
      const chunk = clean(whole);
      let inChunks: boolean = !!prev && continued && prev.chunk;
      let inParts: boolean = !!prev && continued && prev.part;
      if (inChunks && chunk) chunks[chunks.length - 1] = chunk;
      else if (chunk && chunks.length < 200) inChunks = !!chunks.push(chunk);
      if (inParts && chunk) parts[parts.length - 1] = chunk;
      else if (chunk && parts.length < 20) inParts = !!parts.push(chunk);
      run = { node, text: whole, chunk: inChunks, part: inParts };
      chars += text.trim().length;
      node = nextOutside(node);
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) {
        node = nextOutside(el);
        continue;
      }
      if (!INLINE.test(tag)) flush();
      // The next heading ends the posting header; a heading inside a list item, with no link (a card's), is a
      // styled fact ("<li><i name="icon-location-pin"></i><h3>Avellaneda, Buenos Aires</h3></li>").
      if (/^H[1-6]$/.test(tag) && lines.length >= 2 && !styledFact(el)) break;
      node = el.firstChild ?? nextOutside(el);
      continue;
    }
    node = nextOutside(node);
  }
  flush();
  return { lines, chunks, lineParts };
}

/** Names of one country that structured data and the header write differently ("USA", "Remote (United States)"). */
const COUNTRY_NAMES = [
  ['usa', 'us', 'united states', 'united states of america'],
  ['uk', 'gb', 'united kingdom', 'great britain'],
  ['uae', 'united arab emirates'],
];

function containsAll(line: string, needles: string[]): boolean {
  const hay = ` ${norm(line)} `;
  return needles.every((n) => {
    const name = norm(n);
    if (hay.includes(` ${name} `)) return true;
    return !!COUNTRY_NAMES.find((names) => names.includes(name))?.some((other) => hay.includes(` ${other} `));
  });
}

/** Picks the header line that lists the known places, without company, dates and other facts. */
function locationLine(
  lines: string[],
  places: string[],
  company?: string,
  lineParts: string[][] = [],
): string[] | null {
  const needles = places.map((p) => p.split(',')[0]!.trim()).filter((p) => p.length > 1);
  if (!needles.length) return null;
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const line = lines[i]!;
    if (line.length > 400) continue;
    // A line of separate spans without separators ("Snap · LA" with aria-hidden dots, or glued badges
    // "HíbridoSão Paulo - SPEfetivo"): its pieces.
    const pieces = (lineParts[i] ?? []).filter((p) => !/^[·•|,-]$/.test(p));
    // (Glued: two pieces meet letter to letter, "HíbridoSão"; "<b>Berlin</b>, Germany" is one place.)
    const glued = pieces.some(
      (p, j) =>
        j > 0 && /[\p{L}\d)]$/u.test(pieces[j - 1]!) && /^[\p{L}\d(]/u.test(p) && line.includes(`${pieces[j - 1]}${p}`),
    );
    const separated = !glued && (/\s[·•|;]\s|\s-\s|:/.test(line) || pieces.length < 3) ? line : pieces.join(' · ');
    if (!containsAll(separated, needles)) continue;
    const segments = separated
      // "Berlin - Engineering" splits at the dash; "Goiânia - GO" (a state code after the city) does not.
      .split(/\s+[·•|]\s+|\s*;\s*|\s+\|\s+|\s+-\s+(?=[A-Z](?![A-Z\d]?\b))/)
      .map(cleanLocation)
      .filter(Boolean);
    const kept: string[] = [];
    for (let segment of segments) {
      if (company && norm(segment) === norm(company)) continue;
      // "Bramblecroft Family Dentistry Boise, ID": the company's spans run into the place's.
      if (company && segment.toLowerCase().startsWith(`${company.toLowerCase()} `))
        segment = cleanLocation(segment.slice(company.length));
      if (normalizeEmploymentType(segment, true) && segment.length < 25) continue;
      const fact = segment.match(NOT_LOCATION);
      // "New York, NY, United States Full-Time": keep the place before the first non-place word.
      const place = fact ? cleanLocation(segment.slice(0, fact.index)) : segment;
      if (place && (needles.some((n) => containsAll(place, [n])) || (!fact && isPlace(place)))) kept.push(place);
    }
    if (kept.length && containsAll(kept.join(' '), needles)) return splitLocations(kept.join(' | '));
  }
  // Structured data lists several places and the header right under the title shows one of them
  // ("Guadalajara, Jalisco"; the other office is named only further down): what the user reads.
  if (places.length > 1 && places.length <= 5) {
    for (const place of places) {
      const one = locationLine(lines.slice(0, 3), [place], company, lineParts);
      if (one?.length === 1) return one;
    }
  }
  return null;
}

/**
 * "14 000–19 000 zł" with "brutto / mies. | Umowa o pracę" (or "Netto (+VAT) / mies. - B2B") on the next line: the
 * period the next line starts with.
 */
function withPeriodBelow(text: string, next: string | undefined): string {
  const head = next?.split(/\s*[·•|]\s*|\s+[-–]\s+/)[0] ?? '';
  if (!head || head.length > 25 || /\d/.test(head) || periodIn(text)) return text;
  return periodIn(`${text} ${head}`) ? `${text} ${head}` : text;
}

/** A pay label before the amount ("Salary: …", "Pay …"), never the start of a word ("Paying $120 …"). */
const SALARY_LABEL_LEAD = /^(target base salary|base salary|salary|gehalt|pay|compensation)(?![\p{L}])\s*:?\s*/iu;

function salaryLine(
  lines: string[],
  expected: { min: number | null; max: number | null } | null,
  read: Map<string, string | null>,
): string | null {
  const head = lines.slice(0, 30);
  for (const [i, line] of head.entries()) {
    for (const segment of line.split(/\s+[·•|]\s+/)) {
      // The header's chunks and its lines repeat the same segments: each is read once.
      let found = read.get(segment);
      if (found === undefined) {
        found = salaryFromLine(segment.replace(SALARY_LABEL_LEAD, ''));
        read.set(segment, found);
      }
      if (!found) continue;
      const text = withPeriodBelow(found, head[i + 1]);
      if (!expected) return text;
      const parsed = parseSalaryText(text);
      if (parsed && parsed.min === expected.min && (parsed.max === expected.max || parsed.max === null)) return text;
    }
  }
  return null;
}

/** The short text right before the title in its own block: a company and place line written above the heading. */
function lineAbove(title: Element | null): string {
  const before = title?.previousElementSibling;
  if (!before || /^(NAV|BUTTON|FORM|IMG|svg)$/i.test(before.tagName)) return '';
  const text = visibleText(before, 160);
  return text.length <= 120 && /\s[·•|]\s/.test(text) ? text : '';
}

export function readHeuristics(document: Document, hints: HeuristicHints): HeuristicResult {
  const fields: Fields = {};
  // (A job open in a pane beside a results list: the finishing steps pass the pane's heading.)
  const titleElement = hints.titleElement ?? findTitleElement(document, hints.title);
  const h1Count = all(document, 'h1', 50).filter((h) => visibleText(h, 50)).length;
  let headerLines: string[] = [];
  let headerChunks: string[] = [];
  let headerLineParts: string[][] = [];
  if (titleElement) {
    const heading = visibleText(titleElement, 300);
    const title = (heading && roleFromApplyHeading(heading)) || heading;
    if (title) fields.title = title;
    ({ lines: headerLines, chunks: headerChunks, lineParts: headerLineParts } = textAfter(titleElement));
  }

  // Places the header should show: structured localities, else the parts of the page title.
  const company = hints.company;
  let places = hints.places ?? [];
  let fromTitle = false;
  const titleParts = fields.title && hints.rawTitle ? splitTitleParts(hints.rawTitle, fields.title) : [];
  if (!places.length && titleParts.length) {
    // Only parts that read as places ("Role - Company" names no place).
    places = titleParts.filter((p) => (!company || norm(p) !== norm(company)) && isPlace(p));
    fromTitle = true;
  }
  let confirmedLocations: string[] | null = null;
  if (places.length) {
    confirmedLocations = locationLine(headerLines, places, company, headerLineParts);
    if (!confirmedLocations && fromTitle && places.length === 1 && /,/.test(places[0]!)) {
      // "Role - City, Region, Country" in the title, shown nowhere near the heading.
      fields.locations = splitLocations(places[0]!);
    }
  }
  const labelled = headerLines.find((l) => /^(location|standort|arbeitsort|lieu)\s*:/i.test(l));
  if (!confirmedLocations && labelled) fields.locations = splitLocations(labelled);

  const segments = new Map<string, string | null>();
  const salary =
    salaryLine(headerChunks, hints.salary ?? null, segments) ?? salaryLine(headerLines, hints.salary ?? null, segments);
  const confirmedSalaryText = hints.salary ? salary : null;
  if (salary && !hints.salary) {
    const parsed = parseSalaryText(salary);
    if (parsed) fields.salary = parsed;
  }

  const lang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const dayFirst = !!lang && !/^en(-us)?$/.test(lang);
  for (const line of headerChunks.slice(0, 40)) {
    for (const segment of line.split(/\s+[·•|]\s+/)) {
      if (segment.length > 40) continue;
      if (!fields.employmentType) {
        const type = normalizeEmploymentType(segment, true);
        if (type) fields.employmentType = type;
      }
      if (!fields.workMode && segment.length < 30) {
        const mode = workModeFromText(segment);
        if (mode) fields.workMode = mode;
      }
      // "Publicada em 17/11/2026" is read without a capture time; "3 days ago" needs one.
      const posted = POSTED_LABELS.test(segment);
      if (!fields.datePosted && (posted || (hints.now && /\bago\b|^vor\s\d/i.test(segment)))) {
        const date =
          (posted ? parseDate(segment.replace(POSTED_LABELS, ' '), hints.now ?? undefined, dayFirst) : null) ??
          (posted && hints.now ? recentDate(segment.replace(POSTED_LABELS, ' '), hints.now) : null) ??
          (hints.now ? parseRelativeDate(segment, hints.now) : null);
        if (date) fields.datePosted = date;
      }
    }
  }

  // Apply link: the first link or button whose text says "apply".
  let applyFound = false;
  for (const el of all(document, 'a[href], button', 400)) {
    const text = clean(el.textContent ?? '');
    if (text.length > 40 || !APPLY_WORDS.test(text)) continue;
    applyFound = true;
    const href = absoluteUrl(attr(el, 'href'), hints.pageUrl ?? null);
    if (href && el.tagName.toUpperCase() === 'A') {
      fields.applyUrl = href;
      break;
    }
  }

  let jobHeadings = 0;
  for (const el of all(document, 'h2, h3, h4, strong, b, dt', 500)) {
    const text = el.textContent ?? '';
    if (text.length < 80 && JOB_SECTION_HEADINGS.test(text)) jobHeadings++;
    if (jobHeadings >= ENOUGH_HEADINGS) break;
  }

  let jobLinks = 0;
  for (const a of all(document, 'a[href]', 3000)) {
    const href = a.getAttribute('href') ?? '';
    if (
      /\/(jobs\/view|job-listing|viewjob|rc\/clk|pagead\/clk|stellenangebote--|job\/|jobs\/\d|jobannonce|positions?\/)/i.test(
        href,
      )
    )
      jobLinks++;
  }
  const h1Text = titleElement ? visibleText(titleElement, 200) : '';
  const docTitle = clean(document.title ?? '');
  const listTitle = LIST_TITLE.test(h1Text) || LIST_TITLE.test(docTitle);

  return {
    fields,
    confirmedLocations,
    confirmedSalaryText,
    signals: {
      titleElement,
      headerLines,
      headerLineParts,
      lineAbove: lineAbove(titleElement),
      applyFound,
      jobHeadings,
      jobLinks,
      listTitle,
      h1Count,
    },
  };
}
