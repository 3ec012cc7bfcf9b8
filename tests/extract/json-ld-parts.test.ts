/**
 * Structured data often keeps benefits (and sometimes the duties) in fields of their own beside a
 * `description` that leaves them out: those parts join the description, a part it already holds
 * does not come twice. Short inputs written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract/index';
import { fieldsFromJobPosting } from '../../utils/extract/generic/json-ld';
import { withPostingParts } from '../../utils/extract/generic/json-ld-parts';

/** What the finishing steps make of a JSON-LD description and its parts. */
const withParts = (posting: Record<string, unknown>) =>
  withPostingParts(fieldsFromJobPosting(posting).descriptionHtml ?? '', posting);

const DESCRIPTION =
  '<h2>Requirements</h2><ul><li>Three seasons pruning fruit trees</li><li>A clean driving licence</li></ul>' +
  '<h2>Your day</h2><ul><li>Prune the cider orchard rows</li><li>Grade apples at the press house</li></ul>';

describe('JSON-LD description parts', () => {
  it('adds jobBenefits the description leaves out, under its name', () => {
    const html = withParts({
      '@type': 'JobPosting',
      title: 'Orchard Hand',
      description: DESCRIPTION,
      jobBenefits: '<ul><li>Cider allowance every month</li><li>Paid harvest bonus</li></ul>',
    });
    expect(html.startsWith(DESCRIPTION)).toBe(true);
    expect(html).toContain('<p>Benefits</p><ul><li>Cider allowance every month</li>');
  });

  it('does not repeat a part the description already holds (responsibilities, skills)', () => {
    const html = withParts({
      '@type': 'JobPosting',
      title: 'Orchard Hand',
      description: DESCRIPTION,
      responsibilities: '<ul>\n<li>Prune the cider orchard rows</li>,<li>Grade apples at the press house</li></ul>',
      skills: '<ul><li>Three seasons pruning fruit trees</li>,<li>A clean driving licence</li></ul>',
    });
    expect(html).toBe(DESCRIPTION);
  });

  it('without a description, the parts are the description (joined by the capture run)', () => {
    const posting = {
      '@type': 'JobPosting',
      title: 'Orchard Hand',
      responsibilities: 'Prune the cider orchard rows.',
      jobBenefits: 'Cider allowance every month.',
    };
    expect(withParts(posting)).toBe('Prune the cider orchard rows.\nCider allowance every month.');
  });

  it('on a page, the finishing steps add the benefits to the posting the structured data describes', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Orchard Hand',
      hiringOrganization: { '@type': 'Organization', name: 'Wyecombe Cider' },
      datePosted: '2026-11-20',
      description: DESCRIPTION,
      jobBenefits: 'Cider allowance every month &amp; a paid harvest bonus',
    };
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Orchard Hand</h1></body></html>`,
    );
    const r = extract(document as unknown as Document, 'https://jobs.wyecombe.example/orchard-hand', { now: null });
    expect(r.posting?.descriptionText).toContain('Benefits');
    expect(r.posting?.descriptionText).toContain('Cider allowance every month & a paid harvest bonus');
  });

  it('ignores empty parts', () => {
    const html = withParts({
      '@type': 'JobPosting',
      title: 'x',
      description: DESCRIPTION,
      jobBenefits: '  ',
    });
    expect(html).toBe(DESCRIPTION);
  });
});
