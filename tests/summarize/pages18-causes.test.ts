/**
 * Summary and skill causes a batch of pages (1389–1404) and three skill batches showed: a wish heading written
 * warmly ("It would be lovely if you also had"); a practice asked for with the tool that does it ("dashboards in
 * Power BI") was dropped, though recruiters tag both; how long an applicant's data is kept (1405–1420). Invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections-of';
import { summarize } from '../../utils/summarize';
import { blankPosting } from '../posting-factory';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';

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
