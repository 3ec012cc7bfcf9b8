/**
 * Shapes of small employers' adverts (haulage, trades, warehouses): "The work" as the duties' heading and
 * numbered items written in lower case. One short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../utils/summarize/headings';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '', null);

describe('"The work" as a heading', () => {
  it('heads the duties, in both its forms', () => {
    expect(classifyHeading('The work')).toBe('responsibilities');
    expect(classifyHeading('The work itself')).toBe('responsibilities');
  });

  it('files the paragraph under it as the duties', () => {
    const sections = split(
      '<h3>The work</h3><p>Tipper runs from the quarry at Shap to sites around Kendal. Loading by shovel, no sheeting.</p><h3>You will need</h3><ul><li>Cat C licence</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Tipper runs from the quarry at Shap to sites around Kendal. Loading by shovel, no sheeting.',
    ]);
    expect(sections.requirements).toEqual(['Cat C licence']);
  });

  it('does not take "The working environment" or a line about the work for that heading', () => {
    expect(classifyHeading('The working environment')).not.toBe('responsibilities');
    expect(classifyHeading('The work we do for our clients')).not.toBe('responsibilities');
  });
});

describe('numbered items in lower case', () => {
  it('reads "1) … 2) … 3) …" under a duties heading as items', () => {
    const sections = split(
      '<h3>Duties</h3><p>1) sweeping and hosing the yard each morning 2) stacking pallets by the loading bay 3) checking the fire exits are clear</p>',
    );
    expect(sections.responsibilities).toEqual([
      'sweeping and hosing the yard each morning',
      'stacking pallets by the loading bay',
      'checking the fire exits are clear',
    ]);
  });
});

describe('a careers service’s note under its own heading', () => {
  it('stays out of the summary in a plain-text posting', () => {
    const sections = split(
      '<p>Requirements<br>BEng in Civil Engineering<br>Full UK driving licence<br>About the careers service<br>This vacancy is advertised for the employer by the University Careers Service, which does not endorse any employer.</p>',
    );
    expect(sections.requirements).toEqual(['BEng in Civil Engineering', 'Full UK driving licence']);
  });
});

describe('headings over a paragraph about the job', () => {
  it.each([
    'Position Overview',
    'Job Overview',
    'Role Summary',
    'Job Purpose',
    'Purpose of the Role',
    'Overview of the role',
  ])('"%s" heads the overview', (heading) => expect(classifyHeading(heading)).toBe('overview'));
});

describe('more headings a list of its own sits under', () => {
  it.each([
    ['What Success Looks Like', 'responsibilities'],
    ['A Day in the Life', 'responsibilities'],
    ['Your first 90 days', 'responsibilities'],
    ['Savoir-être', 'requirements'],
    ['Was uns ausmacht', 'about'],
  ])('"%s" → %s', (heading, kind) => expect(classifyHeading(heading)).toBe(kind));
});
