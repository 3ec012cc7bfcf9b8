/** Welcome to the Jungle (welcometothejungle.com/<lang>/companies/<c>/jobs/<slug>): icon-named metadata. */
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['[data-testid="job-metadata-block"] h2', '[data-testid="job-header-title"]', 'main h1', 'h1'],
  company: [
    '[data-testid="job-metadata-block"] a[href*="/companies/"] span',
    '[data-testid="job-header-organization-link"]',
  ],
  location: [
    '[data-testid="job-metadata-block"] i[name="location"] + span',
    '[data-testid="job-metadata-block"] i[name="location"] ~ span',
  ],
  employmentType: [
    '[data-testid="job-metadata-block"] i[name="contract"] ~ span',
    '[data-testid="job-metadata-block"] i[name="contract"] + span',
  ],
  salary: [
    '[data-testid="job-metadata-block"] i[name="salary"] ~ span',
    '[data-testid="job-metadata-block"] i[name="salary"] + span',
  ],
  workMode: [
    '[data-testid="job-metadata-block"] i[name="remote"] ~ span',
    '[data-testid="job-metadata-block"] i[name="remote"] + span',
  ],
  description: ['[data-testid="job-section-description"]', '#the-position-section'],
  // "Descriptif du poste", "Profil recherché", "Déroulement des entretiens" are sibling sections.
  descriptionSections: 'section[data-testid^="job-section"], #the-process-section',
};

export const welcometothejungle = defineSiteRule({
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  hosts: /(^|\.)welcometothejungle\.com\//,
  marker: '[data-testid="job-metadata-block"]',
  selectors: SELECTORS,
  genericTitle: true,
  notAPosting: {
    when: (_document, context) =>
      context.url && !/\/jobs\/[^/]+/.test(context.url.pathname)
        ? 'This is a company or search page on Welcome to the Jungle, not one job'
        : null,
  },
});
