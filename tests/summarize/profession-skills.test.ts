/**
 * The taxonomy by profession (`data/skills-professions.ts`): each ambiguous alias counts with its
 * context and not as an ordinary word; plural and variant forms; one canonical home per skill.
 */
import { describe, expect, it } from 'vitest';
import { pluralOf } from '../../utils/summarize/skill-forms';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** [skill, a line where the alias is the skill, a line where the same word is not]. */
const AMBIGUOUS: ReadonlyArray<readonly [skill: string, skillLine: string, ordinaryLine: string]> = [
  ['Principle', 'Prototyping in Figma, ProtoPie or Principle', 'We work on the principle of ownership'],
  ['Maze', 'Unmoderated tests in Maze and UserTesting', 'Find your way through a Maze of legacy code'],
  ['Dovetail', 'Tag research insights in Dovetail', 'Our goals Dovetail with yours'],
  ['Lottie', 'Animations in After Effects exported as Lottie', 'Lottie from our office team will welcome you'],
  ['Challenger Sale', 'Sales methodology: MEDDIC or Challenger', 'Challenger banks are changing finance'],
  ['Carta', 'Keep the cap table in Carta', 'Carta is our office dog'],
  ['Clio', 'Matter management in Clio for the legal team', 'Clio leads our design guild'],
  ['Canvas LMS', 'Post assignments in Canvas or Google Classroom', 'Draw on a shared Canvas with the team'],
  ['Windows', 'Set up laptops with Windows 11 and Intune', 'Delivery windows of two hours'],
  ['Zustand', 'State management in React with Zustand', 'Der Zustand der Anlage wird geprüft'],
  ['NATE', 'NATE certification preferred for HVAC technicians', 'Nate from our crew will train you'],
  ['CMA', 'CPA or CMA preferred', 'Our CMA market research team'],
  ['PHR', 'SHRM-CP or PHR certification', 'Customer PHR exports are encrypted'],
  ['ADA', 'Administer leave of absence (FMLA, ADA)', 'Ada from our team will call you'],
  ['DAT load board', 'Find carriers on the DAT load board', 'DAT files from the sensor'],
  ['DOT regulations', 'Know the DOT rules and hold a CDL', 'Click the DOT in the corner'],
  ['DOT medical card', 'Pass a DOT physical and hold a CDL', 'Click the DOT in the corner'],
  ['Refrigerated transport', 'Check reefer temperatures on every load', 'Reefer madness film night'],
  ['Hazmat endorsement', 'Hazmat endorsement on your CDL a plus', 'Hazmat suits are provided in the lab'],
  ['Mathematics', 'Teach 7th grade math', 'Do the math on our pricing'],
  ['Legal drafting', 'Drafting of board consents and agreements for the legal team', 'Drafting tables in our studio'],
  ['Workplace investigations', 'Employee relations and investigations', 'Fraud investigations by the police'],
  ['Secrets management', 'Rotate secrets in HashiCorp Vault', 'Our secrets to a happy team'],
  ['Product discovery', 'Run product discovery interviews with shops', 'Discovery Channel documentaries'],
  [
    'Marketing attribution',
    'Attribution tools such as AppsFlyer for our marketing',
    'Attribution of the photo credits',
  ],
  ['Alerting', 'SLOs and alerts in Datadog', 'Weather alerts are sent by text'],
  ['Research synthesis', 'Synthesis of interview findings for the research team', 'Protein synthesis in the lab'],
  ['Surveys', 'Usability tests and surveys with users', 'Land surveys for the new site'],
  ['Electrical installation', 'Install wiring, conduit and panels', 'Our team is wired for speed'],
  ['Accruals', 'Post the accrual journal entries at month end', 'Accrual of holiday happens every month'],
  ['Variance analysis', 'Explain standard cost variances', 'Variances in the weather'],
  ['Telemetry', 'Monitor vital signs and telemetry on a cardiac unit', 'Turn raw charger telemetry into data'],
  [
    'Differentiated instruction',
    'Differentiation of instruction for every student',
    'Product differentiation in a busy market',
  ],
  ['Epic', 'Chart assessments in Epic', 'An Epic journey across Europe'],
  ['Sales', 'Closing experience in B2B SaaS sales', 'Closing date for applications is May 1'],
  ['Quota attainment', 'Hit a sales quota of $750K', 'A quota of tickets for the conference'],
  ['Outreach.io', 'Sequences in Outreach and Gong', 'Community Outreach days twice a year'],
  ['Networking', 'Conocimientos de redes TCP/IP y VPN', 'Presencia en redes sociales'],
  ['CI/CD', 'Run SAST tools in CI', 'Our CI colours are green and blue'],
  ['Roadmapping', 'Own the roadmap for payouts', 'Partner with designers to shape the roadmap'],
  ['SEM', 'Maîtrise du SEO et du SEA', 'SEA views from the office'],
  ['Email marketing', 'Write newsletters sent with Klaviyo', 'Read our newsletter for company news'],
  ['Stream processing', 'Streaming jobs in Flink and Kafka', 'Streaming services for our viewers'],
  ['Budgeting', 'Own budgets, change orders and owner reports', 'Budgets are tight for every startup'],
  ['Dispatching', 'Book and dispatch loads with carriers', 'We dispatch our newsletter every Monday'],
  ['Transportation management', 'Book loads in our TMS (McLeod)', 'TMS stands for our team meeting series'],
  ['Employee onboarding', 'Lead new-hire onboarding and I-9 compliance', 'Onboarding is easy with our app'],
];

