/**
 * Skills written for general precision (issue 11, part 4; skill texts 331–360): near-duplicates read to
 * one skill, words that are a skill only in their field (French "pneumatiques" is also tyres, an agency
 * "recrute", stock "reconciliations", a "mentorship program" on offer), the trade of the employer an
 * agency calls "our client", and the French, German and Spanish forms postings write. Lines are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { canonicalSkill } from '../../utils/summarize/skills';
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
  ])('%s', (line, skills) => {
    expect(skillNames(line)).toEqual(expect.arrayContaining(skills));
  });
  it('does not read a plain "plan" as drawing reading', () => {
    expect(skillNames('Lecture du plan de formation')).not.toContain('Technical drawing reading');
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
