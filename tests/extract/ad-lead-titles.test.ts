/**
 * An ad's own lead-in in the page title ("Vacature Role | Company", "Job: Role", "Cercasi Role - Company") is no part
 * of the role or of the employer's name; hours a week are how a job is held, never a place.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { isEmploymentOnly } from '@/utils/extract/generic/job-terms';

function read(head: string, body: string, url = 'https://werkenbij.example.org/vacatures/17') {
  const { document } = parseHTML(`<html><head><title>${head}</title></head><body>${body}</body></html>`);
  return extract(document as unknown as Document, url, { now: null }).posting;
}

const duties =
  '<h2>Wat ga je doen?</h2><p>Je laadt en lost vrachtwagens en houdt de voorraad bij in ons magazijn aan de rand van de stad.</p>' +
  '<h2>Wat vragen wij?</h2><ul><li>Een heftruckcertificaat</li><li>Bereidheid om in ploegen te werken</li></ul>';

describe('an ad lead-in in the page title', () => {
  it('reads the employer after "Vacature Role |"', () => {
    const posting = read('Vacature Orderpicker | Kempers Koeltransport', `<h1>Orderpicker</h1>${duties}`);
    expect(posting?.title).toBe('Orderpicker');
    expect(posting?.company).toBe('Kempers Koeltransport');
  });

  it('reads the employer after "Cercasi Role -"', () => {
    const posting = read(
      'Cercasi Idraulico - Termoidraulica Bassi Snc',
      '<h1>Idraulico</h1><h2>Mansioni</h2><p>Installazione e manutenzione di impianti idraulici in cantieri residenziali della provincia.</p><h2>Requisiti</h2><ul><li>Patente B</li><li>Almeno due anni di esperienza nel settore</li></ul>',
    );
    expect(posting?.company).toBe('Termoidraulica Bassi Snc');
  });

  it('takes "Job:" for a lead-in, not for the employer', () => {
    const posting = read(
      'Job: Weekend Receptionist',
      '<p><b>Weekend Receptionist needed</b></p><p>Our guesthouse by the harbour needs a receptionist for Saturdays and Sundays. You will check guests in and out and answer the phone.</p><p>Send your CV to the manager.</p>',
    );
    expect(posting?.title).toBe('Weekend Receptionist');
    expect(posting?.company).toBeNull();
  });

  it('keeps a role that starts with such a word ("Hiring Manager", "Job Coach")', () => {
    const posting = read('Job Coach - Meadowlark Services', `<h1>Job Coach</h1>${duties}`);
    expect(posting?.title).toBe('Job Coach');
    expect(posting?.company).toBe('Meadowlark Services');
  });
});

describe('hours a week', () => {
  it('are how the job is held, not a place', () => {
    for (const hours of [
      '32-40 uur per week',
      '40 hours per week',
      '38,5 Std./Woche',
      '35h/semaine',
      '20 timer om ugen',
    ])
      expect(isEmploymentOnly(hours), hours).toBe(true);
    for (const place of ['Tilburg', '10th Street', '24 Harbour Road'])
      expect(isEmploymentOnly(place), place).toBe(false);
  });

  it('leave a labelled place beside them', () => {
    const posting = read(
      'Orderpicker - Kempers Koeltransport',
      `<h1>Orderpicker</h1><p>Locatie: Tilburg · 32-40 uur per week</p>${duties}`,
    );
    expect(posting?.locations).toEqual(['Tilburg']);
  });
});

describe('a page-name title over one role heading', () => {
  const body = (heading: string) =>
    `<header><a href="/">Larkspur Veterinary</a><nav><a href="/about">About</a><a href="/careers">Careers</a></nav></header>` +
    `<main><h2>${heading}</h2><p>Our small animal clinic needs a licensed technician for three long days a week, caring for cats and dogs before and after surgery.</p>` +
    '<h3>Requirements</h3><ul><li>State licence</li><li>Two years in a clinic</li></ul></main>';

  it('takes the heading for the title when the title only names the careers page and its owner', () => {
    const posting = read(
      'Careers | Larkspur Veterinary',
      body('Veterinary Technologist - Part Time'),
      'https://larkspurvet.example/careers',
    );
    expect(posting?.title).toBe('Veterinary Technologist - Part Time');
    expect(posting?.company).toBe('Larkspur Veterinary');
  });

  it('keeps the title when it names a role, or when no heading reads as one', () => {
    expect(
      read(
        'Veterinary Technologist | Larkspur Veterinary',
        body('Veterinary Technologist - Part Time'),
        'https://larkspurvet.example/careers',
      )?.title,
    ).toBe('Veterinary Technologist');
    expect(
      read('Careers | Larkspur Veterinary', body('Why Larkspur'), 'https://larkspurvet.example/careers')?.title,
    ).not.toBe('Why Larkspur');
  });
});

describe('how the job is held, set apart in its title', () => {
  const duties =
    '<p>Our clinic needs help at the front desk: answer phones, greet patients and book appointments for three doctors.</p>' +
    '<h3>Requirements</h3><ul><li>Friendly manner</li><li>One year at a front desk</li></ul>';
  it('reads a bracket or a part after a dash made of such words', () => {
    expect(read('Receptionist', `<h1>Receptionist (part-time)</h1>${duties}`)?.employmentType).toBe('PART_TIME');
    expect(read('Receptionist', `<h1>Receptionist - Full Time</h1>${duties}`)?.employmentType).toBe('FULL_TIME');
  });
  it('never reads a role word as one ("Contract Manager")', () => {
    expect(read('Contract Manager', `<h1>Contract Manager</h1>${duties}`)?.employmentType).toBeNull();
  });
});
