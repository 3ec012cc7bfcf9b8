/** Jobindex (jobindex.dk): standard ads (.jobtext-jobad) and employer-branded ad pages. */
import { attr, first, visibleText } from '../dom';
import { cleanCompany, parseDate } from '../normalize';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['.jobtext-jobad h1', 'h1'],
  company: ['.jobtext-jobad__company'],
  location: ['.jobtext-jobad__place-item', '.jobtext-jobad__place', '.location p'],
  description: ['.jobtext-jobad__body', '.jobtext-jobad__main', '.wrapper .col-xl-7'],
};

export const jobindex = defineSiteRule({
  id: 'jobindex',
  name: 'Jobindex',
  hosts: /(^|\.)jobindex\.dk\//,
  selectors: SELECTORS,
  postingReason: 'A job ad on Jobindex',
  notAPosting: {
    when: (_document, context) =>
      /^\/(jobannonce|vis-job|c)\b/.test(context.url?.pathname ?? '')
        ? null
        : 'This is a search or company page on Jobindex, not one job',
  },
  patch(document, _context, patch) {
    // "Published: <time datetime>" in the sidebar card of the ad.
    const published = first(document, ['.jobtext-sidebar-card time[datetime]', '.jobtext-jobad time[datetime]']);
    const date = parseDate(attr(published, 'datetime'));
    if (date) patch.datePosted = date;
    if (!patch.company) {
      // Branded pages: the employer is named in the ratings line or the logo's alt text.
      const ratings = visibleText(first(document, '.count, .num-ratings')?.closest('p') ?? null, 300);
      const named = ratings.match(/evaluated (.+?) on Jobindex/i)?.[1];
      const logo = attr(first(document, 'a.logo img[alt], .logo img[alt]'), 'alt').replace(/\s+logo$/i, '');
      if (named) patch.company = cleanCompany(named);
      else if (logo) patch.company = cleanCompany(logo);
    }
  },
});
