/**
 * Skills written after a dev set of real postings (issue 11, part 4; skill texts 421–450): tyre fitters,
 * psychiatric nurses, mechanical assembly, ductwork and ventilation, job costing, video and audio editing,
 * master data and quality assurance in German, tools named in a list ("Apollo, Slack and Monday"), a
 * "not a requirement but good to have" clause, languages asked for with "pratar" and "redacción", and the
 * employer's "trygg arbetsmiljö". Lines are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { blankPosting } from '../posting-factory';
import { itCountsEachInItsFieldOnly, skillNames, type GuardedAlias } from './guarded-aliases';

describe('skills real postings asked for, in the languages they are written in', () => {
  it.each([
    ['Däckbyte och hjulskifte på personbilar', ['Tyre fitting']],
    ['Arbetet består av däck-, fälg- och hjulbyte', ['Tyre fitting']],
    ['Wymiana opon i wyważanie kół', ['Tyre fitting', 'Wheel balancing']],
    ['Erfarenhet av psykiatrisk vård', ['Mental health']],
    ['Du deltar i vårdplaneringar', ['Care planning']],
    ['Partecipazione ai piani di assistenza individuali', ['Care planning']],
    ['Compilazione della documentazione sanitaria', ['Care documentation']],
    ['Réaliser un assemblage (vissage, boulonnage)', ['Mechanical assembly']],
    ['Montaje mecánico de bombas', ['Mechanical assembly']],
    ['Effectuer le câblage des armoires', ['Cable wiring']],
    ['Lötarbeiten an Leiterplatten', ['Soldering']],
    ['Montage von Lüftungskanälen und Lüftungsgeräten', ['Ductwork', 'Ventilation systems']],
    ['Fabricate and install sheet metal ductwork', ['Ductwork']],
    ['Maintain job costing for every project', ['Job costing']],
    ['Prepare monthly variance reporting', ['Variance analysis']],
    ['Edición de vídeo para campañas', ['Video editing']],
    ['Conocimiento de edición de audio', ['Audio editing']],
    ['Experiencia con Adobe Premiere o Final Cut', ['Adobe Premiere Pro', 'Final Cut Pro']],
    ['Use storytelling to bring routes to life', ['Storytelling']],
    ['Python with pandas and matplotlib', ['Python', 'pandas', 'Matplotlib']],
    ['Pflege der Stammdaten und Qualitätssicherung', ['Master data management', 'Quality assurance']],
    ['Ausbildung in der Elektronik, Erfahrung mit Messtechnik', ['Electronics', 'Precision measurement']],
    ['Handle inbound sales calls', ['Inbound sales']],
    ["Effectuer la planification d'opérations de maintenance", ['Maintenance planning']],
    ['Loading outgoing trucks and unloading incoming trucks', ['Loading and unloading']],
    ['Collegamenti pneumatici e lettura del disegno', ['Pneumatics']],
    ['Du administrerar läkemedel enligt ordination', ['Medication administration']],
    ['Crear contenido y escribir textos para publicaciones', ['Content creation', 'Copywriting']],
    ['Shoot and edit short videos, write captions', ['Video editing', 'Copywriting']],
  ])('%s', (line, skills) => {
    expect(skillNames(line)).toEqual(expect.arrayContaining(skills));
  });

  it('reads a language asked for with "pratar" or "redacción"', () => {
    expect(skillNames('Du pratar svenska')).toContain('Swedish');
    expect(skillNames('Excelente redacción en español')).toContain('Spanish');
  });
});

describe('names that are tools only among other tools', () => {
  const cases: GuardedAlias[] = [
    {
      alias: 'Monday',
      skill: 'Monday.com',
      is: ['Boards in Asana, Slack and Monday', 'Tools: Trello, Monday'],
      isNot: ['Every Monday the team meets', 'We meet every Monday in Slack', 'Monday and Friday are office days'],
    },
    {
      alias: 'Apollo',
      skill: 'Apollo.io',
      is: ['Use of Apollo, Pipedrive and HubSpot', 'Enrich contacts in the CRM with Apollo'],
      isNot: ['Our founders met on the Apollo programme trip', 'Apollo Client and GraphQL'],
    },
    {
      alias: 'Slack',
      skill: 'Slack',
      is: ['Use of Pipedrive, Slack and Asana'],
      isNot: ['Pick up the slack', 'Slack season in winter'],
    },
  ];
  itCountsEachInItsFieldOnly(cases);
});

describe('duty objects', () => {
  it('reads an object that modifies the tasks after it as no object ("manage office accounting tasks")', () => {
    expect(skillNames('Oversee and manage all office accounting tasks')).not.toContain('Office management');
    expect(skillNames('Manage the office and reception')).toContain('Office management');
    expect(skillNames('Manage office tasks')).toContain('Office management');
  });
});

describe('departments the hire answers', () => {
  it('reads "Ansprechpartner für Einkauf und Vertrieb" as counterparts, experience in them as skills', () => {
    expect(skillNames('Ansprechpartner für Einkauf und Vertrieb bei Datenfragen')).toEqual([]);
    expect(skillNames('Point of contact for purchasing and sales')).toEqual([]);
    expect(skillNames('Erfahrung im Einkauf und Vertrieb')).toEqual(['Procurement', 'Sales']);
  });
});

describe('clauses around skills', () => {
  const skillsOf = (html: string): string[] =>
    summarize(blankPosting({ title: 'Sales Representative', descriptionHtml: html })).skills.map((skill) => skill.name);

  it('keeps tools that "are not a requirement but are good to have"', () => {
    const skills = skillsOf('<ul><li>Apollo, Pipedrive and Slack are not a requirement but are good to have</li></ul>');
    expect(skills).toEqual(expect.arrayContaining(['Apollo.io', 'Pipedrive', 'Slack']));
  });

  it('still drops tools that are only "not a requirement"', () => {
    expect(skillsOf('<ul><li>Pipedrive is not a requirement</li></ul>')).not.toContain('Pipedrive');
  });

  it('reads the employer’s safe working environment as no skill, a duty of safety as one', () => {
    expect(skillNames('Ett bolag med trygg arbetsmiljö och bra kollegor')).not.toContain('Health and safety');
    expect(skillNames('Vi erbjuder en god arbetsmiljö')).not.toContain('Health and safety');
    expect(skillNames('Du ansvarar för arbetsmiljö och säkerhet')).toContain('Health and safety');
  });
});
