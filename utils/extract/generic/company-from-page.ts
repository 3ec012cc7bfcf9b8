/**
 * The employer when no header, label or title names it: the name the page shows (logo alt,
 * "Careers at NVIDIA", the copyright line) on an ATS host or on the company's own site, else —
 * last resort — the company slug in an ATS URL (`jobs.lever.co/{co}`, `{co}.breezy.hr`, …).
 */
import { isRemotePlace } from './remote-place';
import { ATS_BRANDS, ATS_COMPANY_SLUGS, ATS_HOSTS_WITHOUT_SLUG, BOARD_HOST_WORDS } from '../data/ats-hosts';
import { foldCase } from '../../text/text-test';
import { all, attr, clean, first, visibleText } from '../dom';
import { companyFromCareersPhrase } from './title-patterns';
import { isPlace } from './places';
import { isAgencyDomain, isBoardBrand, isJobBoardDomain, type ShownName } from './full-name';

const SITE_BUILDER_HOST =
  /(^|\.)(sites\.google\.com|notion\.site|webflow\.io|wixsite\.com|wordpress\.com|squarespace\.com|carrd\.co|framer\.website|github\.io)$/;

function norm(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** The company slug in an ATS URL, or null. */
export function atsSlug(url: URL | null): string | null {
  if (!url) return null;
  const target = `${url.hostname}${url.pathname}`;
  for (const re of ATS_COMPANY_SLUGS) {
    const m = target.match(re);
    if (m && m[1] && !/^(www|jobs|careers|apply|app|api|embed)$/i.test(m[1])) return decodeURIComponent(m[1]);
  }
  return null;
}

/** "granite-peak_energy" → "Granite Peak Energy"; "acmecorp" stays one word, capitalized. */
export function slugToName(slug: string): string {
  return clean(slug.replace(/[-_+.]+/g, ' '))
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** "Granite Peak Energy logo", "Logo of X", "X career site", "X Karriere" → the name. */
export function nameFromLogoAlt(alt: string): string {
  // An image's file name ("b1c2_osteria_del_mulino.png") is not a name the page shows.
  if (/\.(png|jpe?g|svg|gif|webp|avif)$/i.test(alt.trim()) || /^\S*_\S*$/.test(alt.trim())) return '';
  return clean(
    clean(alt)
      .replace(/^(logo( of| for)?|company logo)\s*[:-]?\s*/i, '')
      .replace(
        // A word of its own: "USAJOBS" is a name, not "USA" + "jobs".
        /(?:\s+|\s*[-|]\s*)(logo|logotype|career site|careers site|careers|career page|home( page)?|homepage|jobs|karriere|karriär|carrières|carrieres|carreras|carreiras|carriere|kariera|vacatures)$/i,
        '',
      ),
  );
}

/**
 * The name after a copyright mark (the year may follow the name). Lower case with the `d` flag, matched on folded text
 * and the name sliced from the original: without `i` a page compiles it several times faster on each click.
 */
const COPYRIGHT_NAME =
  /(?:(?:copyright\s*)?(?:©|\(c\))|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^·|,\n]{2,80}?(?:,\s*(?:inc|llc|ltd|l\.l\.c|corp)\.?(?=[\s.,]|$))?)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?(?=[\s.,·|]|$))?(?:\s*[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés)|\s+[·|]|\s+[-–—]\s|\s+(?:powered|made|built) (?:by|with)\b|,|$)/d;

/**
 * "© 2026 Harbourlight Bakery Ltd. · 6140 Quinpool Road", "© 2026 X Powered by Breezy", "© X Ltd 2026. All rights
 * reserved." → "Harbourlight Bakery Ltd.", "X", "X Ltd".
 */
export function nameFromCopyright(text: string): string {
  const line = clean(text);
  const span = foldCase(line).match(COPYRIGHT_NAME)?.indices?.[1];
  if (!span) return '';
  const raw = line.slice(span[0], span[1]);
  const name = clean(raw).replace(/\.$/, (dot) =>
    /\b(ltd|inc|co|corp|s\.l|s\.a|b\.v|n\.v)$/i.test(raw.replace(/\.$/, '')) ? dot : '',
  );
  // A name, not a version line or a domain ("aijobs.net v0.3 Made with …").
  if (/\d{3,}|\bv\d|made with|powered by|\.(com|net|io|org|ai|co|de|fr)\b/i.test(name) || name.split(/\s+/).length > 6)
    return '';
  return name;
}

