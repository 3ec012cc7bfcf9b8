/**
 * Certificates, licences and trade names added for postings outside software, and the generic reading
 * rules that came with them: each ambiguous alias counts where it is the skill and not where it is an
 * ordinary word; other languages' names reach the same skill. Every line is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** [skill, a line where the alias is the skill, a line where the same word is not]. */
const AMBIGUOUS: ReadonlyArray<readonly [skill: string, skillLine: string, ordinaryLine: string]> = [
  ['CAM programming', 'Write CAM programs for the 5-axis CNC mills', 'Cam from our office runs the weekly quiz'],
  ['CAM programming', 'Programmation FAO et réglage des centres d’usinage CNC', 'Rapports de la FAO sur les récoltes'],
  [
    'Coordinate measuring machines',
    'Inspect parts on the CMM and fill in measurement reports',
    'CMM level 3 processes in our IT team',
  ],
  [
    'Conversion rate optimization',
    'Own CRO: landing page tests and A/B experiments',
    'Our CRO partners run the clinical trials',
  ],
  [
    'Conversion rate optimization',
    'Improve conversion rates on our landing pages',
    'Currency conversion rates are set daily',
  ],
  ['SIA licence', 'A valid SIA licence for door supervision', 'Sia from reception will greet you'],
  ['DBS check', 'An enhanced DBS check is required for this role', 'DBS Bank is one of our clients'],
  ['Amazon RDS', 'Operate managed PostgreSQL on RDS with automated backups', 'RDS is the name of our design studio'],
  ['Responsible service of alcohol', 'An RSA certificate is required for bar staff', 'Sign requests with RSA keys'],
  ['Inspection and testing', 'City & Guilds 2391 inspection and testing', 'We have 2391 customers in Leeds'],
  [
    '18th Edition Wiring Regulations',
    'Working knowledge of the 18th Edition wiring regulations',
    'The 18th edition of our festival is in May',
  ],
  [
    'Early childhood education',
    'Level 3 qualification in early years education',
    'In the early years of the company we grew fast',
  ],
  ['Rigging', 'Rigging and slinging loads for the crawler crane', 'Character rigging and skinning in Maya'],
  ['Scaffolding', 'Erect and dismantle scaffolding on site', 'Scaffolding pupils’ learning in every lesson'],
  ['Moving and handling', 'Use hoists safely to transfer clients', 'Loading the tower hoists on the building site'],
  ['Home care', 'Deliver home care to older people in their own homes', 'Teach patients home care and fluoride use'],
  ['Recruiting', 'Recruit, hire and train the front-of-house team', 'We recruit from all over Europe'],
  ['PTCB certification', 'PTCB certification required', 'Ptcb is not a word'],
  ['IOSH', 'IOSH Managing Safely or NEBOSH certificate', 'Iosh and Hannah lead the team'],
  ['Aerial work platforms', 'IPAF licence for scissor lifts and boom lifts', 'Ipaf is our office dog'],
  ['Hours of service', 'Complete inspections and log hours on the ELD', 'Log hours in Harvest every Friday'],
  ['Ticketing systems', 'Resolve escalated tickets by email and chat', 'Free tickets to our summer concert'],
  ['Change data capture', 'CDC pipelines with Debezium and Kafka', 'The CDC guidance on vaccinations'],
  ['Temporal', 'Temporal workflows for the payment services', 'Temporal patterns in customer behaviour'],
  ['Apache Druid', 'Druid and ClickHouse for real-time analytics', 'Play a Druid in our game jam'],
  ['YOLO', 'Train YOLO models for object detection', 'YOLO is our team motto'],
  ['Great Expectations', 'Data tests in Great Expectations and dbt', 'We have Great Expectations for you'],
  ['MPI', 'MPI and OpenMP on the HPC cluster', 'MPI is the name of our office in Leeds'],
  ['NVIDIA NeMo', 'Fine-tune LLMs with NeMo on NVIDIA GPUs', 'Nemo the cat lives in our office'],
  ['Forklift operation', 'Carrellista con patentino del carrello elevatore', 'Organizzare i corsi per i carrellisti'],
];

describe('ambiguous certificates and trade names', () => {
  for (const [skill, skillLine, ordinaryLine] of AMBIGUOUS) {
    it(`${skill}: "${skillLine.slice(0, 40)}" counts, "${ordinaryLine.slice(0, 40)}" does not`, () => {
      expect(names(skillLine)).toContain(skill);
      expect(names(ordinaryLine)).not.toContain(skill);
    });
  }
});

