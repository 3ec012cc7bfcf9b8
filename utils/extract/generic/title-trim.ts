/**
 * A heading that wraps the role in the site's words: the page's name or a cheer before it ("Career Opportunities:
 * Role", "Let's begin! Role", "We're hiring! Role") or the requisition number after it ("Role (45120)", "Role (JR-3307)"). The reader keeps
 * the role alone, as the page's own title usually writes it.
 */
import { REQUISITION_TAIL } from './meta-tags';

/** The portal's name for the page before a colon ("Career Opportunities: Role", SuccessFactors' default). */
const PAGE_LEAD =
  /^(?:career opportunities|job opportunities|current (?:opportunities|openings|vacancies)|careers?|jobs?|vacancy|job opening|stellenangebot|offre d['’]emploi|oferta de empleo|vacature)\s*:\s+(?=\p{L})/iu;
/** One short exclamation (at most five words) before the role. */
const CHEER_LEAD = /^(?:[\p{L}'’]+\s+){0,4}[\p{L}'’]+!\s+(?=\p{L})/u;
/** A bracketed year is part of the role ("Summer Intern (2027)"), not a requisition number. */
const YEAR_TAIL = /\((?:19|20)\d\d\)$/;

export function trimTitle(title: string): string {
  let out = title.replace(PAGE_LEAD, '').replace(CHEER_LEAD, '');
  if (!YEAR_TAIL.test(out)) out = out.replace(REQUISITION_TAIL, '');
  // Never leave less than a word of role, or the cheer alone, behind.
  return /\p{L}{2}/u.test(out) && !/!\s*$/.test(out) ? out.trim() : title;
}
