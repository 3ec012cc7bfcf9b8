/**
 * A site's name for its jobs section that joins two page words: "Jobs and careers", "Careers & Jobs", "Jobs und
 * Karriere", "Emplois et carrières", "Vacancies, jobs". A header or page title writes it where an employer's name
 * would stand; it names no employer, and neither does its first half ("Jobs and", left when "careers" is read as
 * the "Company Careers" suffix). Reader side: the capture script does not carry it.
 */
import { clean } from '../dom';
import { GENERIC_PART } from './title-patterns';

/** Words that join two page words: English, German, French, Spanish, Italian, Dutch, Scandinavian, Portuguese, Polish. */
const JOINER = /\s*(?:&|\+|\/|,|\b(?:and|und|et|y|e|en|og|och|i|oraz)\b)\s*/i;
/** Page words `GENERIC_PART` (which the capture script carries) lacks, as a section's name writes them. */
const MORE_PAGE_WORDS =
  /^(?:emplois|carri[eè]res?|empleos|carreras?|trabajo|lavoro|carriere|carreiras?|empregos?|vagas|karri[aä]r|stellen|opportunities|recruitment|working here|work here|internships?|apprenticeships?|volunteering)$/i;
const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s+[·•]\s+|\s*\|\s*/;

/** True when `text` is page words joined ("Jobs and careers"), or the first of them with its joiner ("Jobs and"). */
export function namesPageSection(text: string): boolean {
  const t = clean(text);
  if (!JOINER.test(t)) return false;
  const pieces = t
    .split(JOINER)
    .map((p) => p.trim())
    .filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => GENERIC_PART.test(p) || MORE_PAGE_WORDS.test(p));
}

/** The page title without the parts that only name its jobs section ("Role | Jobs and careers | Council" → "Role | Council"). */
export function withoutSectionParts(title: string): string {
  const parts = clean(title).split(TITLE_SEPARATOR);
  const kept = parts.filter((p) => !namesPageSection(p));
  return kept.length && kept.length < parts.length ? kept.join(' | ') : title;
}
