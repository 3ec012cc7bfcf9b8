/**
 * Structured data often keeps benefits (and sometimes the duties) in fields of their own beside a
 * `description` that leaves them out: those parts join the description, a part it already holds
 * does not come twice. Short inputs written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFromJobPosting } from '../../utils/extract/generic/json-ld';

const DESCRIPTION =
  '<h2>Requirements</h2><ul><li>Three seasons pruning fruit trees</li><li>A clean driving licence</li></ul>' +
  '<h2>Your day</h2><ul><li>Prune the cider orchard rows</li><li>Grade apples at the press house</li></ul>';

describe('JSON-LD description parts', () => {
  it('adds jobBenefits the description leaves out, under its name', () => {
    const html = fieldsFromJobPosting({
      '@type': 'JobPosting',
      title: 'Orchard Hand',
      description: DESCRIPTION,
      jobBenefits: '<ul><li>Cider allowance every month</li><li>Paid harvest bonus</li></ul>',
    }).descriptionHtml!;
    expect(html.startsWith(DESCRIPTION)).toBe(true);
    expect(html).toContain('<p>Benefits</p><ul><li>Cider allowance every month</li>');
  });

  it('does not repeat a part the description already holds (responsibilities, skills)', () => {
    const html = fieldsFromJobPosting({
      '@type': 'JobPosting',
      title: 'Orchard Hand',
      description: DESCRIPTION,
      responsibilities: '<ul>\n<li>Prune the cider orchard rows</li>,<li>Grade apples at the press house</li></ul>',
      skills: '<ul><li>Three seasons pruning fruit trees</li>,<li>A clean driving licence</li></ul>',
    }).descriptionHtml;
    expect(html).toBe(DESCRIPTION);
  });

  it('without a description, joins the parts as before, benefits named', () => {
    const html = fieldsFromJobPosting({
      '@type': 'JobPosting',
      title: 'Orchard Hand',
      responsibilities: 'Prune the cider orchard rows.',
      jobBenefits: 'Cider allowance every month.',
    }).descriptionHtml;
    expect(html).toBe('Prune the cider orchard rows.\n<p>Benefits</p>Cider allowance every month.');
  });

  it('ignores empty parts', () => {
    const html = fieldsFromJobPosting({
      '@type': 'JobPosting',
      title: 'x',
      description: DESCRIPTION,
      jobBenefits: '  ',
    }).descriptionHtml;
    expect(html).toBe(DESCRIPTION);
  });
});
