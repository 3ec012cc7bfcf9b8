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

describe('structured data that only summarises the job in words the page never shows', () => {
  const ld = (description: string) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Yard Supervisor',
      hiringOrganization: { '@type': 'Organization', name: 'Kestrel Timber' },
      datePosted: '2026-11-20',
      description,
    })}</script>`;
  const shown =
    '<main><h1>Yard Supervisor</h1><div class="job-body"><h2>Responsibilities</h2><ul><li>Run the timber yard crew of six on the early shift</li><li>Plan loading so every lorry leaves on time</li><li>Keep the forklift checks and the yard safety log</li></ul>' +
    '<h2>Requirements</h2><ul><li>Two years leading a team in a yard or a warehouse</li><li>A counterbalance forklift licence</li><li>Calm on the radio when three lorries arrive at once</li></ul></div></main>';
  const run = (description: string) => {
    const { document } = parseHTML(`<html><head>${ld(description)}</head><body>${shown}</body></html>`);
    return extract(document as unknown as Document, 'https://kestreltimber.example/jobs/yard-supervisor', {
      now: null,
    });
  };

  it('gives way to the far longer posting the page shows', () => {
    const r = run('Join Kestrel Timber as our new yard supervisor in Leeds.');
    expect(r.posting?.descriptionText).toContain('A counterbalance forklift licence');
    expect(r.posting?.provenance.description).toBe('page');
  });

  it('stays when it holds the whole posting the page shows', () => {
    const r = run(shown.replace(/^<main><h1>Yard Supervisor<\/h1>/, '').replace(/<\/main>$/, ''));
    expect(r.posting?.provenance.description).toBe('json-ld');
  });

  it('stays when the page shows no posting of its own that is far longer', () => {
    const { document } = parseHTML(
      `<html><head>${ld('Join Kestrel Timber as our new yard supervisor in Leeds and lead the early shift crew.')}</head><body><main><h1>Yard Supervisor</h1><p>Apply below.</p></main></body></html>`,
    );
    const r = extract(document as unknown as Document, 'https://kestreltimber.example/jobs/yard-supervisor', {
      now: null,
    });
    expect(r.posting?.provenance.description).toBe('json-ld');
  });
});