describe('ambiguous names by profession', () => {
  for (const [skill, skillLine, ordinaryLine] of AMBIGUOUS) {
    it(`${skill}: counts in context, not as an ordinary word`, () => {
      expect(names(skillLine)).toContain(skill);
      expect(names(ordinaryLine)).not.toContain(skill);
    });
  }
});

describe('skills by profession', () => {
  it.each([
    [
      'Care for ventilated patients; draw arterial blood gases; manage central lines',
      ['Mechanical ventilation', 'Arterial blood gases', 'Central lines'],
    ],
    [
      'Perform prophylaxis, scaling and root planing; chart in Dentrix',
      ['Prophylaxis', 'Scaling and root planing', 'Dentrix'],
    ],
    [
      'EPA 608 Universal; repair heat pumps and gas furnaces with a multimeter',
      ['EPA 608', 'Heat pumps', 'Furnaces', 'Multimeter'],
    ],
    [
      'Read blueprints; National Electrical Code (NEC); VFDs and motor controls',
      ['Technical drawing reading', 'National Electrical Code', 'Variable frequency drives', 'Motor controls'],
    ],
    [
      'Change orders, RFIs and submittals in Procore; schedules in Primavera P6',
      ['Change orders', 'RFIs', 'Submittals', 'Procore', 'Primavera P6'],
    ],
    [
      'Bills of lading, LTL and FTL freight, 3PL experience, McLeod TMS',
      ['Bills of lading', 'LTL', 'FTL', '3PL', 'McLeod'],
    ],
    [
      'Common Core, formative assessment, IEPs and English learners',
      ['Common Core', 'Formative assessment', 'Individualized education programs', 'English language learners'],
    ],
    [
      'Maintain capitalization tables; entity formation; data rooms; iManage',
      ['Cap table management', 'Entity management', 'Data rooms', 'iManage'],
    ],
    [
      'I-9 compliance, FMLA, benefits open enrollment, ADP Workforce Now',
      ['I-9 compliance', 'FMLA', 'Benefits administration', 'ADP Workforce Now'],
    ],
    [
      'Active Directory, Intune, Jamf and help desk tickets in ServiceNow',
      ['Active Directory', 'Microsoft Intune', 'Jamf', 'Help desk'],
    ],
    [
      'SAST and DAST with Semgrep; bug bounty on HackerOne; OSCP',
      ['SAST', 'DAST', 'Semgrep', 'Bug bounty', 'HackerOne', 'OSCP'],
    ],
    ['MEDDIC, product demos and pipeline generation', ['MEDDIC', 'Product demos', 'Pipeline management']],
    [
      'Lifecycle emails in Braze; CAC and LTV; marketing mix modeling',
      ['Lifecycle marketing', 'Braze', 'CAC', 'LTV', 'Marketing mix modeling'],
    ],
    [
      'Accruals, fixed assets, sales tax and variance analysis; Adaptive Insights',
      ['Accruals', 'Fixed assets', 'Sales tax', 'Variance analysis', 'Adaptive Insights'],
    ],
    ['Sie buchen in DATEV und betreuen das Mahnwesen nach HGB', ['DATEV', 'Dunning', 'HGB']],
  ])('%s', (line, expected) => {
    expect(names(line)).toEqual(expect.arrayContaining(expected));
  });
});

describe('variant forms', () => {
  it('matches the plural of a lower-case noun alias', () => {
    expect(pluralOf('heat pump')).toBe('heat pumps');
    expect(pluralOf('policy')).toBe('policies');
    expect(pluralOf('switch')).toBe('switches');
    expect(pluralOf('Kubernetes')).toBeNull();
    expect(pluralOf('scheduling')).toBeNull();
    expect(names('Install and service furnaces and boilers')).toEqual(expect.arrayContaining(['Furnaces', 'Boilers']));
  });

  it('reads hyphen, space and slash variants and "X/Y" lists', () => {
    expect(names('DOT hours-of-service rules')).toContain('Hours of service');
    expect(names('DOT hours of service rules')).toContain('Hours of service');
    expect(names('Proficiency with Excel/Google Sheets')).toEqual(
      expect.arrayContaining(['Microsoft Excel', 'Google Workspace']),
    );
    expect(names('Experience in Python, Scala and SQL')).toEqual(expect.arrayContaining(['Python', 'Scala', 'SQL']));
  });

  it('keeps one canonical home for each skill', () => {
    const seen = new Set<string>();
    for (const skill of skillMatcher().skills) {
      expect(seen.has(skill.name), skill.name).toBe(false);
      seen.add(skill.name);
    }
  });
});

describe('industrial automation', () => {
  it('reads Siemens S7, TIA Portal and the German SPS for PLCs', () => {
    expect(names('Gute Kenntnisse in Siemens S7 und TIA Portal')).toEqual(
      expect.arrayContaining(['Siemens S7', 'TIA Portal']),
    );
    expect(names('Sie suchen Fehler in SPS-Steuerungen')).toContain('PLC programming');
  });
});
