/**
 * BambooHR careers ({company}.bamboohr.com/careers/{id}, older /jobs/view.php?id=): the title, then a
 * side card of label/value rows (Location, Department, Employment Type, Compensation); the company
 * is the header logo.
 */
import { all, visibleText } from '../dom';
import { normalizeEmploymentType, splitLocations, workModeFromText } from '../normalize';
import { parseSalaryText } from '../../money/parse';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['[data-fabric-component="Headline"] h2', '.BambooHR-ATS-Jobs-Item h2', 'h1'],
  description: [
    '.BambooHR-ATS-Jobs-Item .BambooHR-ATS-Description',
    '[data-fabric-component="BambooRichText"]',
    '.ResAts__description',
  ],
  applyUrl: ['a[href*="/careers/"][href$="/apply"]'],
};

const LIST = 'This is a list of jobs on BambooHR, not one job';

export const bamboohr = defineSiteRule({
  id: 'bamboohr',
  name: 'BambooHR',
  hosts: /(^|\.)bamboohr\.com\//,
  marker: '.BambooHR-ATS-Jobs-Item, [data-fabric-component="BambooRichText"]',
  selectors: SELECTORS,
  brand: ['header img[alt]', '.BambooHR-ATS-Logo img[alt]'],
  jobPath: /\/careers\/\d+|\/jobs\/view\.php\?id=/,
  notAPosting: {
    reason: LIST,
    when: (document) =>
      all(document, '.BambooHR-ATS-Jobs-List li, [data-fabric-component="JobListItem"]', 5).length > 1 ? LIST : null,
  },
  patch(document, _context, patch) {
    // Label/value rows: <div class="…InfoItem"><p>Location</p><p>Boise, Idaho</p></div>.
    for (const row of all(document, '[data-fabric-component="JobInfoItem"], .BambooHR-ATS-InfoItem', 20)) {
      const cells = Array.from(row.children)
        .map((c) => visibleText(c, 300))
        .filter(Boolean);
      if (cells.length < 2) continue;
      const [label, value] = [cells[0]!.toLowerCase(), cells.slice(1).join(' ')];
      if (/^location$/.test(label)) patch.locations = splitLocations(value);
      else if (/^employment type$/.test(label)) {
        const type = normalizeEmploymentType(value, true);
        if (type) patch.employmentType = type;
      } else if (/^(compensation|salary|pay)$/.test(label)) {
        const salary = parseSalaryText(value);
        if (salary) patch.salary = salary;
      } else if (/^(location type|remote|workplace)$/.test(label)) {
        const mode = workModeFromText(value);
        if (mode) patch.workMode = mode;
      }
    }
  },
});
