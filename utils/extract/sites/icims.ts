/**
 * iCIMS (careers-{company}.icims.com/jobs/{id}/{slug}/job): h1.iCIMS_Header, then header groups of
 * dt.iCIMS_JobHeaderField / dd.iCIMS_JobHeaderData ("Job Locations", "Category", "Type").
 */
import { all, visibleText } from '../dom';
import { normalizeEmploymentType, splitLocations } from '../normalize';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1.iCIMS_Header', '.iCIMS_Header h1', '.iCIMS_JobHeaderTag h1'],
  description: ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job'],
  applyUrl: ['a.iCIMS_ApplyOnlineButton[href]', 'a.iCIMS_PrimaryButton[href*="login"]'],
};

const LIST = 'This is a list of jobs on iCIMS, not one job';

export const icims = defineSiteRule({
  id: 'icims',
  name: 'iCIMS',
  hosts: /(^|\.)icims\.com\//,
  marker: '.iCIMS_MainWrapper, .iCIMS_JobContent',
  selectors: SELECTORS,
  brand: ['.iCIMS_Logo img[alt]', 'header img[alt]', 'meta[property="og:site_name"]'],
  jobPath: /\/jobs\/\d+\/[^/]+\/job/,
  notAPosting: {
    reason: LIST,
    when: (document) => (all(document, 'li.iCIMS_JobCardItem', 5).length > 1 ? LIST : null),
  },
  patch(document, _context, patch) {
    for (const field of all(document, '.iCIMS_JobHeaderField', 30)) {
      const label = visibleText(field, 60).toLowerCase();
      const data =
        field.nextElementSibling && /iCIMS_JobHeaderData/.test(field.nextElementSibling.getAttribute('class') ?? '')
          ? visibleText(field.nextElementSibling, 400)
          : '';
      if (!data) continue;
      if (/^(job )?locations?$/.test(label)) patch.locations = splitLocations(data);
      else if (/^(type|position type|employment type|job type)$/.test(label)) {
        const type = normalizeEmploymentType(data, true);
        if (type) patch.employmentType = type;
      }
    }
  },
});
