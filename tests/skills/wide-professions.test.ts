/**
 * Skills as trades, pharmacies, hotels, schools and offices write them (issue 11, part 4, texts
 * 391–420), and short names that are also ordinary words in the employer's own lines. Each line
 * here was written for its test.
 */
import { describe, expect, it } from 'vitest';
import { itCountsEachInItsFieldOnly, skillNames as names, type GuardedAlias } from './guarded-aliases';

const CASES: readonly GuardedAlias[] = [
  {
    alias: 'ADaM',
    skill: 'CDISC',
    is: ['Program ADaM datasets for the efficacy analyses', 'SDTM and ADaM to CDISC standards'],
    isNot: ['Adam, our head of statistics, will be your manager', 'Report to ADAM HOLDINGS finance'],
  },
  {
    alias: 'Maths (a school-leaving qualification)',
    skill: 'Mathematics',
    is: ['Teach GCSE Maths to Years 10 and 11', 'Experience teaching GCSE maths', 'Maths teacher for KS3'],
    isNot: [
      'GCSE English and Maths at grade 4 or above',
      'GCSEs in English and Maths (grade C or above)',
      'A grade C or above in GCSE Maths',
    ],
  },
  {
    alias: 'revision (Danish audit)',
    skill: 'Auditing',
    is: ['Revision og review af mindre selskaber', 'Revision af årsregnskaber for små virksomheder'],
    isNot: ['Revision of the staff handbook', 'A revision of our prices in spring'],
  },
  {
    alias: 'install (beside what is electrical)',
    skill: 'Electrical installation',
    is: [
      'Install and maintain lighting, power and containment in offices',
      'Installation und Änderung von elektrischen Schaltanlagen',
      'Installation av laddboxar och belysning',
      'Install EV charging points for homeowners',
    ],
    isNot: [
      'Install the software on new laptops',
      'Installation von Sanitäranlagen',
      'Install boilers and heat pumps',
      'Install kitchens and worktops',
    ],
  },
  {
    alias: 'te woord staan (nl)',
    skill: 'Customer service',
    is: ['Klanten aan de balie en telefonisch te woord staan', 'Bezoekers en patiënten aan de receptie te woord staan'],
    isNot: ['Je staat de pers te woord bij incidenten', 'De woordvoerder staat journalisten te woord'],
  },
  {
    alias: 'hjälpa kunder (a duty, not the employer)',
    skill: 'Customer service',
    is: ['Hjälpa kunder i butiken', 'Du ska hjälpa kunder att hitta rätt storlek'],
    isNot: ['Vi hjälper kunder i hela Norden med logistik'],
  },
];

describe('trade, care, hotel, school and office phrasings in ten languages', () => {
  itCountsEachInItsFieldOnly(CASES);

  it('reads boilers, air conditioning, refrigerants and F-gas certificates', () => {
    expect(names('Montage und Inbetriebnahme von Gas-Brennwertkesseln')).toContain('Boiler installation');
    expect(names('Mantenimiento de equipos de aire acondicionado')).toContain('Air conditioning');
    expect(names('Carga y recuperación de gases refrigerantes')).toContain('Refrigerant handling');
    expect(names('Certificado de manipulación de gases fluorados')).toContain('F-Gas');
    expect(names('Experiencia en instalaciones de climatización')).toContain('HVAC');
  });

  it('reads pharmacy, hotel, school and office duties', () => {
    expect(names('Recepten verwerken en medicatie controleren')).toContain('Prescription verification');
    expect(names('Patiënten voorlichten over bijwerkingen')).toContain('Patient counseling');
    expect(names('Werken met Pharmacom')).toContain('Pharmacy software');
    expect(names('Gestão de reservas e faturação')).toContain('Reservations');
    expect(names('Três anos de experiência em receção de hotel')).toContain('Front desk');
    expect(names('Planung und Vorbereitung des Unterrichts')).toContain('Lesson planning');
    expect(names('Gestaltung eines inklusiven Unterrichts')).toContain('Differentiated instruction');
    expect(names('Suivi administratif des dossiers')).toContain('Administrative support');
    expect(names('Oog voor typografie en kleur')).toContain('Typography');
    expect(names('Administração de terapêutica prescrita')).toContain('Medication administration');
    expect(names('Selvangivelser for private kunder')).toContain('Tax');
  });

  it('reads the objects of a verb that is a skill on its own', () => {
    // "Install" beside lighting is electrical installation, and its object still makes lighting installation.
    expect(names('Install and maintain lighting and sockets in new homes')).toEqual(
      expect.arrayContaining(['Electrical installation', 'Lighting installation']),
    );
  });

  it("joins an alias's words across an Italian elided preposition", () => {
    expect(names("Aiuto nell'alimentazione degli ospiti")).toContain('Meal assistance');
    expect(names('Aiuto nell’alimentazione')).toContain('Meal assistance');
  });

  it('reads a language valued or written as a language (pt, it, fr)', () => {
    expect(names('Francês valorizado')).toContain('French');
    expect(names('Inglese gradito')).toContain('English');
    expect(names('Très bonne expression écrite en français')).toContain('French');
    // The name alone, with no language word, stays an adjective.
    expect(names('Uma empresa francesa valorizada no mercado')).not.toContain('French');
  });

  it("does not read short names in the employer's own lines as skills", () => {
    expect(names('Compare carriers, print labels and go live in minutes')).not.toContain('Go');
    expect(names('Grade C pension scheme and 27 days of holiday')).not.toContain('C');
    expect(names('Our founder, Ray Molina, started the company in 2019')).not.toContain('Ray');
    expect(names('Our product, Spark Notes, summarizes calls')).not.toContain('Apache Spark');
    expect(names('A swift onboarding and a laptop of your choice')).not.toContain('Swift');
    expect(names('Sensors that detect rust in bridges')).not.toContain('Rust');
    expect(names('Our R&D centre is in Cambridge')).not.toContain('R');
  });
});
