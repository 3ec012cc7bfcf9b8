/**
 * The ambiguous aliases that came with the care, trades, logistics, office, legal and security
 * skills: each counts in a line where it is the skill and not in one where it is an ordinary word.
 * Lines are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** [alias, skill, a line where it is the skill, one in a list of skills (or null), one where it is not]. */
const CASES: ReadonlyArray<
  readonly [alias: string, skill: string, withContext: string, inList: string | null, ordinary: string]
> = [
  [
    'Healthcare',
    'Healthcare',
    'Two years of payroll work in a healthcare organization',
    null,
    'Healthcare benefits from your first day',
  ],
  [
    'Safeguarding',
    'Safeguarding',
    'Follow safeguarding procedures for vulnerable adults',
    null,
    'Safeguarding customer data is our priority',
  ],
  [
    'Personal care',
    'Personal care',
    'Assist residents with personal care and dressing',
    null,
    'Our stores sell personal care and beauty products',
  ],
  ['Toast', 'Toast POS', 'Close out checks in Toast at the end of service', null, 'Raise a toast at our summer party'],
  [
    'Lightspeed',
    'Lightspeed',
    'Ring up sales on the Lightspeed POS',
    null,
    'Our team ships features at lightspeed, and Lightspeed Ventures backs us',
  ],
  [
    'Reservations',
    'Reservations',
    'Handle restaurant reservations by phone and on OpenTable',
    null,
    'Voice any reservations about the plan in our retro',
  ],
  [
    'paving',
    'Pavement construction',
    'Supervise asphalt paving crews on the road upgrade',
    null,
    'Paving the way for a new kind of bank',
  ],
  [
    'Drainage',
    'Drainage',
    'Install stormwater pits and drainage pipe on site',
    null,
    'Monitor wound drainage and dressings',
  ],
  [
    'traffic control',
    'Traffic management',
    'Set out traffic control for lane closures on the highway',
    null,
    'Tune network traffic control in our data centres',
  ],
  [
    'excavation',
    'Earthworks',
    'Operate an excavator for trench excavation on site',
    null,
    'An excavation of old data in the archive',
  ],
  [
    'consignation',
    'Lockout/tagout',
    'Réaliser la consignation électrique des machines avant intervention',
    null,
    'Consignation des bouteilles consignées au magasin',
  ],
  ['Rockwell', 'Allen-Bradley', 'Program Rockwell PLCs and HMIs', null, 'Measure Rockwell hardness of the parts'],
  ['ADR', 'Dangerous goods', 'Gültiger ADR-Schein für Gefahrgut', null, 'Write an ADR for each architecture decision'],
  [
    'Exact',
    'Exact Online',
    'Je boekt facturen in Exact en Twinfield',
    'Ervaring met AFAS, Exact of Twinfield',
    'Exact figures are shared every quarter',
  ],
  [
    'Abacus',
    'Abacus',
    'Lohnbuchhaltung im Abacus ERP',
    'Kenntnisse in Bexio, Abacus oder SAP',
    'An abacus was the first calculator',
  ],
  ['AAT', 'AAT', 'AAT qualified or studying towards Level 4', null, 'Meet the AAT team at our stand'],
  [
    'W-2',
    'W-2 processing',
    'Prepare and reconcile W-2 forms at year end',
    null,
    'This is a W-2 position with benefits',
  ],
  ['CPP', 'CPP', 'CPP or FPC payroll certification preferred', null, 'Write modern CPP code for our engine'],
  [
    'work permit',
    'Work permits',
    'Process work permit applications for new hires',
    null,
    'Candidates must hold a valid work permit',
  ],
  [
    'Falcon',
    'CrowdStrike Falcon',
    'Investigate detections in Falcon and other EDR tools',
    null,
    'The Falcon Heavy launch',
  ],
  ['MDE', 'Microsoft Defender for Endpoint', 'Tune MDE and Defender policies', null, 'Scannen mit dem MDE im Lager'],
  ['Sentinel', 'Microsoft Sentinel', 'Write KQL analytics rules in Sentinel', null, 'Sentinel events in the log file'],
  ['Sigma', 'Sigma rules', 'Write Sigma detection rules for the SIEM', null, 'Our Sigma team leads the quality drive'],
  ['SPL', 'SPL', 'Write SPL searches in Splunk', null, 'The SPL cup final is on Sunday'],
  ['H3', 'H3', 'Aggregate trips into H3 hexagon cells', null, 'Heading levels H1, H2 and H3 on our pages'],
  [
    'Backstage',
    'Backstage',
    'Run Backstage as our internal developer portal',
    null,
    'Go Backstage with our crew at the festival',
  ],
  ['ADF', 'Azure Data Factory', 'Build ADF pipelines into Synapse', null, 'ADF is our strongest customer'],
  ['RH', 'Human resources', 'Expérience en ressources humaines et administration RH', null, 'Rh negative blood type'],
  ['SEND', 'SEND support', 'Support pupils with SEND in class', null, 'SEND US YOUR CV TODAY'],
  ['kassa', 'POS systems', 'Je werkt achter de kassa en helpt klanten in de winkel', null, 'Kassa Bank annual report'],
  ['marking', 'Student assessment', 'Marking and feedback on pupils’ coursework', null, 'Road marking crews'],
  ['grading', 'Student assessment', 'Grading homework and exam papers', null, 'Site grading and compaction'],
  ['month-end', 'Month-end close', 'Support month-end close and reconciliations', null, 'Paid at month-end'],
  [
    'dashboards',
    'Dashboarding',
    'Build dashboards for store managers',
    null,
    'Grafana dashboards and alerts that page us',
  ],
  [
    'Personas',
    'Personas',
    'Create user personas and journey maps from research',
    null,
    'Somos cinco personas en el equipo de datos',
  ],
  [
    'recruitment',
    'Recruiting',
    'Lead recruitment for the kitchen team',
    null,
    'Recruitment agencies please do not call',
  ],
  [
    'front desk',
    'Front desk',
    'Run the hotel front desk and guest check-ins',
    null,
    'Our web app is where front-desk staff spend their day',
  ],
  [
    'on-call',
    'On-call',
    'Join the on-call rotation and run postmortems after outages',
    null,
    'The charge nurse calls the on-call provider overnight',
  ],
  [
    'incident response',
    'Incident management',
    'Incident response for production outages with PagerDuty',
    null,
    'Experience in security operations, incident response or threat hunting',
  ],
  [
    'pagos',
    'Payment systems',
    'Integrar pasarelas de pagos y medios de pago',
    null,
    'Datos de viajes y pagos de nuestros usuarios',
  ],
  ['payments', 'Payment systems', 'Experience in payments or fintech', null, 'We process over $2B in payments a year'],
  ['Reporting', 'Reporting', 'Experience with reporting tools and Excel', null, 'Reporting to the Project Manager'],
  [
    'campaigns',
    'Campaign management',
    'Plan and run marketing campaigns across channels',
    null,
    'Scientists run thousands of protein design campaigns instead of lab work',
  ],
  [
    'operations',
    'Operations management',
    'Five years of experience in operations',
    null,
    'You report to the Director of Operations',
  ],
];

describe('ambiguous aliases of the profession skills need context', () => {
  for (const [alias, skill, withContext, inList, ordinary] of CASES) {
    it(`${alias}: counts with context${inList ? ' or in a list' : ''}, not as an ordinary word`, () => {
      expect(names(withContext), withContext).toContain(skill);
      if (inList) expect(names(inList), inList).toContain(skill);
      expect(names(ordinary), ordinary).not.toContain(skill);
    });
  }
});
