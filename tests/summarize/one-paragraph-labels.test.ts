/**
 * Causes found on a third probe set of plain-text postings written before the rules were read: a
 * posting written as one paragraph whose labels go on in lower case ("… restaurante. Funciones:
 * elaboración …"), lists written as comma phrases under those labels, and an intro that announces
 * the hire while naming experience. Short invented inputs, one per cause.
 */
import { describe, expect, it } from 'vitest';
import { findSeniority } from '../../utils/summarize/facts';
import { classifyHeading } from '../../utils/summarize/headings';
import { splitJoinedItems } from '../../utils/summarize/restructure';
import { classifyLine, splitSections } from '../../utils/summarize/sections';

const sectionsOf = (text: string) =>
  splitSections('', text, null).lines.map((line) => [line.section, line.text] as const);

describe('a posting written as one paragraph with labels', () => {
  it('opens a section at each label after a sentence, though the list goes on in lower case', () => {
    const text =
      'Buscamos camarero/a para nuestra terraza en Málaga. Funciones: atención de mesas y barra, cobro en caja, montaje del comedor. Requisitos: experiencia mínima de un año en hostelería, nivel alto de inglés, disponibilidad de tarde. Ofrecemos: contrato fijo discontinuo, propinas compartidas, uniforme.';
    expect(sectionsOf(text)).toEqual([
      ['overview', 'Buscamos camarero/a para nuestra terraza en Málaga.'],
      ['responsibilities', 'atención de mesas y barra'],
      ['responsibilities', 'cobro en caja'],
      ['responsibilities', 'montaje del comedor.'],
      ['requirements', 'experiencia mínima de un año en hostelería'],
      ['requirements', 'nivel alto de inglés'],
      ['requirements', 'disponibilidad de tarde.'],
      ['benefits', 'contrato fijo discontinuo'],
      ['benefits', 'propinas compartidas'],
      ['benefits', 'uniforme.'],
    ]);
  });

  it('keeps a list of one-word names one item, and a label that goes on as a sentence part of it', () => {
    const text =
      'We are hiring a backend developer for our Leeds studio. Requirements: experience with Python, Go, or Rust. Bonus: you have run Kafka in production.';
    expect(sectionsOf(text)).toEqual([
      ['overview', 'We are hiring a backend developer for our Leeds studio.'],
      ['requirements', 'experience with Python, Go, or Rust.'],
      ['preferred', 'Bonus: you have run Kafka in production.'],
    ]);
  });

  it('reads an intro that announces the hire as the overview, unless it states a number', () => {
    expect(
      sectionsOf(
        'Buscamos ayudante de cocina con experiencia para un hotel en Ibiza.\nFunciones:\n- preparar desayunos',
      ),
    ).toEqual([
      ['overview', 'Buscamos ayudante de cocina con experiencia para un hotel en Ibiza.'],
      ['responsibilities', 'preparar desayunos'],
    ]);
    expect(sectionsOf('We are looking for a baker with 2 years of experience.\nDuties:\n- bake bread')[0]).toEqual([
      'requirements',
      'We are looking for a baker with 2 years of experience.',
    ]);
  });
});

describe('seniority from the title', () => {
  it('reads "Management" in a title as the field, not the level; "Manager" is the level', () => {
    expect(findSeniority('Management Accountant', '', null)).toBeNull();
    expect(findSeniority('Management Trainee', '', null)).toBe('Entry level');
    expect(findSeniority('Warehouse Manager', '', null)).toBe('Manager');
  });
});

describe('a wish whose subject is a name', () => {
  it('keeps "… convention collective ALISFA est un plus" one wish, not a must-have and a wish', () => {
    expect(sectionsOf('Profil recherché\n- La maîtrise du logiciel de paie SILAE est un plus.')).toEqual([
      ['preferred', 'La maîtrise du logiciel de paie SILAE est un plus.'],
    ]);
  });
});

