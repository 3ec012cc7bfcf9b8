/**
 * Meta and OpenGraph tags, and the page <title>: a title, and "Role - Company - City" or
 * "Role at Company" patterns to split when nothing better is known.
 */
import { all, attr, clean, first } from '../dom';
import { AT_COMPANY, HIRING_TITLE } from '../data/vocabulary';
import { ROLE_TITLE } from '../data/detect-words';
import { salaryFromLine } from '../../money/find';
import { parseSalaryText } from '../../money/parse';
import { normalizeEmploymentType, workModeFromText } from '../normalize';
import { isPlace } from './places';
import type { Fields } from '../types';

export interface MetaResult {
  fields: Fields;
  /** The page's own URL (canonical link, then og:url). */
  pageUrl: string | null;
  ogType: string;
  siteName: string;
  /** og:title, else <title>. */
  rawTitle: string;
  /** The two titles apart (either may be empty). */
  docTitle: string;
  ogTitle: string;
  /** Facts (place, job type, pay) in a one-line posting title ("Company | Role | Remote | Full-time"). */
  lineFacts: number;
}

/** "Job Description - Role (2604417)" (Taleo and other ATSs): the page's name before the role… */
const TITLE_LEAD =
  /^(?:job description|job details?|job posting|stellenbeschreibung|description du poste)\s*(?:[-–—|:])\s+/i;
/**
 * A board's ad title: "Vaga de Role em Place - Site", "Offerta di lavoro Role a Place | Site",
 * "Oferta pracy Role, …": group 1 the role (group 2 the place, read by the title patterns).
 */
export const AD_TITLE =
  /^(?:vaga de|offerta di lavoro|oferta de (?:emprego|empleo|trabajo)|oferta pracy|stellenangebot|offre d['’]emploi)\s*:?\s+(.{2,150}?)(?:\s+(?:em|a|in|en|w|à)\s+(\p{Lu}.{1,60}?))?(?:\s+[|–—-]\s+(?:(?!\s[|–—-]\s).){2,40}|,\s+.{2,120})?$/iu;
/** …and a requisition number after it: one token in brackets with a digit ("(R-20418)", not "(m/w/d)"). */
export const REQUISITION_TAIL = /\s*\((?=[^)]*\d)[A-Z0-9][\w-]{2,19}\)$/i;

const IS_HIRING = /^([\p{Lu}\d][^.!?:]{1,60}?)\s+is\s+hiring(?:\s+an?)?(?:\s+for)?\s+(?:the\s+role\s+of\s+)?(.+)$/u;

/** "Halden Water is hiring a Water Treatment Operator II." → "Halden Water", when the role is the page's title. */
export function hiringCompany(description: string, title: string): string | null {
  const m = clean(description).slice(0, 300).match(IS_HIRING);
  if (!m || !title || /^(we|our|who)\b/i.test(m[1]!)) return null;
  const lower = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return lower(m[2]!).startsWith(lower(title)) ? clean(m[1]!) : null;
}

/** Splits "Role - Company - City" once the role is known (e.g. from the h1). */
export function splitTitleParts(raw: string, knownTitle: string | null): string[] {
  let rest = clean(raw);
  if (knownTitle && rest.toLowerCase().startsWith(knownTitle.toLowerCase())) rest = rest.slice(knownTitle.length);
  else if (knownTitle) return [];
  return rest
    .split(/\s+[-–—|]\s+/)
    .map((p) => clean(p))
    .filter(Boolean);
}

type FactKind = 'place' | 'type' | 'pay' | 'link' | 'role' | 'name';

function factKind(part: string): FactKind {
  if (/^(https?:\/\/|www\.)/i.test(part)) return 'link';
  if (salaryFromLine(part)) return 'pay';
  if (part.length < 30 && (normalizeEmploymentType(part, true) || /^(full|part)[\s-]?time|intern(ship)?$/i.test(part)))
    return 'type';
  if (isPlace(part) || (workModeFromText(part) && part.length < 40)) return 'place';
  return ROLE_TITLE.test(part) ? 'role' : 'name';
}

/**
 * "Corvid Labs | Senior Rust Engineer | Remote (EU) | Full-time | €90k–€120k": the one-line posting
 * of hiring threads (company first, then the role, then facts). Read only when the line has a role
 * and at least two facts, so "Role | Company | Site" titles stay with the title patterns.
 */
export function readFactLine(
  text: string,
): { role: string; company: string; facts: number; pay: string | null; type: string | null } | null {
  const parts = clean(text)
    .split(/\s+\|\s+/)
    .map(clean)
    .filter(Boolean);
  if (parts.length < 4) return null;
  const kinds = parts.map(factKind);
  const facts = kinds.filter((k) => k === 'place' || k === 'type' || k === 'pay').length;
  const role = kinds.indexOf('role');
  if (facts < 2 || role < 1 || kinds[0] !== 'name' || parts[0]!.length > 60) return null;
  const pay = kinds.indexOf('pay');
  const type = kinds.indexOf('type');
  return {
    role: parts[role]!,
    company: parts[0]!,
    facts,
    pay: pay < 0 ? null : salaryFromLine(parts[pay]!),
    type: type < 0 ? null : parts[type]!,
  };
}

/** The tags a forum or issue post puts before its role: "[Hiring]", "(HIRING)", "[Hiring]:", "[Remote] [EU]". */
const HIRING_TAG = /^\s*[[(]\s*hiring\s*[\])]\s*:?\s*/i;
const BRACKET_TAGS = /^(?:\s*\[[^\]]{1,30}\])+\s*:?\s*/;
/** A post by someone offering their own work ("[For Hire]"): not a job ad. */
const OFFER_TAG = /\[\s*(?:for\s*hire|offering|available)\s*\]/i;
/** "… #482": an issue tracker's number after the heading. */
const ISSUE_NUMBER = /\s*#\d{1,7}$/;

