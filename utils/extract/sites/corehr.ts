/**
 * CoreHR e-recruitment ({org}.corehr.com/pls/coreportal_…/erq_jobspec…), used by UK and Irish hospitals,
 * councils and universities: the job spec is a table of label/value cells, the title one of its rows.
 */
import { all, visibleText } from '../dom';
import { cleanTitle } from '../normalize';
import { defineSiteRule } from './site-rule';

const LABEL = 'td[class*="heading4_label"]';

export const corehr = defineSiteRule({
  id: 'corehr',
  name: 'CoreHR',
  hosts: /(^|\.)corehr\.com\//,
  marker: LABEL,
  selectors: { description: ['td.erq_searchv4_text'] },
  brand: ['#erq_header img[alt]'],
  genericTitle: true,
  patch(document, _context, patch) {
    for (const cell of all(document, LABEL, 20)) {
      if (!/^(job|post|vacancy) title$/i.test(visibleText(cell, 40))) continue;
      const title = visibleText(cell.nextElementSibling, 300);
      if (title) patch.title = cleanTitle(title);
      break;
    }
  },
});
