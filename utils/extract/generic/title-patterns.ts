/**
 * Page titles as sites write them: "Role - Company - City | Site", "Role | Company Careers",
 * "Job Application for Role at Company", "Role — Company", "Role at Company", "Company: Role".
 * Splits on the separators and tells the company apart from a place and from the site's own name.
 */
import { clean } from '../dom';
import { isPlace } from './places';

export interface TitleParts {
  role: string | null;
  company: string | null;
  place: string | null;
}

const SEPARATORS = /\s+[|–—-]\s+|\s+[·•]\s+|\s*\|\s*|\s+::\s+/;
/** Parts that name the page, not the employer. */
const GENERIC_PART =
  /^(careers?|jobs?|job details|job description|job posting|stellenangebote?|stellenanzeige|karriere|jobbörse|offres? d'emploi|emploi|empleo|ofertas?|vacatures?|vacature|ledige stillinger|job|home|apply|application|bewerbung|recrutement|trabaja con nosotros|open positions?|join us|careers? site)$/i;
/** "Company Careers", "Careers at Company", "Werken bij Company", "Karriere bei Company". */
const CAREERS_SUFFIX =
  /^(.{2,80}?)\s+(careers?|jobs|karriere|career site|job board|recruiting|recrutement|vacatures|empleo)$/i;
const CAREERS_PREFIX =
  /^(?:careers?|jobs|join(?: us)?|work) (?:at|with)\s+(.{2,80})$|^(?:werken bij|karriere bei|jobs bei|arbeiten bei|carrières? chez|travailler chez|trabaja en|trabajar en|job hos|jobba på|jobba hos|arbejde hos|lavora con)\s+(.{2,80})$/i;
const JOB_APPLICATION =
  /^(?:job application for|application for|apply for|bewerbung als|candidature pour)\s+(.+?)\s+(?:at|bei|chez)\s+(.{2,80})$/i;
const AT = /^(.{3,200}?)\s+(?:at|@|bei|chez|hos|bij|presso)\s+(.{2,80})$/i;

function norm(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The employer named by a "Company Careers" / "Careers at Company" phrase, else null. */
export function companyFromCareersPhrase(text: string): string | null {
  const t = clean(text);
  const pre = t.match(CAREERS_PREFIX);
  if (pre) return clean(pre[1] ?? pre[2] ?? '') || null;
  const suf = t.match(CAREERS_SUFFIX);
  return suf ? clean(suf[1]!) || null : null;
}

/** True when `part` is the site's own name: og:site_name, or the host's brand ("hatchboard.io"). */
export function isSiteName(part: string, siteName: string, host: string): boolean {
  const p = norm(part);
  if (!p) return false;
  if (siteName && p === norm(siteName)) return true;
  const h = host.toLowerCase().replace(/^www\./, '');
  if (p === norm(h)) return true;
  const brand = h.split('.').slice(-2, -1)[0] ?? '';
  return brand.length >= 3 && p === norm(brand);
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
  // "Company: Role" (one colon, the role after it matches the heading, or no other separator).
  if (parts.length === 1 && /^[^:]{2,60}:\s+\S/.test(text)) {
    const [head, ...rest] = text.split(':');
    const tail = clean(rest.join(':'));
    const role = opts.knownRole ? clean(opts.knownRole) : '';
    if (!role || norm(tail) === norm(role) || norm(tail).startsWith(norm(role)))
      return { role: tail, company: clean(head!), place: null };
  }
  const known = opts.knownRole ? norm(opts.knownRole) : '';
  let roleIndex = known ? parts.findIndex((p) => norm(p) === known || norm(p).startsWith(known)) : 0;
  if (roleIndex < 0) {
    // "Role at Company" inside the first part.
    const at = parts[0]!.match(AT);
    if (known && at && norm(at[1]!) === known) {
      parts = [at[1]!, at[2]!, ...parts.slice(1)];
      roleIndex = 0;
    } else return out;
  }
  let role = parts[roleIndex]!;
  const at = role.match(AT);
  const rest = parts.filter((_, i) => i !== roleIndex);
  if (at && (!known || norm(at[1]!) === known)) {
    role = at[1]!;
    rest.unshift(at[2]!);
  }
  out.role = clean(role);
  const companies: string[] = [];
  let site: string | null = null;
  for (const part of rest) {
    if (GENERIC_PART.test(part)) continue;
    const phrase = companyFromCareersPhrase(part);
    if (phrase) {
      companies.unshift(phrase);
      continue;
    }
    if (isSiteName(part, siteName, host)) {
      site = part;
      continue;
    }
    if (!out.place && isPlace(part)) {
      out.place = part;
      continue;
    }
    if (part.length <= 80 && part.split(/\s+/).length <= 8) companies.push(part);
  }
  out.company = companies[0] ?? (opts.boardHost ? null : site);
  return out;
}
