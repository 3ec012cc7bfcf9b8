/** Years of experience read from the posting's own lines, one short input per pattern. */
import { describe, expect, it } from 'vitest';
import { findEducation, findYearsExperience } from '../../utils/summarize/facts';
import type { LineSection, SectionedLine } from '../../utils/summarize/sections';

const line = (text: string, section: LineSection = 'requirements'): SectionedLine[] => [{ text, section, position: 0 }];
const years = (text: string, section?: LineSection) => {
  const found = findYearsExperience(line(text, section));
  return found ? { min: found.min, max: found.max } : null;
};

describe('years of experience', () => {
  it.each([
    ['8+ years building data systems in production', 8, null],
    ['5+ years of experience shipping machine learning systems', 5, null],
    ["At least five years' experience in general ledger accounting", 5, null],
    ['At least two years of critical care experience as an RN', 2, null],
    ['3-5 yrs of closing experience in B2B SaaS sales', 3, 5],
    ['4+ yrs experience in commercial electrical work', 4, null],
    ['1-3 years of freight brokerage, dispatch or 3PL experience', 1, 3],
    ['Three to five years of corporate paralegal experience at a law firm', 3, 5],
    ['Minimum 4 years of experience in SRE or DevOps', 4, null],
    ['1+ year of verifiable OTR or regional driving experience', 1, null],
    ['7+ years managing commercial construction projects over $20M', 7, null],
    ['Mindestens 3 Jahre Berufserfahrung in der Finanzbuchhaltung', 3, null],
    // One year, singular: Jahr, año, an.
    ['Mindestens 1 Jahr Erfahrung in der Intensivpflege', 1, null],
    ['Al menos 1 año de experiencia en un laboratorio', 1, null],
    ["Au moins 1 an d'expérience en logistique", 1, null],
    ['Mindestens 5 Jahre Erfahrung in der Java-Entwicklung', 5, null],
    ['Sie haben 2 bis 4 Jahre Erfahrung im Vertrieb', 2, 4],
    ["Au moins 3 ans d'expérience en marketing digital", 3, null],
    ["5 ans d'expérience minimum en contrôle de gestion", 5, null],
    ['Expérience de 2 ans minimum en analyse de données', 2, null],
    ['Experiencia de al menos 2 años en soporte técnico', 2, null],
    ['Al menos 3 años de experiencia con Java', 3, null],
    ['Experiencia mínima de 4 años en logística', 4, null],
    ['A minimum of 6 years of professional experience', 6, null],
    ['Six or more years of experience in nursing', 6, null],
    ['10 years+ experience in structural engineering', 10, null],
    ['Two (2) years of experience as a dental hygienist', 2, null],
    ['5 years minimum experience in retail pharmacy', 5, null],
    ["Plus de 5 ans d'expérience en comptabilité", 5, null],
    ['Más de 3 años de experiencia en ventas', 3, null],
    ['Über 5 Jahre Erfahrung in der Pflege', 5, null],
    ['Mehr als 3 Jahre Berufserfahrung als Elektriker', 3, null],
  ])('%s', (text, min, max) => {
    expect(years(text)).toEqual({ min, max });
  });

  it('reads nothing where no experience is asked', () => {
    expect(years('Founded 12 years ago, we ship fast')).toBeNull();
    expect(years('We have served patients for 30 years', 'overview')).toBeNull();
    expect(years('A 3-year warranty on every install', 'overview')).toBeNull();
  });

  it('prefers the must-haves and ignores the company blurb', () => {
    const found = findYearsExperience([
      { text: 'For 25 years of experience in the field, our firm has served Ohio', section: 'about', position: 0 },
      { text: '3+ years of HR generalist experience', section: 'requirements', position: 1 },
    ]);
    expect(found).toMatchObject({ min: 3, max: null });
  });
});

describe('education', () => {
  it('reads "MS Excel" as Microsoft, not a Master of Science', () => {
    expect(findEducation(line('Sehr gute Kenntnisse in DATEV und MS Excel'))).toBeNull();
    expect(findEducation(line('MS in computer science or a related field'))).toBe("Master's");
  });
});

describe('years in other shapes', () => {
  it('reads a labelled experience row ("Forklift: 2 years (Required)")', () => {
    expect(years('Forklift operation: 2 years (Required)')).toEqual({ min: 2, max: null });
  });

  it('reads Dutch and Swedish years', () => {
    expect(years('Minimaal 3 jaar werkervaring in de boekhouding')).toEqual({ min: 3, max: null });
    expect(years('Minst 1 års erfarenhet av lagerarbete')).toEqual({ min: 1, max: null });
  });
});

describe('an age is no years of experience', () => {
  it.each([
    'Must be 18 years of age or older',
    'Must be at least 21 years old',
    'Applicants must be 18 years or older',
    'Mindestens 18 Jahre alt',
    'Âgé(e) de 18 ans minimum',
    'Ser mayor de 18 años',
  ])('%s → none', (text) => expect(years(text)).toBeNull());

  it.each([
    ['Must be 18 years of age or older with 2 years of forklift experience', 2],
    ['Mindestens 18 Jahre alt und 3 Jahre Erfahrung im Lager', 3],
    ["Âgé(e) de 18 ans minimum, 4 ans d'expérience en cuisine", 4],
  ])('%s → the years of experience beside the age', (text, min) => expect(years(text)?.min).toBe(min));
});
