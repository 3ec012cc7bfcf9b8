/**
 * Years of experience in the supported languages, and the numbers that are not the posting's
 * requirement (company age, benefits after a time, age limits, tenure). Short inputs written for each form.
 */
import { describe, expect, it } from 'vitest';
import { findYearsExperience } from '../../utils/summarize/facts';
import { splitSections } from '../../utils/summarize/sections';
import type { LineSection } from '../../utils/summarize/sections';

const years = (text: string, section: LineSection = 'requirements') => {
  const found = findYearsExperience([{ text, section, position: 0 }]);
  return found ? { min: found.min, max: found.max } : null;
};

describe('years of experience across languages', () => {
  it.each([
    ['2 tot 4 jaar ervaring als systeembeheerder', 2, 4],
    ['Minimaal 3 jaar werkervaring in de zorg', 3, null],
    ['Experiência de 3 a 5 anos com desenvolvimento mobile', 3, 5],
    ['Pelo menos 2 anos de experiência em suporte', 2, null],
    ['Minimum 4 lata doświadczenia w testowaniu', 4, null],
    ['Od 3 do 5 lat doświadczenia jako księgowa', 3, 5],
    ['Minst 3 års erfaring som elektriker', 3, null],
    ['Minst 2 års erfarenhet av lagerarbete', 2, null],
    ['Mindst 4 års erfaring med regnskab', 4, null],
    ['Almeno 2 anni di esperienza nella vendita', 2, null],
    ['Esperienza di 3-5 anni nel ruolo', 3, 5],
    ['Vähintään 3 vuoden kokemus ohjelmistokehityksestä', 3, null],
    ['Drei Jahre Berufserfahrung in der Pflege', 3, null],
    ['Trzy lata doświadczenia w logistyce', 3, null],
    ['Tre års erfarenhet av ekonomiarbete', 3, null],
    ['Due anni di esperienza come cameriere', 2, null],
    ['Five years of experience leading kitchens', 5, null],
    ['6+ yrs in payroll', 6, null],
    ['Between 3 and 5 years of experience in logistics', 3, 5],
  ])('%s', (text, min, max) => {
    expect(years(text)).toEqual({ min, max });
  });

  it.each([
    'Founded 40 years ago, Ferrowen still builds every pump in Leeds',
    'After 2 years you become eligible for our sabbatical programme',
    'Must be at least 18 years old',
    'Our average tenure is 7 years',
    'Seit über 30 Jahren sind wir Partner des Handwerks',
    'Depuis 25 ans, nous accompagnons les PME',
    'Our team brings 15 years of experience in payments',
    'Wir haben über 25 Jahre Erfahrung im Maschinenbau',
    'With 30 years of experience, Ferro Lift is the leading lift installer in Kent',
  ])('reads no requirement from "%s"', (text) => {
    expect(years(text, 'overview')).toBeNull();
  });

  it('still reads "We are looking for someone with 3 years …" outside the must-haves', () => {
    expect(years('We are looking for someone with 3 years of experience in payroll', 'overview')).toEqual({
      min: 3,
      max: null,
    });
  });

  it('does not take a similar job card\'s "3+ years" for the posting\'s', () => {
    const html =
      '<h2>Requirements</h2><ul><li>Experience with forklifts and pallet jacks</li></ul>' +
      '<h2>Similar jobs</h2><ul><li>Shift Lead, Harbor Depot: 3+ years of warehouse experience</li></ul>';
    const sections = splitSections(html, '');
    expect(findYearsExperience(sections.lines)).toBeNull();
  });

  it('takes the requirement, not the company age in the lead paragraph', () => {
    const html =
      '<p>Kestrel Pumps was founded 45 years ago and employs 300 people.</p>' +
      '<h3>Qualifications</h3><ul><li>4+ years of maintenance experience in manufacturing</li></ul>';
    const found = findYearsExperience(splitSections(html, '', 'Kestrel Pumps').lines);
    expect(found && { min: found.min, max: found.max }).toEqual({ min: 4, max: null });
  });
});