/** "… is an equal opportunity employer": the employer names itself in its EEO statement. */
const EEO_TAIL =
  /\s+is\s+(?:an?\s+|proud(?:ly)?\s+(?:to\s+be\s+)?an?\s+)?(?:equal\s+(?:employment\s+)?opportunity|eoe\b|affirmative\s+action)/i;
const LEGAL_ABBREVIATION = /^(inc|co|corp|ltd|llc|l\.l\.c|plc)\.,?$/i;

/** The capitalised words right before "is an equal opportunity employer", or ''. "We are…", "The Company is…" name no one. */
/**
 * The text that holds the equal-opportunity statement: its own paragraph when one does (the page's text runs blocks
 * together, "FLSA: Exempt" + "HealthEdge is an equal opportunity employer" read "Exempt HealthEdge"), else the page's.
 */
function eeoText(document: Document): string {
  for (const el of all(document, 'p, li', 400)) {
    const text = el.textContent ?? '';
    if (text.length <= 2000 && EEO_TAIL.test(text)) return text;
  }
  return (document.body?.textContent ?? '').slice(0, 200_000);
}

export function nameFromEeoStatement(text: string): string {
  const m = EEO_TAIL.exec(text);
  if (!m) return '';
  const words = text.slice(Math.max(0, m.index - 100), m.index).split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 8; i--) {
    const word = words[i]!;
    if (name.length && /^(&|and|of|the)$/i.test(word)) {
      name.unshift(word);
      continue;
    }
    // A word ending a sentence ("…ahead. Cedarholt …") is not part of the name; "Inc." is.
    if (
      !/^[\p{Lu}\d][\p{L}\p{N}&'’.,-]*$/u.test(word) ||
      (name.length && /[.!?]$/.test(word) && !LEGAL_ABBREVIATION.test(word))
    )
      break;
    name.unshift(word);
  }
  while (name.length && /^(&|and|of|the)$/i.test(name[0]!)) name.shift();
  const out = clean(name.join(' ')).replace(/,$/, '');
  return /^(?:the |this |our )?(?:company|employer|organi[sz]ation|firm|business|it|we)?$/i.test(out) ? '' : out;
}

const AMPERSAND_WORDS = ['and', 'und', 'et', 'en', 'y', 'e', 'og', 'och', 'i'];
/** The word a university's or college's name starts with, which its host shortens ("hs-", "uni-", "fh-", "tu-"). */
const INSTITUTION_WORD =
  /^(?:technische |freie )?(?:hochschule|fachhochschule|universität|universitet|university|université|universidad|università|universidade|uniwersytet|högskolan|hogeschool|ammattikorkeakoulu)(?: (?:of|for|für|de|di|do))?\s+/i;

function hostMatches(name: string, host: string, slug: string | null): boolean {
  const n = norm(name);
  if (n.length < 3) return false;
  const brand = norm(
    host
      .replace(/^(www|jobs|careers|career|karriere|empleo|werkenbij|apply)\./, '')
      // hgv.co.uk, acme.com.au: the second-level suffix is not part of the brand.
      .replace(/\.(co|com|org|net|ac|gov|edu)(\.[a-z]{2})$/, '$2')
      .split('.')
      .slice(0, -1)
      .join(''),
  );
  const targets = [brand, slug ? norm(slug) : ''].filter((t) => t.length >= 3);
  // "Harbour Green Ventures" on hgv.co.uk: the host may be the name's initials.
  const initials = norm(
    name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join(''),
  );
  // "Hochschule Kassel-Nord" on hs-kasselnord.de, "Universität Talbach" on uni-talbach.de: the host shortens the
  // institution's word and writes the rest.
  const institution = name.match(INSTITUTION_WORD);
  const rest = institution ? norm(name.slice(institution[0].length)) : '';
  // "Lough & Larder" on loughandlarder.ie, "Brot & Bohne" on brotundbohne.de: the host spells the ampersand.
  const spelled = /&/.test(name) ? AMPERSAND_WORDS.map((w) => norm(name.replace(/\s*&\s*/g, ` ${w} `))) : [];
  return targets.some(
    (t) =>
      t.includes(n) ||
      // ("Tallis & Crane Dining Rooms Ltd." on tallisandcrane.co.uk: the host spells the name's first words.)
      spelled.some((written) => written === t || (t.length >= 6 && written.startsWith(t))) ||
      wordsOrInitials(t, name) ||
      n.includes(t) ||
      t.startsWith(n.slice(0, Math.max(5, Math.floor(n.length * 0.6)))) ||
      (initials.length >= 3 && t === initials) ||
      hyphenWords(host, name) ||
      (!!rest && rest.length >= 5 && t.endsWith(rest)),
  );
}