describe('pay stated in the intro', () => {
  it('files the intro sentence of pay as the pay and the perks added to it as perks (under "About this role")', () => {
    const text =
      'About this role\nWe need a heavy diesel fitter for our Perth depot on a two-on, one-off roster. $52 per hour + super + tool allowance.';
    expect(sectionsOf(text)).toEqual([
      ['overview', 'We need a heavy diesel fitter for our Perth depot on a two-on, one-off roster.'],
      ['compensation', '$52 per hour'],
      ['benefits', 'super'],
      ['benefits', 'tool allowance.'],
    ]);
    // Money that is not pay stays in the intro.
    const funded = 'Overview\nWe raised $40 million last year. We build rostering software for 900 clinics.';
    expect(sectionsOf(funded).map(([section]) => section)).not.toContain('compensation');
  });
});

describe('items joined by a space', () => {
  it('starts an item at "Experience" followed by any "-ing" verb', () => {
    expect(
      splitJoinedItems('Experience with warehouse systems Experience coaching new pickers on the night shift'),
    ).toEqual(['Experience with warehouse systems', 'Experience coaching new pickers on the night shift']);
  });
});

describe('a call to apply', () => {
  it.each([
    'Interessiert? Dann schicken Sie uns Ihre Bewerbungsunterlagen per E-Mail.',
    'Intéressée ? Postulez en ligne avant le 15 janvier.',
    'Stuur je cv en motivatie naar werken@example.nl.',
  ])('is no part of the summary: %s', (line) => {
    expect(sectionsOf(`Benefits\n- Company bike\n${line}`)).toEqual([['benefits', 'Company bike']]);
  });
});

describe("a job board's labels glued to the text", () => {
  it('leaves out the insights after the posting and keeps the details block apart from the intro', () => {
    const text =
      'Job details Pay $19 - $22 an hour Job type Part-time Full job description Maple Ridge Bakery bakes for 14 cafés across Tacoma. Duties: shaping loaves, cleaning the ovens, packing orders. Benefits: Staff discount Free bread Hiring Insights Job activity Posted 5 days ago Employer responded to 90% of applications Report job';
    expect(sectionsOf(text)).toEqual([
      ['compensation', 'Job details Pay $19 - $22 an hour Job type Part-time'],
      ['overview', 'Maple Ridge Bakery bakes for 14 cafés across Tacoma.'],
      ['responsibilities', 'shaping loaves'],
      ['responsibilities', 'cleaning the ovens'],
      ['responsibilities', 'packing orders.'],
      ['benefits', 'Staff discount Free bread'],
    ]);
  });
});

describe('a list written as plain lines', () => {
  it.each([
    'Planning the weekly delivery routes',
    'Setting up the stage before each show',
    'Running the morning stand-up',
  ])('reads a duty whose verb doubles its last letter: %s', (line) =>
    expect(classifyLine(line)).toBe('responsibilities'),
  );

  it('files a short line between two items of one list in that list', () => {
    const text = [
      'The Role',
      'Planning the weekly delivery routes for twelve vans',
      'Fleet compliance',
      'Handling customer complaints about late deliveries',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([
      ['responsibilities', 'Planning the weekly delivery routes for twelve vans'],
      ['responsibilities', 'Fleet compliance'],
      ['responsibilities', 'Handling customer complaints about late deliveries'],
    ]);
  });
});

describe('"Conditions" and a lead-in ending in "you\'ll"', () => {
  it('files the terms under "Conditions" as perks and its pay as the pay', () => {
    expect(sectionsOf('Conditions\n£27,500 per annum\nCompany van and fuel card\n33 days holiday')).toEqual([
      ['compensation', '£27,500 per annum'],
      ['benefits', 'Company van and fuel card'],
      ['benefits', '33 days holiday'],
    ]);
  });

  it('reads "In this role, you\'ll" as the heading of the duties under it', () => {
    expect(sectionsOf("In this role, you'll\n- Run the weekly stock count\n- Train new starters")).toEqual([
      ['responsibilities', 'Run the weekly stock count'],
      ['responsibilities', 'Train new starters'],
    ]);
  });
});

describe('headings about the job itself', () => {
  it.each(['Über die Stelle', 'À propos du poste', 'Over de functie', 'Sobre el puesto'])(
    '"%s" heads the job overview, not the employer',
    (heading) => expect(classifyHeading(heading)).toBe('overview'),
  );
});
