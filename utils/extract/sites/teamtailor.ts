/**
 * Teamtailor career sites ({company}.teamtailor.com, or a company domain on Teamtailor): the job
 * page (/jobs/{id}-{slug}) and its application form (/jobs/{id}-{slug}/applications/new). The facts
 * are a definition list (Department, Locations, Remote status); the company is in the header logo.
 */
import { all, visibleText } from '../dom';
import { normalizeEmploymentType, splitLocations, workModeFromText, cleanTitle } from '../normalize';
import { defineSiteRule, labelledPairs, pairValue, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1.font-company-header', '[data-job-title]', 'main h1'],
  description: ['[data-controller~="job-description"]', '.job-body .prose', 'main .prose'],
  applyUrl: ['a[href*="/applications/new"]'],
};

/** "Apply for Data Engineer" (the application form's heading) → "Data Engineer". */
const APPLY_PREFIX =
  /^(apply for( the role( of)?)?|apply to|application for|ansök till|søg stillingen som|bewerbung (als|für)|bewirb dich (als|für)|postuler (pour|à))\s*:?\s*/i;

export const teamtailor = defineSiteRule({
  id: 'teamtailor',
  name: 'Teamtailor',
  hosts: /(^|\.)teamtailor\.com\//,
  marker: 'meta[name="generator"][content*="Teamtailor"], link[href*="teamtailor-cdn"]',
  selectors: SELECTORS,
  brand: ['header a[href="/"] img[alt]', 'header img[alt]', 'meta[property="og:site_name"]'],
  // The path only, never the hash ([^#] cannot step past a hash's leading "#").
  applyPath: /^[^#]*\/applications\/new/,
  jobPath: /\/jobs\/\d+/,
  notAPosting: {
    reason: 'This is a careers page on Teamtailor, not one job',
    // A jobs list repeats job cards; a job page has one heading and its facts.
    when: (document, _context, patch, applying) =>
      patch.title &&
      !applying &&
      !labelledPairs(document, 'main').size &&
      all(document, 'a[href*="/jobs/"]', 60).length > 20 &&
      !visibleText(document.querySelector('main .prose'), 200)
        ? 'This is a list of jobs on Teamtailor, not one job'
        : null,
  },
  patch(document, _context, patch) {
    if (patch.title) patch.title = cleanTitle(patch.title.replace(APPLY_PREFIX, ''));
    const pairs = labelledPairs(document, 'main');
    const locations = pairValue(pairs, /^(locations?|standorte?|plats(er)?|lokation|sijainti|ort)$/);
    if (locations) patch.locations = splitLocations(locations);
    else {
      // The line above the title: "Department · Location" (spans split by a middle dot).
      const line = all(
        document,
        '[data-variabletextwrapper] .uppercase > span, [data-variabletextwrapper] > div:first-child > span',
        8,
      )
        .map((span) => visibleText(span, 120))
        .filter((text) => text && text !== '·');
      if (line.length > 1) patch.locations = splitLocations(line[line.length - 1]!);
    }
    const remote = pairValue(pairs, /^(remote status|remote|distansarbete|fjernarbejde)$/);
    const mode = workModeFromText(remote);
    if (mode) patch.workMode = mode;
    const type = normalizeEmploymentType(
      pairValue(pairs, /^(employment type|type of employment|anställningsform|ansættelsestype)$/),
      true,
    );
    if (type) patch.employmentType = type;
  },
});