/**
 * "Saint Brendan Regional Medical Center" on saintbrendanmc.org: the host is the name's words in order, each
 * written out, as its initial or left out, starting with the first word written out.
 */
function wordsOrInitials(target: string, name: string): boolean {
  const words = name.split(/\s+/).map(norm).filter(Boolean);
  if (words.length < 2 || words.length > 8 || target.length < 5 || !target.startsWith(words[0]!)) return false;
  const fits = (w: number, at: number): boolean => {
    if (at === target.length) return true;
    if (w === words.length) return false;
    const word = words[w]!;
    return (
      (target.startsWith(word, at) && fits(w + 1, at + word.length)) ||
      (target[at] === word[0] && fits(w + 1, at + 1)) ||
      fits(w + 1, at)
    );
  };
  return fits(1, words[0]!.length);
}

/** "Tidewell Plumbing & Heating Ltd" on tidewell-heating.co.uk: each part of a hyphenated host is a word of the name. */
function hyphenWords(host: string, name: string): boolean {
  const label = host.replace(/^(www|jobs|careers|career)\./, '').split('.')[0] ?? '';
  const parts = label.split('-');
  const words = new Set(name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return parts.length >= 2 && parts.every((p) => p.length >= 3 && words.has(p));
}

/** "About Harbour Green Ventures", "Über Kessler Bau", "À propos de X", "Om X": a section about the employer. */
const ABOUT =
  /^(?:about|über|uber|à propos de|a propos de|acerca de|sobre|over|om)\s+(?!(?:the|this|our|us|you|your|uns|die|der|das|den|dich|ihn|le|la|les|l'|nous|vous|el|la|los|nosotros|ti|de|het|ons|jou|jullie|os|dig|oss|er|rollen|jobbet|tjänsten|stillingen|stillingen)\b)(\p{Lu}[^.!?:;]{1,60})$/iu;

/** The employer an "About X" heading names, or null. */
export function companyFromAboutHeading(text: string): string | null {
  const m = clean(text).match(ABOUT);
  if (!m || m[1]!.split(/\s+/).length > 6 || !/^\p{Lu}/u.test(m[1]!)) return null;
  return clean(m[1]!);
}

/** An "About X" section heading in a board's page (outside its header, navigation and footer), X not the board. */
function aboutOnBoard(document: Document, host: string): string | undefined {
  for (const el of all(document, 'h2, h3, h4', 40)) {
    if (el.closest('footer, nav, header, [class*="footer" i]')) continue;
    const name = companyFromAboutHeading(clean(el.textContent ?? '').slice(0, 80));
    if (name && !/^(home|careers?|jobs|company|employer)$/i.test(name) && !hostMatches(name, host, null)) return name;
  }
  return undefined;
}

export interface PageCompany {
  /** A name the page shows (preferred). */
  shown: string | null;
  /** The name an "About X" section heading gives (after `shown`, before the slug). */
  about?: string;
  /** The slug as a name (last resort). */
  slug: string | null;
  /** Every name the page shows for itself that passed the host check, logo first, then the © line. */
  names?: ShownName[];
  /** The shown name is the board's own brand ("Civil Service" on civilservicejobs…): an employer row beats it. */
  board?: true;
}

/**
 * Reads the names the page shows and checks them against the host: on an ATS host any shown name
 * is the employer; on another host only one that matches the host's brand (the company's own
 * site), never on a job board.
 */
export function companyFromPage(document: Document, url: URL | null): PageCompany {
  const host = url?.hostname.toLowerCase() ?? '';
  const slug = atsSlug(url);
  const ats = !!slug || ATS_HOSTS_WITHOUT_SLUG.test(host);
  // A recruitment agency's own site (kestrelrecruitment.co.uk) advertises its own ads: the agency is the advertiser
  // when its logo or © matches the host, as on a board that credits the agency ("Posted by Kestrel Recruitment").
  const agency = isAgencyDomain(host);
  const board = !ats && (BOARD_HOST_WORDS.test(`.${host}`) || (isJobBoardDomain(host) && !agency));
  // On a board only an "About Greenway Grocers" section names the employer (never the board's own "About JobsBoard").
  if (board) return { shown: null, slug: null, about: aboutOnBoard(document, host) };
  const candidates: ShownName[] = [];
  // On a site builder's host (sites.google.com, *.notion.site) the site is the owner's: its name is the employer.
  const hosted = SITE_BUILDER_HOST.test(host);
  if (hosted) {
    const site = nameFromLogoAlt(attr(document.querySelector('meta[property="og:site_name"]'), 'content')).replace(
      /\s+on (notion|google sites|webflow|wix)$/i,
      '',
    );
    if (site) candidates.push({ name: site, kind: 'logo' });
  }
  for (const img of all(
    document,
    'header img[alt], [id*="header" i] img[alt], [class~="header" i] img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], img[id*="logo" i][alt], a[href="/"] img[alt], [class*="topbar" i] img[alt], [class*="brand" i] img[alt], [class*="masthead" i] img[alt]',
    12,
  )) {
    const name = nameFromLogoAlt(attr(img, 'alt'));
    if (name && name.length <= 80) candidates.push({ name, kind: 'logo' });
  }
  // A home link in the header that shows the name as text, not as a logo image. Off an ATS only a name of
  // several words (a board's own one-word brand, "InfoJobs", or its domain, "aijobs.net", is not an employer).
  // (WordPress marks the site's title link rel="home"; a brand block is not always inside a <header>.)
  for (const link of all(
    document,
    'header a[href="/"], [class*="logo" i] a[href="/"], a[class*="logo" i], a[rel="home"], a[href="/"][class*="brand" i], [class*="brand" i] a[href="/"], a[href="/"][class*="marca" i]',
    4,
  )) {
    if (first(link, 'img, svg')) continue;
    const name = nameFromLogoAlt(visibleText(link, 100));
    const words = name.split(/\s+/).length;
    if (name && name.length <= 80 && words <= 6 && (ats || (words >= 2 && !/\.[a-z]{2,4}\b/i.test(name))))
      candidates.push({ name, kind: 'logo' });
  }
  for (const el of all(document, 'h1, h2, h3, title', 20)) {
    const phrase = companyFromCareersPhrase(visibleText(el, 120) || clean(el.textContent ?? '').slice(0, 120));
    // ("Careers at Phoenix, AZ": iCIMS names a portal for the job's place; a place is not the employer.)
    if (phrase && !(phrase.includes(',') && isPlace(phrase)) && !isRemotePlace(phrase))
      candidates.push({ name: phrase, kind: 'logo' });
  }
  for (const el of all(document, 'footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i]', 8)) {
    const name = nameFromCopyright(visibleText(el, 400));
    if (name) {
      candidates.push({ name, kind: 'copyright' });
      break;
    }
  }
  // No logo, heading or © names it: the equal-opportunity statement may (read only then: it needs the page's text).
  if (!candidates.length && ats) {
    const name = nameFromEeoStatement(eeoText(document));
    if (name) candidates.push({ name, kind: 'copyright' });
  }
  const names: ShownName[] = [];
  for (const candidate of candidates) {
    const name = candidate.name;
    if (/^(home|logo|careers?|jobs)$/i.test(name)) continue;
    // The ATS's own name ("© 2024 Workday, Inc.", "Powered by Lever", its "www.icims.com" link) is never the employer.
    const brand = name
      .replace(/,?\s+(inc|ltd|llc|gmbh|corp)\.?$/i, '')
      .replace(/^(?:https?:\/\/)?(?:www\.)?([\w-]+)\.[a-z]{2,3}\/?$/i, '$1');
    if (ATS_BRANDS.test(brand)) continue;
    if (ats || hosted || hostMatches(name, host, slug)) names.push(candidate);
  }
  const shown = names[0]?.name ?? null;
  let about: string | null = null;
  if (!shown) {
    for (const el of all(document, 'h2, h3, h4, strong, b', 60)) {
      const name = companyFromAboutHeading(clean(el.textContent ?? '').slice(0, 80));
      if (name && !/^(home|careers?|jobs)$/i.test(name)) {
        about = name;
        break;
      }
    }
  }
  const boardBrand = !!shown && isBoardBrand(shown, host);
  return {
    shown,
    about: about ?? undefined,
    slug: slug ? slugToName(slug) : null,
    names,
    ...(boardBrand ? { board: true as const } : {}),
  };
}