describe('licences and trade skills in the supported languages', () => {
  it.each([
    ['Forklift operation', 'Patentino del carrello elevatore in corso di validità'],
    ['Forklift operation', 'Uprawnienia UDT na wózek widłowy'],
    ['Order picking', 'Preparazione degli ordini con terminale'],
    ['Handheld scanners', 'Lettura con lettore barcode e terminale radiofrequenza'],
    ['Material handling', 'Movimentazione con transpallet elettrico'],
    ['Tachograph', 'Je bewaakt de tachograafgegevens van de chauffeurs'],
    ['Hours of service', 'Kenntnis der Lenk- und Ruhezeiten'],
    ['Transport planning', 'Ervaring met transportplanning in het wegtransport'],
    ['Refrigerated transport', 'Wir fahren Kühltransporte durch Europa'],
    ['Calipers', 'Prüfen mit Messschieber und Bügelmessschraube'],
    ['Coordinate measuring machines', 'Messen am Koordinatenmessgerät'],
    ['Heidenhain', 'Programmieren mit Heidenhain TNC 640'],
    ['Siemens Sinumerik', 'Steuerung Siemens Sinumerik 840D'],
    ['Technical drawing reading', 'Lesen technischer Zeichnungen'],
    ['Pastry', 'Connaissances en pâtisserie appréciées'],
    ['Food preparation', 'Mise en place et préparation des produits frais'],
    ['Dementia care', 'Begleitung von Menschen mit Demenz'],
    ['Working at height', 'Formazione per lavori in quota'],
    ['Confined spaces', 'Trabajos en espacios confinados'],
    ['Aerial work platforms', 'Führen von Hubarbeitsbühnen'],
    ['Crane operation', 'Operador de grúa torre con experiencia'],
    ['Scaffolding', 'Montage von Gerüsten: Gerüstbau im Team'],
    ['Food allergens', 'Kennzeichnung der Allergene auf der Karte'],
    ['Unit testing', 'Skriva enhetstester för appen'],
    ['Unit testing', 'Pisanie testów jednostkowych w JUnit'],
    ['Code review', 'Delta i kodgranskning'],
    ['Microservices', 'Rozwój mikroserwisów w Java'],
    ['Automated testing', 'Skrive automatiserede tests'],
    ['Route optimization', 'Vi udvikler ruteoptimering til kommuner'],
    ['Relational databases', 'Ervaring met relationele databases'],
    ['Field sales', 'Experiência em vendas externas'],
    ['B2B sales', 'Experiência em vendas B2B'],
    ['Account management', 'Gestão da carteira de clientes'],
    ['Microsoft Office', 'Conhecimento no pacote Office'],
    ['Driving licence B', 'Prawo jazdy kat. B'],
    ['Spanish', 'Nivel alto de castellano'],
    ['English', 'Znajomość języka angielskiego na poziomie B2'],
    ['Polish', 'Biegła znajomość języka polskiego'],
    ['Dutch', 'Goede beheersing van Nederlands en Engels'],
    ['IT support', 'Soporte técnico a clientes particulares'],
    ['Ticketing systems', 'Gestión y seguimiento de tickets en Zendesk'],
  ])('%s in "%s"', (skill, line) => {
    expect(names(line)).toContain(skill);
  });
});

describe('reading rules', () => {
  it('joins an alias across a spaced ampersand, also for aliases written with "and"', () => {
    expect(names('Experiment tracking in Weights & Biases')).toContain('Weights & Biases');
    expect(names('Follow Health & Safety rules on site')).toContain('Health and safety');
    expect(names('Procter & Gamble and AT&T are clients')).toEqual([]);
  });

  it('reads "unit and end-to-end tests" as unit tests, skipping one hyphenated word only', () => {
    expect(names('Write unit and end-to-end tests')).toEqual(['Unit testing', 'End-to-end testing']);
    expect(names('Build demand forecasting and price elasticity models')).not.toContain('Forecasting models');
  });

  it('reads a till system inside its brand name, schedules against labour targets, and guest service', () => {
    expect(names('Experience with Toast POS and 7shifts')).toContain('POS systems');
    expect(names('Build weekly schedules to labor targets')).toContain('Staff scheduling');
    expect(names('Lead a team of guest service agents')).toContain('Customer service');
  });

  it('counts a bare "recruit" only beside other hiring words', () => {
    expect(names('Recruit, hire, train and develop managers')).toContain('Recruiting');
    expect(names('We recruit from all over Europe')).not.toContain('Recruiting');
  });
});
