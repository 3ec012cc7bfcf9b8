/**
 * Summary and skill causes a batch of pages (1389–1404) and three skill batches showed: a wish heading written
 * warmly ("It would be lovely if you also had"); a practice asked for with the tool that does it ("dashboards in
 * Power BI") was dropped, though recruiters tag both; how long an applicant's data is kept (1405–1420);
 * "less than two years" read as years asked for, and the right to work said in the closing paragraph beside how to
 * apply, which labellers call legal text (1421–1436); a list of duties written as nouns under a heading that names
 * the job ("Om tjänsten", "About the role") was listed nowhere (1373–1388). Invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections-of';
import { summarize } from '../../utils/summarize';
import { blankPosting } from '../posting-factory';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';

describe('a wish heading written warmly', () => {
  it.each(['It would be lovely if you also had', "It'd be brilliant if you have", 'Would be a plus if you have'])(
    '%s',
    (heading) => {
      const s = sectionsOf([
        '## About you',
        '- Experience of caring for older people',
        heading,
        '- A full driving licence',
      ]);
      expect(s.preferred).toEqual(['A full driving licence']);
      expect(s.requirements).toEqual(['Experience of caring for older people']);
    },
  );
});

describe('a practice beside its tool', () => {
  it('counts both, the tool first', () => {
    const skills = summarize(
      blankPosting({
        title: 'Reporting Analyst',
        company: null,
        descriptionHtml:
          '<h2>Requirements</h2><ul><li>Build and maintain dashboards in Power BI for the sales team</li><li>Good SQL</li></ul>',
      }),
    ).skills.map((skill) => skill.name);
    expect(skills).toContain('Dashboarding');
    expect(skills.indexOf('Power BI')).toBeLessThan(skills.indexOf('Dashboarding'));
  });
});

describe("how long an applicant's data is kept", () => {
  it.each([
    'Conformément à la réglementation, les données transmises sont conservées un an puis détruites.',
    'Your data will be retained for six months after the process ends.',
    'Ihre Daten werden nach Abschluss des Verfahrens gelöscht.',
    'Los datos se conservarán durante doce meses.',
    'Administratorem Twoich danych osobowych jest Wisła Net sp. z o.o. z siedzibą w Krakowie.',
    'The controller of your personal data is Harbour Tools Ltd.',
  ])('is legal text: %s', (line) => {
    expect(isBoilerplateSentence(line)).toBe(true);
  });
  it.each(['Make sure your data models are kept clean.', 'Ensure patient data is stored securely in the EHR.'])(
    'a job about data is not: %s',
    (line) => {
      expect(isBoilerplateSentence(line)).toBe(false);
    },
  );
});

describe('years that bound a group', () => {
  it('are not the years asked for', () => {
    const years = (text: string) => findYearsExperience([{ text, section: 'requirements', position: 0 }]);
    expect(years('New starters with less than two years of experience join a residency.')).toBeNull();
    expect(years('No less than 3 years of experience in retail')).toEqual({ min: 3, max: null });
  });
});

describe('the right to work', () => {
  const summaryOf = (html: string) =>
    summarize(blankPosting({ title: 'Sous Chef', company: null, descriptionHtml: html }));
  it('is legal text in the closing paragraph beside how to apply, and still says there is no sponsorship', () => {
    const s = summaryOf(
      '<h2>About you</h2><ul><li>3 years in a busy kitchen</li></ul><p>To apply, send your CV through the site. You must have the right to work in Ireland; we cannot offer visa sponsorship.</p>',
    );
    expect(s.requirements.join(' ')).not.toContain('right to work');
    expect(s.tldr).toContain('no visa sponsorship');
  });
  it('is a must-have as a list item', () => {
    const s = summaryOf(
      '<h2>About you</h2><ul><li>3 years in a busy kitchen</li><li>Right to work in Ireland</li></ul>',
    );
    expect(s.requirements).toContain('Right to work in Ireland');
  });
});

describe('a list under a heading that names the job', () => {
  it.each([
    ['About the role', ['Servicing of pallet trucks at customer sites', 'Fault finding on hydraulic systems']],
    ['Om tjänsten', ['Service och reparation av pallyftare', 'Felsökning av hydraulik och styrsystem']],
  ])('is its duties: %s', (heading, items) => {
    const s = sectionsOf([
      `## ${heading}`,
      ...items.map((item) => `- ${item}`),
      '## Requirements',
      '- Mechanic training',
    ]);
    expect(s.responsibilities).toEqual(items);
  });
});
