/**
 * Craigslist job ads ({city}.craigslist.org/{area}/{category}/d/{slug}/{id}.html): the title in
 * #titletextonly with the neighbourhood in brackets beside it, "label: value" attributes (compensation,
 * employment type, company name) and the ad text in #postingbody. The same layout serves for-sale and
 * housing ads: only an ad under "jobs" or "gigs", or one with job attributes, is a job.
 */
import { all, first, visibleText } from '../dom';
import { cleanCompany, normalizeEmploymentType } from '../normalize';
import { parseSalaryText } from '../../money/parse';
import { defineSiteRule } from './site-rule';

const LIST = 'This is a list of Craigslist ads, not one job';
const NOT_A_JOB = 'This Craigslist ad is not a job';

export const craigslist = defineSiteRule({
  id: 'craigslist',
  name: 'Craigslist',
  hosts: /(^|\.)craigslist\.org\//,
  marker: '#titletextonly',
  selectors: {
    title: ['#titletextonly'],
    datePosted: ['.postinginfos time[datetime]', 'time.timeago[datetime]'],
    description: ['#postingbody'],
  },
  jobPath: /\/d\/[^/]+\/\d+\.html/,
  notAPosting: {
    reason: LIST,
    when: (document) => {
      if (!first(document, '#titletextonly'))
        return first(document, '.cl-static-search-result, .result-row') ? LIST : null;
      const jobAttrs = all(document, '.attrgroup .labl', 12).some((l) =>
        /compensation|employment type/i.test(l.textContent ?? ''),
      );
      return jobAttrs || first(document, 'a[href*="/search/jjj"], a[href*="/search/ggg"]') ? null : NOT_A_JOB;
    },
  },
  patch(document, _context, patch) {
    // "(SE Portland)": the neighbourhood beside the title, in a <small> or a plain <span> after the price.
    const place = visibleText(
      first(document, ['.postingtitle-subtitle', '.postingtitletext > :not(#titletextonly):last-child']),
      80,
    )
      .replace(/^\(\s*|\s*\)$/g, '')
      .trim();
    if (place && !/[$€£]/.test(place)) patch.locations = [place];
    for (const row of all(document, '.attrgroup .attr', 12)) {
      const label = visibleText(row.querySelector('.labl'), 40).replace(/:$/, '').toLowerCase();
      const value = visibleText(row.querySelector('.valu'), 120);
      if (!value) continue;
      if (label === 'compensation') {
        const salary = parseSalaryText(value);
        if (salary) patch.salary = salary;
      } else if (label === 'employment type') {
        const type = normalizeEmploymentType(value, true);
        if (type) patch.employmentType = type;
      } else if (label === 'company name') patch.company = cleanCompany(value);
    }
  },
});
