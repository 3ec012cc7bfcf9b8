/**
 * Causes found with skill texts 451–465 (professions thin in real postings): words of care, trades,
 * hotel reception, group accounting, teaching and accounts receivable in several languages; the
 * guard's "access control" beside the systems' one; "Chef" and "Puppet" as people and shows; a plus
 * written after a language's name. Lines are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';
import { blankPosting } from '../posting-factory';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** The skills of a posting with one requirements list. */
const skillsOf = (title: string, heading: string, items: readonly string[]): string[] =>
  summarize(
    blankPosting({
      title,
      descriptionHtml: `<h3>${heading}</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
    }),
  ).skills.map((skill) => skill.name);

describe('taxonomy words in several languages', () => {
  it.each([
    ['Dress wounds after each visit', 'Wound care'],
    ['Bewoners in- en uitchecken bij aankomst', 'Check-in/check-out'],
    ['Gasten inchecken en uitchecken', 'Check-in/check-out'],
    ['Dagelijkse kasopmaak', 'Cash handling'],
    ['Klachten afhandelen van huurders', 'Complaint handling'],
    ['Klagehåndtering i butikken', 'Complaint handling'],
    ['Koncernkonsolidering varje kvartal', 'Consolidation'],
    ['Mitarbeit bei der Konzernkonsolidierung', 'Consolidation'],
    ['Gestion de la consolidation des comptes du groupe', 'Consolidation'],
    ['Ansvar för anläggningsregister', 'Fixed assets'],
    ['Registro del inmovilizado de la empresa', 'Fixed assets'],
    ["Adapter l'enseignement aux besoins de chaque élève", 'Differentiated instruction'],
    ['Saisir les absences dans Pronote', 'Pronote'],
    ['Rencontrer les parents deux fois par an', 'Parent communication'],
    ['Allocate cash from customers each morning', 'Cash application'],
    ['Störungsbehebung an elektrischen Anlagen beim Kunden', 'Electrical troubleshooting'],
    ['Conducción de carretilla contrapesada y retráctil', 'Reach truck operation'],
    ['Hardware support for the school’s laptops', 'Hardware troubleshooting'],
    ['Repair laptops and replace screens', 'Hardware troubleshooting'],
    ['Observe and document what each child learns through play', 'Observation and assessment'],
    ['Beobachtung und Dokumentation der Entwicklung der Kinder', 'Observation and assessment'],
  ])('%s → %s', (line, skill) => {
    expect(names(line)).toContain(skill);
  });

  it('"Retráctil" is the reach truck only beside a forklift word', () => {
    expect(names('Toldo retráctil para la terraza')).not.toContain('Reach truck operation');
  });

  it('observing and documenting is early-years work only beside children or learning', () => {
    expect(names('Observe and document incidents during your patrol')).not.toContain('Observation and assessment');
  });

  it('raising invoices is invoicing, not the sales ledger', () => {
    expect(names('Raise invoices for our trade customers')).toEqual(['Invoicing']);
  });

  it('knowledge of safeguarding is the skill, without naming whom it protects', () => {
    expect(names('Sound knowledge of safeguarding')).toContain('Safeguarding');
    expect(names('Safeguarding customer data is our priority')).not.toContain('Safeguarding');
  });
});

describe('access control: a guard post, not systems’ permissions', () => {
  it('counts at a gate, a site or with visitors', () => {
    expect(names('Manage access control at the main gate for visitors')).toContain('Access control');
    expect(names('Operate the access control software at the main entrance')).toContain('Access control');
    expect(names("Check each visitor's identity and run access control at reception")).toContain('Access control');
  });

  it('does not count in a line about software, cloud or identity', () => {
    expect(names('Implement access control for our building data platform with Azure AD')).not.toContain(
      'Access control',
    );
    expect(names('Design access control for the site’s booking application and its APIs')).not.toContain(
      'Access control',
    );
  });
});

describe('Chef and Puppet: configuration tools, not cooks and shows', () => {
  it('a capitalised Chef or Puppet alone in a line is no tool', () => {
    expect(names('Support the head Chef during the evening service')).not.toContain('Chef');
    expect(names('Run our Puppet theatre workshops for children')).not.toContain('Puppet');
  });

  it('counts beside configuration words or in a list of other tools', () => {
    expect(names('Configuration management with Chef')).toContain('Chef');
    expect(names('Write Puppet manifests for our fleet')).toContain('Puppet');
    expect(skillsOf('DevOps Engineer', 'Requirements', ['Docker, Chef, Jenkins'])).toContain('Chef');
  });

  it('a kitchen posting does not ask for the tool', () => {
    expect(skillsOf('Commis Chef', 'Duties', ['Prepare sauces and support the head Chef'])).not.toContain('Chef');
  });
});

describe('a plus written after a language’s name', () => {
  it.each([
    ['Dutch', 'Receptionist', 'Wat vragen wij?', ['Je spreekt vloeiend Nederlands; Duits is een pré'], 'German'],
    ['German', 'Lagerhelfer', 'Ihr Profil', ['Gute Deutschkenntnisse; Englisch von Vorteil'], 'English'],
    ['Swedish', 'Lagerarbetare', 'Krav', ['Du talar svenska; engelska är meriterande'], 'English'],
    ['Danish', 'Lagermedarbejder', 'Profil', ['Du taler dansk; engelsk er en fordel'], 'English'],
  ])('%s', (_language, title, heading, items, skill) => {
    expect(skillsOf(title, heading, items)).toContain(skill);
  });

  it('a language word without a wish or level words is still no language', () => {
    expect(names('Wir liefern englische Möbel')).not.toContain('English');
  });
});

describe('Ray: the framework, not a person called Ray', () => {
  it('a person who trains staff, scales a business or sparks ideas is no framework', () => {
    expect(names('Ray runs the training for new drivers')).not.toContain('Ray');
    expect(names('Spark ideas with Ray and the design team')).not.toContain('Ray');
    expect(names('Help Ray scale our bakery to ten shops')).not.toContain('Ray');
  });

  it('counts beside its own words or in a list of other tools', () => {
    expect(names('Ray for distributed training')).toContain('Ray');
    expect(names('Scale inference workloads with Ray')).toContain('Ray');
    expect(skillsOf('ML Engineer', 'Requirements', ['Spark, Ray and Dask'])).toContain('Ray');
  });
});

describe('a vendor named bare beside the kind of system', () => {
  it('"the WMS (Manhattan)" is Manhattan WMS; an office in Manhattan is not', () => {
    expect(names('Book stock adjustments in our WMS (Manhattan)')).toContain('Manhattan WMS');
    expect(names('Our head office is in Manhattan')).not.toContain('Manhattan WMS');
  });
});

describe('a skill named inside a longer one', () => {
  it('network and web application penetration testing are their security fields and penetration testing', () => {
    expect(names('Run internal network penetration tests each quarter')).toEqual(
      expect.arrayContaining(['Network security', 'Penetration testing']),
    );
    expect(names('Web application penetration testing for retail clients')).toEqual(
      expect.arrayContaining(['Web application security', 'Penetration testing']),
    );
    expect(names('Mehrjährige Erfahrung in Netzwerksicherheit')).toContain('Network security');
  });
});

describe('a boiler named beside servicing words', () => {
  it('"Wartung von Gasthermen" is boiler servicing; selling them is not', () => {
    expect(names('Wartung und Reparatur von Gasthermen beim Kunden')).toContain('Boiler servicing');
    expect(names('Service an Brennwertkesseln aller Hersteller')).toContain('Boiler servicing');
    expect(names('Verkauf von Gasthermen und Zubehör')).not.toContain('Boiler servicing');
  });
});

describe('a duty written as "administer" and its object', () => {
  it('administering medicines or benefits is their administration', () => {
    expect(names('Administer oral medications on the morning round')).toContain('Medication administration');
    expect(names('Administer employee benefits and leave')).toContain('Benefits administration');
  });
});

describe('customs work in several languages', () => {
  it.each([
    ['Zollabwicklung für Sendungen aus Asien', 'Customs clearance'],
    ['Dédouanement des conteneurs au Havre', 'Customs clearance'],
    ['Despacho aduanero de mercancía importada', 'Customs clearance'],
    ['Tullklarering av inkommande gods', 'Customs clearance'],
    ['Check export documentation before each sailing', 'Shipping documentation'],
    ['Erstellung der Ausfuhrdokumente', 'Shipping documentation'],
  ])('%s → %s', (line, skill) => {
    expect(names(line)).toContain(skill);
  });
});