/**
 * "[Hiring] Bookkeeper | $30/hr | Remote (US)", "[HIRING] Video Editor for a channel - $120 per video - Remote": a
 * community post's head (r/forhire and boards like it). The role comes first, then facts in any order. An issue used
 * as a job ad ("[Remote] Data Engineer @ Lanternfield #482") names the employer after "@"; its tags are facts too.
 */
export function readTaggedHead(
  text: string,
): { role: string; pay: string | null; place: string | null; company?: string } | null {
  const tag = text.match(HIRING_TAG) ?? text.match(BRACKET_TAGS);
  if (!tag || OFFER_TAG.test(tag[0])) return null;
  const tags = tag[0].match(/[^[\]]+(?=\])/g) ?? [];
  const parts = clean(text.slice(tag[0].length).replace(ISSUE_NUMBER, ''))
    .split(/\s+[|–—-]\s+|\s*\|\s*/)
    .map(clean)
    .filter(Boolean);
  if (!parts.length) return null;
  const [role, company, ...more] = parts[0]!.split(/\s+@\s+/);
  if (!role || more.length) return null;
  const head = { role, pay: null as string | null, place: null as string | null, ...(company ? { company } : {}) };
  for (const part of [...parts.slice(1, 6), ...tags]) {
    const kind = factKind(clean(part));
    if (kind === 'pay') head.pay ??= part;
    else if (kind === 'place') head.place ??= clean(part);
  }
  return head;
}

/** Every meta tag's content by property/name/itemprop, read in one pass (first one wins, as querySelector would). */
function metaMap(document: Document): (key: string) => string {
  const byKey = new Map<string, string>();
  for (const el of all(document, 'meta', 400)) {
    for (const name of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(name);
      if (key && !byKey.has(`${name}:${key}`)) byKey.set(`${name}:${key}`, attr(el, 'content'));
    }
  }
  return (key) => byKey.get(`property:${key}`) || byKey.get(`name:${key}`) || byKey.get(`itemprop:${key}`) || '';
}

export function readMetaTags(document: Document): MetaResult {
  const fields: Fields = {};
  let lineFacts = 0;
  const meta = metaMap(document);
  const ogTitle = meta('og:title') || meta('twitter:title');
  const docTitle = clean(first(document, ['head > title', 'title'])?.textContent ?? '');
  const rawTitle = ogTitle || docTitle;
  const siteName = meta('og:site_name');
  const canonical = attr(first(document, ['link[rel="canonical"]']), 'href');
  const ogUrl = meta('og:url');
  const pageUrl = [canonical, ogUrl].find((u) => /^https?:\/\//i.test(u)) ?? null;
  if (rawTitle) {
    // "Role at Company | Site": the company is the phrase after "at".
    const at = (docTitle || rawTitle).match(AT_COMPANY);
    const hiring = (docTitle || rawTitle).match(HIRING_TITLE);
    let title = rawTitle;
    // "Vi søger en bogholder…", "Wir suchen…": the one who is hiring is the page's own "we", not a name.
    if (hiring && !at && !/^(we|wir|vi|nous|wij|nosotros|noi|my|me)$/i.test(clean(hiring[1]!))) {
      fields.company = clean(hiring[1]!);
      title = hiring[3]!;
      if (hiring[2]) fields.workMode = 'remote';
    } else if (at && at[1]) {
      fields.company = clean(at[1]);
      title = (docTitle || rawTitle).slice(0, at.index).replace(/^job application for\s+/i, '');
    } else if (siteName) {
      title = title.replace(
        new RegExp(`\\s*[|–—-]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i'),
        '',
      );
    }
    title = clean(
      title
        .replace(/^job application for\s+/i, '')
        .replace(TITLE_LEAD, '')
        .replace(REQUISITION_TAIL, ''),
    );
    const ad = (docTitle || rawTitle).match(AD_TITLE);
    if (ad && !fields.company) title = clean(ad[1]!);
    const line = !fields.company ? readFactLine(docTitle || rawTitle) : null;
    if (line) {
      fields.company = line.company;
      title = line.role;
      lineFacts = line.facts;
      // The pay in the one line ("… | ONSITE | $165K-$205K + equity") is the posting's.
      const salary = line.pay ? parseSalaryText(line.pay) : null;
      if (salary) fields.salary = salary;
      const type = line.type ? normalizeEmploymentType(line.type, true) : null;
      if (type) fields.employmentType = type;
    }
    if (title) fields.title = title;
    fields.company ??= hiringCompany(meta('og:description') || meta('description'), title) ?? undefined;
  }
  return { fields, pageUrl, ogType: meta('og:type').toLowerCase(), siteName, rawTitle, docTitle, ogTitle, lineFacts };
}
