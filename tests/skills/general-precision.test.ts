/**
 * Skills written for general precision (issue 11, part 4; skill texts 331–360): near-duplicates read to
 * one skill, words that are a skill only in their field (French "pneumatiques" is also tyres, an agency
 * "recrute", stock "reconciliations", a "mentorship program" on offer), the trade of the employer an
 * agency calls "our client", and the French, German and Spanish forms postings write. Lines are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { canonicalSkill } from '../../utils/summarize/skill-mentions';
import { blankPosting } from '../posting-factory';
import { itCountsEachInItsFieldOnly, skillNames, type GuardedAlias } from './guarded-aliases';

describe('near-duplicates read to one skill', () => {
  it.each([
    ['Fault finding', 'Troubleshooting'],
    ['Fehlersuche', 'Troubleshooting'],
    ['Warehouse operations', 'Warehouse management'],
    ['warehouse experience', 'Warehouse management'],
    ['Workplace safety', 'Health and safety'],
    ['safe working practices', 'Health and safety'],
    ['Financial forecasting', 'Forecasting'],
    ['prévisions financières', 'Forecasting'],
    ['Forklift licence', 'Forklift operation'],
    ['Staplerschein', 'Forklift operation'],
    ['Electrical schematics', 'Schematics'],
    ['read schematics', 'Schematics'],
    ['Vendor management', 'Supplier management'],
    ['Wiring diagrams', 'Schematics'],
    ['Electrical wiring', 'Electrical installation'],
    ['VAT returns', 'VAT'],
    ['Umsatzsteuervoranmeldung', 'VAT'],
    ['supplier relations', 'Supplier management'],
  ])('%s → %s', (name, skill) => {
    expect(canonicalSkill(name)).toBe(skill);
  });
});

const CASES: GuardedAlias[] = [
  {
    alias: 'pneumatiques',
    skill: 'Pneumatics',
    is: [
      'Effectuer les connexions (électriques, pneumatiques, mécaniques, hydrauliques)',
      'Dépannage des systèmes pneumatiques',
    ],
    isNot: [
      'Nous vendons des pneumatiques, batteries et huiles moteur',
      'Montage de pneumatiques sur véhicules légers',
    ],
  },
  {
    alias: 'recrute',
    skill: 'Recruiting',
    is: [
      'Vous recrutez, formez et encadrez une équipe de 12 vendeurs',
      'Recruter et intégrer les nouveaux collaborateurs',
    ],
    isNot: [
      'Notre agence recrute des nouveaux talents pour une mission de 3 mois',
      'La société recrute un technicien de maintenance (H/F)',
    ],
  },
  {
    alias: 'recruiting',
    skill: 'Recruiting',
    is: ['Own recruiting for the Leeds site end to end', 'Recruiting, onboarding and rota planning'],
    isNot: [
      'Harbourside Coaches are recruiting PCV drivers for school runs',
      "We're recruiting two bakers for our new Cardiff store",
      'The Trust is currently recruiting ward clerks',
    ],
  },
  {
    alias: 'reconciliations',
    skill: 'Account reconciliation',
    is: ['Prepare bank and balance sheet reconciliations', 'Month-end close and reconciliations'],
    isNot: ['Support inventory audits and reconciliations', 'Cycle counts and stock reconciliations'],
  },
  {
    alias: 'mentorship',
    skill: 'Mentoring',
    is: ['Provide mentorship to junior engineers'],
    isNot: ['Access to a comprehensive mentorship program', 'Training programs and mentorship opportunities'],
  },
  {
    alias: 'Jest',
    skill: 'Jest',
    is: ['Unit tests with Jest and React Testing Library', 'Jest, Cypress and Playwright'],
    isNot: ['Wymagana jest znajomość języka niemieckiego', 'Jest to praca zmianowa'],
  },
  {
    alias: 'Informatica',
    skill: 'Informatica',
    is: ['ETL con Informatica PowerCenter', 'Talend, Informatica or SSIS'],
    isNot: ['Laurea magistrale in Informatica o affine', 'Licenciatura em Informática ou Engenharia'],
  },
  {
    alias: 'manutenzione ordinaria',
    skill: 'Machine maintenance',
    is: ['Manutenzione ordinaria e straordinaria degli impianti di produzione'],
    isNot: ['Coordinare la manutenzione ordinaria e straordinaria dei locali aziendali'],
  },
  {
    alias: 'gestione del credito',
    skill: 'Credit control',
    is: ['Gestione del credito clienti e solleciti di pagamento'],
    isNot: ['Gestire i rapporti con gli istituti di credito ed enti finanziari'],
  },
  {
    alias: 'ECS',
    skill: 'Amazon ECS',
    is: ['Deploy services to AWS ECS and Lambda', 'ECS, EKS and Lambda'],
    isNot: ['Valid ECS/CSCS card', 'Hold an ECS card'],
  },
];

describe('words that are a skill only in their field', () => {
  itCountsEachInItsFieldOnly(CASES);
});

describe('forms postings write for skills the taxonomy has', () => {
  it.each([
    ['Lecture de plan', ['Technical drawing reading']],
    ["Utilisation d'outillages manuels (tournevis)", ['Hand tools']],
    ['Capacité à gérer les réclamations clients', ['Complaint handling']],
    ['Cierres contables mensuales y anuales', ['Month-end close']],
    ['Fehlersuche an hydraulischen und pneumatischen Anlagen', ['Troubleshooting', 'Hydraulics', 'Pneumatics']],
    ['Durchführung der vorbeugenden Instandhaltung', ['Preventive maintenance']],
    ['Bereitschaft zur Arbeit im Dreischichtbetrieb', ['Shift work']],
    ['Conduite autoclave pour la microbiologie', ['Microbiology']],
    ['Umiejętność czytania schematów elektrycznych', ['Schematics']],
    ['Opieka nad osobami starszymi w ich domu', ['Elderly care']],
    ['Supportare i processi di approvvigionamento e gli ordini di acquisto', ['Procurement', 'Purchase orders']],
    ['Gestire le fatture attive e passive', ['Accounts receivable', 'Accounts payable']],
    ['Fault find on lighting and power circuits', ['Troubleshooting']],
    ['Review timecards and resolve exceptions', ['Time registration']],
    ['Aktive Vertriebsarbeit im Privatkundengeschäft', ['Sales']],
    ['Bearbeitung von Kreditanträgen', ['Lending']],
    ['Controllo delle scorte e rotazione dei prodotti', ['Stock rotation']],
    ['Collaborazione alla creazione del menù stagionale', ['Menu development']],
    ['Znajomość przepisów podatkowych', ['Tax']],
    ['Site Reliability Engineer', ['Site reliability engineering']],
    ['Data Analyst, Pricing', ['Data analysis']],
    ['Sistemi di monitoring infrastrutturale e applicativo', ['Monitoring']],
    ['Investire sull’automazione dei processi', ['Automation']],
    ['Progettare infrastrutture cloud scalabili', ['Cloud computing']],
    ['Ensure compliance with NFPA 72 and NFPA 70', ['Fire codes', 'National Electrical Code']],
    ['Valid electrical license for the state of California', ['Electrician license']],
    ["Prélèvement d'échantillons selon le plan d'échantillonnage", ['Sample collection']],
    ['Métrologie de base des balances et étuves', ['Metrology']],
    ['Maîtriser les outils de contrôle', ['Precision measurement']],
    ['Maîtriser les techniques de vente', ['Sales']],
    ['Montaż instalacji wentylacyjnych i urządzeń klimatyzacyjnych', ['HVAC', 'Air conditioning']],
    ['Pomoc w ubieraniu i higiena osobista', ['Personal care']],
    ['Stesura dei verbali delle riunioni', ['Minute taking']],
    ['Gestione dei servizi generali e dei rapporti con i fornitori', ['Facilities management', 'Supplier management']],
    ['Competenze di analisi di bilancio e controllo interno', ['Financial analysis', 'Internal controls']],
  ])('%s', (line, skills) => {
    expect(skillNames(line)).toEqual(expect.arrayContaining(skills));
  });
  it('does not read a plain "plan" as drawing reading', () => {
    expect(skillNames('Lecture du plan de formation')).not.toContain('Technical drawing reading');
  });
  it('does not read a bare "traçabilité" (a kitchen\'s hygiene rules) as batch tracking', () => {
    expect(skillNames("Respect des règles d'hygiène et de traçabilité")).not.toContain('Batch tracking');
    expect(skillNames('Traçabilité des lots et contrôle des DLC')).toContain('Batch tracking');
  });
  it('does not read the monitoring of patients as the engineering practice', () => {
    expect(skillNames('Monitoring dei parametri vitali dei pazienti')).not.toContain('Monitoring');
  });
  it('does not read NFPA 70E (electrical safety) as the electrical code', () => {
    expect(skillNames('NFPA 70E training')).not.toContain('National Electrical Code');
  });
  it('does not read blood draws or a bare "sampling" as sample collection', () => {
    expect(skillNames('Réaliser les prélèvements sanguins')).not.toContain('Sample collection');
    expect(skillNames('Product sampling at in-store events')).not.toContain('Sample collection');
  });
});

describe('the people the hire works beside', () => {
  const skillsIn = (html: string): string[] =>
    summarize(blankPosting({ title: 'Care assistant', descriptionHtml: html })).skills.map((skill) => skill.name);
  it('does not read a field of work named as colleagues as a skill', () => {
    expect(skillsIn('<h3>Duties</h3><ul><li>Samarbejde med sygeplejersker og terapeuter</li></ul>')).not.toContain(
      'Nursing',
    );
    expect(skillsIn('<h3>Duties</h3><ul><li>Collaborate with doctors, nurses and therapists</li></ul>')).not.toContain(
      'Nursing',
    );
  });
  it('still reads the field when the hire does it', () => {
    expect(skillsIn('<h3>Requirements</h3><ul><li>Registered nurse with acute nursing experience</li></ul>')).toContain(
      'Nursing',
    );
  });
});

describe('a sentence of the employer’s blurb that says whom it hires', () => {
  const skillsIn = (company: string, html: string): string[] =>
    summarize(blankPosting({ title: 'Officer', company, descriptionHtml: html })).skills.map((skill) => skill.name);
  const duties = '<h3>Responsabilità</h3><ul><li>Gestire le fatture attive e passive</li></ul>';
  it('reads the role it describes', () => {
    const html = `<p>Nordvia S.p.A. è alla ricerca di un esperto di contabilità e approvvigionamento.</p>${duties}`;
    expect(skillsIn('Nordvia S.p.A.', html)).toEqual(expect.arrayContaining(['Accounting', 'Procurement']));
  });
  it('still leaves out the rest of the blurb', () => {
    const html = `<p>Nordvia S.p.A. gestisce la contabilità di 300 comuni. Nordvia S.p.A. è alla ricerca di un analista.</p>${duties}`;
    expect(skillsIn('Nordvia S.p.A.', html)).not.toContain('Accounting');
  });
});

const skillsOf = (company: string | null, html: string): string[] =>
  summarize(blankPosting({ title: 'Vendeur', company, descriptionHtml: html })).skills.map((skill) => skill.name);

describe('the trade of the employer an agency calls "our client"', () => {
  it('leaves out the skills of a sentence that tells the client’s trade', () => {
    const html =
      '<p>Notre client, spécialisé dans la vente de pneumatiques et de produits d’entretien automobile, recherche un vendeur.</p>' +
      '<h3>Profil</h3><ul><li>Maîtrise des techniques de vente et de la gestion des stocks</li></ul>';
    expect(skillsOf('Intérim Plus', html)).not.toContain('Cleaning products');
    const english =
      '<p>Our client, a specialist in payroll outsourcing, is expanding.</p><h3>Requirements</h3><ul><li>Excel</li></ul>';
    expect(skillsOf('Agency Ltd', english)).not.toContain('Payroll processing');
  });
  it('keeps the skills of a sentence in which the client asks for them', () => {
    const html =
      '<p>Our client is looking for a payroll officer with Sage experience.</p><h3>Requirements</h3><ul><li>Excel</li></ul>';
    expect(skillsOf('Agency Ltd', html)).toEqual(expect.arrayContaining(['Payroll processing']));
  });
});
