/**
 * The job-details block boards print after the description (issue 11, pages 270–293): Indeed's
 * "Job Type", "Pay", "Schedule", "Experience", "Work Location" rows, in the languages it prints them,
 * read as facts and qualification rows, never as duties. One short invented input per rule.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { jobDetailKind, jobDetailMarker } from '../../utils/summarize/job-details';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '', null);
const DUTIES =
  '<p><b>Duties:</b></p><ul><li>Stock the shelves before opening</li><li>Serve customers at the till</li></ul>';
const everywhere = (sections: ReturnType<typeof split>): string[] => [
  ...sections.responsibilities,
  ...sections.requirements,
  ...sections.preferred,
  ...sections.benefits,
  ...sections.compensation,
  ...sections.about,
];

describe('job-details labels', () => {
  it.each([
    ['Work Location: In person', 'facts'],
    ['Job Types: Full-time, Part-time', 'facts'],
    ['Schedule:', 'facts'],
    ['Ability to Commute:', 'facts'],
    ['Application Question(s):', 'facts'],
    ['Experience level:', 'facts'],
    ['Arbeitsort: Vor Ort', 'facts'],
    ["Type d'emploi : CDI", 'facts'],
    ['Lugar de trabajo: Empleo presencial', 'facts'],
    ['Sede di lavoro: In presenza', 'facts'],
    ['Werklocatie: Op locatie', 'facts'],
    ['Experience:', 'qualifications'],
    ['Berufserfahrung:', 'qualifications'],
    ['License/Certification:', 'qualifications'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(jobDetailKind(text)).toBe(kind);
  });

  it('reads no label in a duty or a sentence with a colon', () => {
    expect(jobDetailKind('Work closely with the kitchen team')).toBeNull();
    expect(jobDetailKind('What you will do: stock the shelves')).toBeNull();
  });

  it.each([
    ['SQL: 3 years (Preferred)', 'preferred'],
    ['Lager: 1 Jahr (Wünschenswert)', 'preferred'],
    ['Vente: 1 an (Souhaité)', 'preferred'],
    ['CDL A (Required)', 'required'],
    ['Inglés (Obligatorio)', 'required'],
    ['Experience with Excel', null],
  ])('reads the row marker of "%s" as %s', (text, marker) => {
    expect(jobDetailMarker(text)).toBe(marker);
  });
});

describe('the block after the description', () => {
  it('lists "Work Location: In person" and "Job Type" nowhere, and keeps them for the facts', () => {
    const sections = split(`${DUTIES}<p>Job Type: Full-time</p><p>Work Location: In person</p>`);
    expect(everywhere(sections).join('\n')).not.toMatch(/Work Location|Job Type/);
    expect(sections.responsibilities).toHaveLength(2);
    expect(sections.lines.map((line) => line.text)).toContain('Work Location: In person');
  });

  it('lists the rows under "Schedule:" and "Ability to Commute:" nowhere, even a "(Required)" one', () => {
    const sections = split(
      `${DUTIES}<p>Schedule:</p><ul><li>Monday to Friday</li><li>Weekends as needed</li></ul>` +
        '<p>Ability to Commute:</p><ul><li>Leeds LS11 (Required)</li></ul>',
    );
    expect(everywhere(sections).join('\n')).not.toMatch(/Monday|Weekends|Leeds/);
  });

  it('reads the rows of a block written as one paragraph with line breaks', () => {
    const sections = split(
      '<p>Duties<br>- Stock the shelves before opening<br>- Serve customers at the till</p>' +
        '<p>Job Type: Part-time<br>Pay: $16.00 - $18.00 per hour<br><br>Shift:<br>- Evening shift<br><br>Work Location: In person</p>',
    );
    expect(sections.responsibilities).toEqual(['Stock the shelves before opening', 'Serve customers at the till']);
    expect(sections.compensation).toEqual(['Pay: $16.00 - $18.00 per hour']);
    expect(everywhere(sections).join('\n')).not.toMatch(/Evening shift|Work Location/);
  });

  it('files qualification rows by their marker, in any language', () => {
    const sections = split(
      `${DUTIES}<p>Experience:</p><ul><li>Retail: 1 year (Required)</li><li>Cash handling: 2 years (Preferred)</li></ul>` +
        '<p>Berufserfahrung:</p><ul><li>Lager: 1 Jahr (Wünschenswert)</li></ul>',
    );
    expect(sections.requirements).toEqual(['Retail: 1 year (Required)']);
    expect(sections.preferred).toEqual(['Cash handling: 2 years (Preferred)', 'Lager: 1 Jahr (Wünschenswert)']);
  });

  it('keeps "401(k)" in the benefits list, a perk named by its tax-code section', () => {
    const sections = split('<p>Benefits:</p><ul><li>401(k)</li><li>Dental insurance</li></ul>');
    expect(sections.benefits).toEqual(['401(k)', 'Dental insurance']);
  });

  it('reads "Leistungen:" as the benefits heading of Indeed.de', () => {
    const sections = split('<p>Leistungen:</p><ul><li>Betriebliche Altersvorsorge</li><li>Mitarbeiterrabatt</li></ul>');
    expect(sections.benefits).toEqual(['Betriebliche Altersvorsorge', 'Mitarbeiterrabatt']);
  });
});

describe('years from the block', () => {
  it('reads a preferred row when no must-have states years', () => {
    const found = findYearsExperience([
      { text: 'Enter bills in QuickBooks', section: 'responsibilities', position: 0 },
      { text: 'SQL: 3 years (Preferred)', section: 'preferred', position: 1 },
    ]);
    expect(found).toMatchObject({ min: 3, max: null });
  });

  it('prefers the must-have row to a preferred one', () => {
    const found = findYearsExperience([
      { text: 'Line cook: 1 year (Required)', section: 'requirements', position: 0 },
      { text: 'Steakhouse: 2 years (Preferred)', section: 'preferred', position: 1 },
    ]);
    expect(found).toMatchObject({ min: 1, max: null });
  });

  it('reads rows marked in other languages', () => {
    const found = findYearsExperience([
      { text: 'Vente en boulangerie: 1 an (Souhaité)', section: 'preferred', position: 0 },
    ]);
    expect(found).toMatchObject({ min: 1, max: null });
  });
});

describe('a duty verb after a name in space-joined duties', () => {
  it('starts an item at "Model" after "Snowflake"', () => {
    const sections = split(
      '<p><strong>Responsibilities</strong></p><p>Build batch pipelines that load shipment events into Snowflake Model carrier and lane data in dbt</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Build batch pipelines that load shipment events into Snowflake',
      'Model carrier and lane data in dbt',
    ]);
  });
});

describe('a diversity statement in French', () => {
  it('is boilerplate', () => {
    expect(
      isBoilerplateSentence(
        "Maison Ours s'engage pour la diversité : nos offres sont ouvertes aux personnes en situation de handicap.",
      ),
    ).toBe(true);
  });
});
