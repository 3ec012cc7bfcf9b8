/**
 * Personio job pages ({company}.jobs.personio.de|.com/job/{id}) and their application view
 * (/job/{id}/apply, or the same page opened at #apply). Under the title a subtitle line reads
 * "Permanent employee, Full-time · Munich" (or "Teilzeit · Werkstudent · Hamburg"); the company is the header logo or the page title
 * ("Role | Jobs at Company").
 */
import { clean, first, visibleText } from '../dom';
import { cleanCompany, normalizeEmploymentType, splitLocations, workModeFromText } from '../normalize';
import { hasLegalForm, nameKey } from '../generic/company-name';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1.job-title', '.job-header h1', 'main h1', 'h1'],
  description: ['.job-description', '[data-test-id="job-description"]', '.job-details-description'],
  applyUrl: ['a[href*="/apply"]'],
};

/** "Dipendente, Tempo pieno", "Stagiair", "Autónomo": `normalizeEmploymentType` reads every site's employment words. */
const kindOf = (part: string) => normalizeEmploymentType(part, true);

export const personio = defineSiteRule({
  id: 'personio',
  name: 'Personio',
  hosts: /(^|\.)jobs\.personio\.(de|com)\//,
  marker: 'link[href*="personio"][rel="stylesheet"], meta[name="generator"][content*="Personio"]',
  selectors: SELECTORS,
  brand: ['header a img[alt]', 'header img[alt]'],
  applyPath: /\/apply\b|^#apply$/,
  jobPath: /\/job\/\d+/,
  notAPosting: { reason: 'This is a list of jobs on Personio, not one job' },
  patch(document, context, patch) {
    const heading = first(document, SELECTORS.title!);
    // "Permanent employee, Full-time · Munich, Berlin": employment first, places after the dot.
    const subtitle = first(document, ['.job-subtitle', '.job-header p', 'h1 + p']);
    const line =
      subtitle && heading && (subtitle.previousElementSibling === heading || subtitle.closest('.job-header'))
        ? visibleText(subtitle, 300)
        : '';
    if (line) {
      // "Teilzeit · Werkstudent · Hamburg": the parts that are no kind of employment are the places.
      const parts = line.split(/\s+[·•|]\s+/);
      const kinds = parts.filter((part) => kindOf(part) || workModeFromText(part));
      // "Fjordlicht GmbH · Teilzeit · Hamburg": the employer's name is no place either.
      const employer = (part: string) =>
        hasLegalForm(part) || (!!context.generic.company && nameKey(part) === nameKey(context.generic.company));
      const places =
        parts.length > 1 ? parts.filter((part) => !kinds.includes(part) && !employer(part)).join(' | ') : '';
      if (places) patch.locations = splitLocations(places.replace(/,\s+/g, ' | '));
      const kind = kinds[0] ?? parts[0] ?? '';
      const type = kindOf(kind.split(',').pop() ?? '') ?? kindOf(kind);
      if (type) patch.employmentType = type;
      const mode = workModeFromText(line);
      if (mode) patch.workMode = mode;
    }
    // "Role | Jobs at Company", unless the logo names it.
    const fromTitle = clean(document.title).match(
      /\|\s*(?:jobs|karriere|stellenangebote|careers|empleos?|offres d'emploi|vacatures)\s+(?:at|bei|chez|hos|en|bij)\s+(.+)$/i,
    )?.[1];
    if (fromTitle) patch.company = cleanCompany(fromTitle) || patch.company;
  },
});
