/**
 * Page titles as sites write them: "Role - Company - City | Site", "Role | Company Careers",
 * "Job Application for Role at Company", "Role — Company", "Role at Company", "Company: Role".
 * Splits on the separators and tells the company apart from a place and from the site's own name.
 */
import { clean } from '../dom';
import { nameKey } from './company-name';
import { isPlace } from './places';
import { ROLE_TITLE } from '../data/detect-words';
import { DEPARTMENT_WORDS } from '../data/vocabulary';

export interface TitleParts {
  role: string | null;
  company: string | null;
  place: string | null;
}

/** How a title separates its parts: "Role - Company - City | Site". */
export const SEPARATORS = /\s+[|–—-]\s+|\s+[·•]\s+|\s*\|\s*|\s+::\s+/;
/** Parts that name the page, not the employer. */
export const GENERIC_PART =
  /^(careers?|jobs?|job details|job description|job posting|stellenangebote?|stellenanzeige|karri(ere|är)|kariéra|kariera|jobbörse|offres? d'emploi|emploi|empleo|ofertas?|vacatures?|vacature|ledige stillinger|job|home|apply|apply now|application|bewerbung|bewerben|jetzt bewerben|postuler|candidature|candidater|solliciteren|sollicitatie|solicitar|solicitud|inscribirse|aplicar|candidatar|ansök|ansøg|søg|søk|hae|recrutement|recrutamento|reclutamiento|reclutamento|trabaja con nosotros|open positions?|join us|careers? site|work with us|lavora con noi|unisciti a noi|rejoignez-nous|nous rejoindre|wir suchen dich|werde teil unseres teams|werken bij ons|trabalhe conosco|junte-se a nós|dołącz do nas|praca u nas|jobba hos oss|tule meille töihin|(?:jobs?|careers?|candidate|applicant|recruitment|employment) (?:portal|board|centre|center)|current (?:openings|vacancies)|vacancies|(?:job|employment|career) opportunities)$/i;
/** Parts that name a board's section or search ("Offerte di lavoro In vendita a Verona", "Stellenangebote in Köln"). */
const LISTING_PART =
  /^(?:offerte di lavoro|annunci di lavoro|ofertas? de (?:empleo|trabajo)|offres? d['’]emploi|stellenangebote|stellenanzeigen|jobs (?:in|im|en)|vacatures in|lediga jobb|ledige stillinger|oferty pracy|vagas (?:de emprego|em)|empleos en|nabídky práce)(?![\p{L}])/iu;
/**
 * "Company Careers", "Careers at Company", "Werken bij Company", "Karriere bei Company". Without `u` and `\p{L}`: with
 * `iu` this was many times dearer to compile in the page.
 */
const CAREERS_SUFFIX =
  /^(?!(?:similar|related|more|other|recommended|latest|recent|all|open|top|featured|new|saved|matching)\s)(.{2,80}?)\s+(careers?|jobs|karriere|career site|job board|recruiting|recrutement|vacatures|empleo)$/i;
const CAREERS_PREFIX =
  /^(?:careers?|jobs|join(?: us)?|work) (?:at|with)\s+(?!us\b)(.{2,80})$|^(?:werken bij|karriere bei|jobs bei|arbeiten bei|carrières? chez|travailler chez|trabaja en|trabajar en|job hos|jobba på|jobba hos|arbejde hos|lavora con)\s+(?!(?:us|noi|uns|nous|nosotros|oss|os)\b)(.{2,80})$/i;
/**
 * The same phrase in Japanese, with no space: "Xの{team}の採用" (a job board's employer part), "X採用情報". Not a bare
 * "…の採用" or "…求人": a role stands there as often as an employer ("エンジニアの採用").
 */
const CAREERS_SUFFIX_JA = /^(.{2,60}?)(?:の[^の]{1,20}の採用|の?採用情報)$/u;
const JOB_APPLICATION =
  /^(?:job application for|application for|apply for|bewerbung als|candidature pour)\s+(.+?)\s+(?:at|bei|chez)\s+(.{2,80})$/i;
/** "Role at Company" in a title or a heading (also "bei", "chez", "hos", "bij", "presso", "@"). */
export const ROLE_AT = /^(.{2,200}?)\s+(?:at|@|bei|chez|hos|bij|presso)\s+(.{2,80})$/i;
/** "Company hiring Role in Place" (LinkedIn-style share titles) and "Role job at Company in Place". */
const HIRING = /^(.{2,80}?)\s+(?:is\s+)?hiring(?:\s+an?)?\s+(.{2,150}?)(?:\s+in\s+(.{2,80}))?$/i;
const JOB_AT = /^(.{2,150}?)\s+(?:job|position|vacancy|role)\s+at\s+(.{2,80}?)(?:\s+in\s+(.{2,80}))?$/i;

/** An apply form's heading: "Apply for Role", "Postuler : Role", "Bewerbung als Role", "Application for Role at Company". */
const APPLY_HEADING =
  /^(?:(?:job application for|application for|apply(?: now)? for|apply to|applying for|you are applying for|bewerbung (?:als|für)|bewerben als|jetzt bewerben als|postuler (?:à|pour)|candidature (?:pour|à)|solicitud para|aplicar a|solliciteren (?:voor|op)|sollicitatie voor|ansök till|søg stillingen som)\s*[:：\-–—]?|(?:apply|apply now|bewerbung|jetzt bewerben|postuler|candidature|candidater|solicitud|solliciteren|ansök|ansøg)\s*[:：\-–—])\s+(.{2,200})$/i;

/** The role an apply heading names (without "at Company"), or null when the heading is not one. */
export function roleFromApplyHeading(heading: string): string | null {
  const m = clean(heading).match(APPLY_HEADING);
  if (!m) return null;
  const at = m[1]!.match(/^(.{2,150}?)\s+(?:at|bei|chez)\s+\p{Lu}.{1,80}$/u);
  const role = clean(at ? at[1]! : m[1]!);
  return /^(?:(?:this|the|a) )?(?:job|position|role|vacancy|empleo|emploi|poste|stelle)$/i.test(role) ? null : role;
}

/** The first title part read as "Company hiring Role in Place" or "Role job at Company in Place". */
function hiringPhrase(part: string, known: string): TitleParts | null {
  const hiring = part.match(HIRING);
  const jobAt = hiring ? null : part.match(JOB_AT);
  const m = hiring ?? jobAt;
  if (!m) return null;
  const [role, company] = hiring ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
  // Only with the heading to confirm the role ("Assistant to the Hiring Manager" is a role).
  if (!known || nameKey(role) !== known || !/^[\p{Lu}\d]/u.test(company) || /^(we|our|now)\b/i.test(company))
    return null;
  const place = m[3] && isPlace(m[3]) ? clean(m[3]) : null;
  return { role: clean(role), company: clean(company), place };
}

/** The employer named by a "Company Careers" / "Careers at Company" phrase, else null (never "Similar Jobs"). */
export function companyFromCareersPhrase(text: string): string | null {
  const t = clean(text);
  // "Job Details | Redbud Dentistry Careers": the phrase is one part of a page title.
  const parts = t.split(/\s+[|–—]\s+/);
  if (parts.length > 1) return parts.map(companyFromCareersPhrase).find(Boolean) ?? null;
  const pre = t.match(CAREERS_PREFIX);
  if (pre) return clean(pre[1] ?? pre[2] ?? '') || null;
  const suf = t.match(CAREERS_SUFFIX) ?? t.match(CAREERS_SUFFIX_JA);
  return suf ? clean(suf[1]!) || null : null;
}

/**
 * A page title that names only the page and its owner ("Careers | Brightwell Dental", "Jobs – Harbour Inn"): a
 * careers word, the rest the company or the site's own name.
 */
export function namesPageOnly(title: string, company: string | null, siteName: string, host: string): boolean {
  const parts = clean(title).split(SEPARATORS).map(clean).filter(Boolean);
  const generic = (part: string) => GENERIC_PART.test(part) || !!companyFromCareersPhrase(part);
  return (
    parts.some(generic) &&
    parts.every(
      (part) => generic(part) || (!!company && nameKey(part) === nameKey(company)) || isSiteName(part, siteName, host),
    )
  );
}

/** True when `part` is the site's own name: og:site_name, or the host's brand ("hatchboard.io"). */
export function isSiteName(part: string, siteName: string, host: string): boolean {
  const p = nameKey(part);
  if (!p) return false;
  // "Hays Poland", "Randstad France": the site's name for one country is still the site's name.
  const local = withoutCountry(part);
  if (local && isSiteName(local, siteName, host)) return true;
  if (siteName && p === nameKey(siteName)) return true;
  const h = host.toLowerCase().replace(/^www\./, '');
  if (p === nameKey(h)) return true;
  const brand = h.split('.').slice(-2, -1)[0] ?? '';
  return brand.length >= 3 && p === nameKey(brand);
}

/** A name followed by the place it serves ("Hays Poland" → "Hays"), else null. */
function withoutCountry(part: string): string | null {
  const m = clean(part).match(/^(.{2,60}?)\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)$/u);
  return m && isPlace(m[2]!) ? m[1]! : null;
}

/** The site's name as the title writes it, without the country it serves ("Hays Poland" → "Hays"). */
function siteOwnName(part: string, siteName: string, host: string): string {
  const local = withoutCountry(part);
  return local && isSiteName(local, siteName, host) ? local : part;
}

/**
 * Reads one title string. `knownRole` (the h1) says which part is the role; without it the first
 * part is. The site's name counts as the company only when nothing else could be (a company's own
 * career site names itself).
 */
export function parseTitle(
  raw: string,
  opts: { knownRole?: string | null; siteName?: string; host?: string; boardHost?: boolean } = {},
): TitleParts {
  const text = clean(raw).slice(0, 400);
  const out: TitleParts = { role: null, company: null, place: null };
  if (!text) return out;
  const siteName = opts.siteName ?? '';
  const host = opts.host ?? '';
  const app = text.match(JOB_APPLICATION);
  if (app) return { role: clean(app[1]!), company: clean(app[2]!.split(SEPARATORS)[0]!), place: null };

  let parts = text.split(SEPARATORS).map(clean).filter(Boolean);
  const phrase = parts[0] ? hiringPhrase(parts[0], opts.knownRole ? nameKey(opts.knownRole) : '') : null;
  if (phrase) return phrase;
  // "Company: Role" (one colon, the role after it matches the heading, or no other separator).
  if (parts.length === 1 && /^[^:]{2,60}:\s+\S/.test(text)) {
    const [head, ...rest] = text.split(':');
    const tail = clean(rest.join(':'));
    const role = opts.knownRole ? clean(opts.knownRole) : '';
    if (!role || nameKey(tail) === nameKey(role) || nameKey(tail).startsWith(nameKey(role)))
      return { role: tail, company: clean(head!), place: null };
  }
  const known = opts.knownRole ? nameKey(opts.knownRole) : '';
  let roleIndex = known ? parts.findIndex((p) => nameKey(p) === known || nameKey(p).startsWith(known)) : 0;
  // "CNA – Orthopedics, Part-Time | Careers | Hospital": the role itself holds a separator.
  for (let k = 2; known && roleIndex < 0 && k < parts.length; k++) {
    if (nameKey(parts.slice(0, k).join(' ')) !== known) continue;
    parts = [parts.slice(0, k).join(' – '), ...parts.slice(k)];
    roleIndex = 0;
  }
  // "Welder | Castlegate" under a heading "WELDER / FABRICATOR" or "Welder at Castlegate": the part the heading opens
  // with, up to a word's end, is the role (two parts only, and never when the heading goes on with the other part).
  if (known && roleIndex < 0 && parts.length === 2) {
    const head = clean(opts.knownRole!).toLowerCase();
    roleIndex = parts.findIndex((p) => {
      const q = p.toLowerCase();
      const tail = head.slice(q.length);
      if (q.length < 4 || !head.startsWith(q) || !/^\s*[\s/(,–—-]/.test(tail)) return false;
      const other = parts
        .find((o) => o !== p)!
        .toLowerCase()
        .split(/\s+/)[0]!;
      return /^\s+(?:at|@)\s/.test(tail) || !tail.includes(other);
    });
  }
  // "Lavora con noi | Osteria del Mulino": a page name where the role would be; the other parts still name the employer.
  // (Not when a part is a piece of the role: "Job Description - Surgical Technologist - Day Shift (2604417)".)
  const pageNamed =
    roleIndex < 0 &&
    parts.length > 1 &&
    GENERIC_PART.test(parts[0]!) &&
    !parts.slice(1).some((p) => known && known.includes(nameKey(p)));
  if (pageNamed) roleIndex = 0;
  if (roleIndex < 0) {
    // "Role at Company" inside the first part.
    const at = parts[0]!.match(ROLE_AT);
    if (known && at && nameKey(at[1]!) === known) {
      parts = [at[1]!, at[2]!, ...parts.slice(1)];
      roleIndex = 0;
    } else return out;
  }
  let role = parts[roleIndex]!;
  const at = role.match(ROLE_AT);
  const rest = parts.filter((_, i) => i !== roleIndex);
  if (at && (!known || nameKey(at[1]!) === known || placeAfterRole(at[1]!, known))) {
    role = at[1]!;
    rest.unshift(at[2]!);
  }
  const after = placeAfterRole(role, known);
  if (after) [role, out.place] = after;
  out.role = pageNamed ? null : clean(role);
  const companies: string[] = [];
  let site: string | null = null;
  for (const part of rest) {
    if (GENERIC_PART.test(part) || LISTING_PART.test(part)) continue;
    const phrase = companyFromCareersPhrase(part);
    if (phrase) {
      companies.unshift(phrase);
      continue;
    }
    if (isSiteName(part, siteName, host)) {
      site = siteOwnName(part, siteName, host);
      continue;
    }
    if (!out.place && isPlace(part)) {
      out.place = part;
      continue;
    }
    if (part.length <= 80 && part.split(/\s+/).length <= 8) companies.push(part);
  }
  // After a page name only the name the host spells is the employer ("Recrutement – Boulangerie Pâtisserie à
  // Chambéry" describes the shop, even when og:site_name says the same).
  if (pageNamed) out.company = site && !opts.boardHost && isSiteName(site, '', host) ? site : null;
  else out.company = companies[0] ?? (opts.boardHost ? null : site);
  return out;
}

/**
 * "Delivery Driver in Leicester", "Fahrer (m/w/d) in Leipzig": the role the heading shows, then the place the title adds
 * after "in" (a known place, or a short capitalised name).
 */
function placeAfterRole(part: string, known: string): [string, string] | null {
  const m = part.match(/\s(?:in|im|à|en|em)\s+(\p{Lu}[\p{L}\p{M}.'’ -]{1,40})$/u);
  if (!m || !known || nameKey(part.slice(0, m.index)) !== known) return null;
  const place = clean(m[1]!);
  return isPlace(place) || place.split(/\s+/).length <= 3 ? [clean(part.slice(0, m.index)), place] : null;
}

/** A part that names a role and not an employer: a job noun, and no department or place alone. */
const roleLike = (part: string) => ROLE_TITLE.test(part);
const orgLike = (part: string) =>
  !ROLE_TITLE.test(part) &&
  !DEPARTMENT_WORDS.test(part) &&
  !isPlace(part) &&
  /^[\p{Lu}\d]/u.test(part) &&
  part.split(/\s+/).length <= 6;

/**
 * "Acme Corp – Senior Analyst" (a published document's title puts the company first): which part is the role and
 * which the employer, by the words each holds. Returns the pair read the other way round, or null when the order
 * read stands. `title` and `company` are what the page gave; `docTitle` is the page's own title.
 */
export function roleSecond(
  title: string,
  company: string | null,
  docTitle: string,
): { title: string; company: string } | null {
  // The heading shows the company and the line under it the role, as the document's title has them.
  if (company && orgLike(title) && roleLike(company) && !roleLike(title)) {
    const parts = clean(docTitle).split(SEPARATORS).map(nameKey);
    const [i, j] = [parts.indexOf(nameKey(title)), parts.indexOf(nameKey(company))];
    if (i >= 0 && j === i + 1) return { title: company, company: title };
  }
  // The whole "Company – Role" as the title, the role (or nothing) read as the company.
  const parts = clean(title).split(/\s+[–—-]\s+/);
  if (parts.length !== 2) return null;
  const [head, tail] = [parts[0]!, parts[1]!];
  // (A one-word tail, "Barista – Senior", is a qualifier of the role before it.)
  if (!orgLike(head) || !roleLike(tail) || !/\s/.test(tail)) return null;
  if (company && nameKey(company) !== nameKey(tail) && nameKey(company) !== nameKey(head)) return null;
  return { title: tail, company: head };
}
