/**
 * Skills written for skill texts 301–330 (issue 11, part 4): housing officers, inside sales, SDRs,
 * kitchens, emergency and ICU nursing, finance in Romance languages, school subjects; the near-duplicates
 * read to one skill; the rules that keep the employer's trade, the teams next door and a clause after a
 * comma out of the skills; and the guards on their short or ordinary words. Lines are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { canonicalSkill } from '../../utils/summarize/skill-mentions';
import { blankPosting } from '../posting-factory';
import { itCountsEachInItsFieldOnly, skillNames, type GuardedAlias } from './guarded-aliases';

describe('skills of housing, sales, kitchens, nursing and finance, in the languages postings use', () => {
  it.each([
    ['Manage a patch of 500 tenancies and chase rent arrears', ['Tenancy management', 'Rent arrears']],
    ['Investigate anti-social behaviour with the police', ['Anti-social behaviour']],
    ['Je maakt offertes en verwerkt orders in het ERP-systeem', ['Quotations', 'Order processing']],
    ['Angebotserstellung und Auftragsbearbeitung im Vertriebsinnendienst', ['Quotations', 'Inside sales']],
    ['Write cold emails and sequences in Outreach', ['Cold emailing']],
    ['Run the kitchen in the head chef’s absence', ['Kitchen management']],
    ['Undervisa i matematik och fysik i årskurs 7–9', ['Mathematics', 'Physics']],
    ['Bedöma och betygsätta elevernas kunskaper', ['Student assessment']],
    ['Skapa studiero i klassrummet', ['Classroom management']],
    ['Ganzheitliche Pflege beatmeter Patienten, sicherer Umgang mit Beatmungsgeräten', ['Mechanical ventilation']],
    ['Versorgung von Wunden und Drainagen', ['Wound care']],
    ['Clasificación de pacientes en triaje y extracción de analíticas', ['Triage', 'Venepuncture']],
    ['Formación en soporte vital básico y avanzado', ['BLS', 'ACLS']],
    ['Håndtere medicin og planlægge udskrivelser', ['Medication administration', 'Discharge planning']],
    ['Preparación del presupuesto anual y seguimiento de desviaciones', ['Budgeting', 'Variance analysis']],
    ['Analisi degli scostamenti e contabilità industriale', ['Variance analysis', 'Management accounting']],
    ['Construcción de modelos financieros', ['Financial modeling']],
    ['Plukk og pakking av ordre med håndterminal', ['Order picking']],
    ['Planear as rotas de distribuição e otimizar a ocupação da frota', ['Route planning', 'Fleet management']],
    ['Établir les prévisions de ventes avec les équipes commerciales', ['Demand planning']],
    ['Prospect into finance leaders and book qualified meetings', ['Prospecting', 'Lead generation']],
    ['Draft discovery requests and responses', ['eDiscovery']],
    ['Drift and performance monitoring for models in production', ['Model monitoring']],
  ])('%s', (line, skills) => {
    expect(skillNames(line)).toEqual(expect.arrayContaining(skills));
  });
});

describe('near-duplicates read to one skill', () => {
  it.each([
    ['Housing management', 'Tenancy management'],
    ['Advanced life support', 'ACLS'],
    ['Supply chain planning', 'Supply chain management'],
  ])('%s → %s', (name, skill) => {
    expect(canonicalSkill(name)).toBe(skill);
  });
});

const skillsOf = (company: string, html: string): string[] =>
  summarize(blankPosting({ title: 'Engineer', company, descriptionHtml: html })).skills.map((skill) => skill.name);

describe('what the employer does is not what the hire is asked for', () => {
  it('leaves out the skills of a sentence that tells the employer’s trade', () => {
    const html =
      '<p>Coralyne Payments processes card payments for 15,000 merchants.</p><h3>Requirements</h3><ul><li>Go and Kubernetes</li></ul>';
    expect(skillsOf('Coralyne Payments', html)).not.toContain('Card payments');
    expect(skillsOf('Coralyne Payments', html)).toContain('Kubernetes');
  });

  it('reads the name as the sentence writes it, longer or shorter than the company field', () => {
    const html = '<p>Quillfield turns point-of-sale data into demand signals.</p><ul><li>Python and SQL</li></ul>';
    expect(skillsOf('Quillfield Analytics', html)).not.toContain('POS systems');
    const almendral = '<p>Grupo Almendral distribuye material eléctrico.</p><ul><li>Excel avanzado y SAP</li></ul>';
    expect(skillsOf('Grupo Almendral Distribución', almendral)).toContain('SAP');
    const ipe = '<p>A Mercantil Ipê tem 140 lojas de materiais de construção.</p><ul><li>SQL e Power BI</li></ul>';
    expect(skillsOf('Mercantil Ipê Varejo', ipe)).not.toContain('Building materials');
  });

  it('keeps a sentence in which the employer asks for a skill', () => {
    const html = '<p>Coralyne Payments is looking for an engineer who knows card payments.</p>';
    expect(skillsOf('Coralyne Payments', html)).toContain('Card payments');
  });
});

describe('teams next door and clauses after a comma', () => {
  it('reads a field named in a list of teams, or as who the hire works closely with, as a team', () => {
    expect(skillsOf('Acme', '<p>Partner with teams including Data Science and Design.</p>')).not.toContain(
      'Data science',
    );
    expect(skillsOf('Acme', '<ul><li>Du arbeitest eng mit UX-Design zusammen</li></ul>')).not.toContain('UX design');
    expect(skillsOf('Acme', '<ul><li>Erfahrung mit UX-Design</li></ul>')).toContain('UX design');
  });

  it('ends a duty at a participle that opens a clause after a comma', () => {
    expect(skillNames('You manage up and across, flagging risks early')).not.toContain('Risk management');
    expect(skillNames('Install and connect panels, switchgear, lighting and alarms')).toContain(
      'Lighting installation',
    );
  });
});

const GUARDED: readonly GuardedAlias[] = [
  {
    alias: 'ASB',
    skill: 'Anti-social behaviour',
    is: ['Handle ASB cases with the police and tenants'],
    isNot: ['ASB Bank lending team', 'Certified by ASB in Spain'],
  },
  {
    alias: 'tenancies',
    skill: 'Tenancy management',
    is: ['Manage 600 tenancies from sign-up to termination'],
    isNot: ['Multiple tenancies on the same cluster'],
  },
  {
    alias: 'fysik, physique (every alias)',
    skill: 'Physics',
    is: ['Professeur de physique-chimie au lycée', 'Undervisning i fysik för elever i årskurs 9'],
    isNot: ['Bonne condition physique exigée', 'Profesor de educación física para primaria'],
  },
  {
    alias: 'ALS',
    skill: 'ACLS',
    is: ['ALS provider certificate (Resuscitation Council)'],
    isNot: ['Research into ALS and motor neurone disease'],
  },
  {
    alias: 'ILS',
    skill: 'ACLS',
    is: ['ILS or ALS course completed'],
    isNot: ['Maintain the ILS library system for the county'],
  },
  {
    alias: 'SVA',
    skill: 'ACLS',
    is: ['Curso de SVA y SVB actualizado'],
    isNot: ['Cumplimiento del SVA de la empresa'],
  },
  {
    alias: 'SVB',
    skill: 'BLS',
    is: ['Curso de SVB y RCP'],
    isNot: ['Kinderbijslag aanvragen bij de SVB'],
  },
  {
    alias: 'rotas',
    skill: 'Staff scheduling',
    is: ['Write weekly staff rotas and cover holidays'],
    isNot: ['Planear as rotas de distribuição diárias'],
  },
  {
    alias: 'utvecklingssamtal',
    skill: 'Performance reviews',
    is: ['Håll utvecklingssamtal med dina medarbetare'],
    isNot: ['Delta i utvecklingssamtal med elever och vårdnadshavare'],
  },
  {
    alias: 'Hygienevorschriften',
    skill: 'Food safety',
    is: ['Einhaltung der Hygienevorschriften in der Küche'],
    isNot: ['Einhaltung der Hygienevorschriften'],
  },
];

describe('short and ordinary words of these fields, each in its field only', () => {
  itCountsEachInItsFieldOnly(GUARDED);
});
