/**
 * Skills that postings in weak-recall professions name (issue 11 part 4, skill texts 173–212), the
 * near-duplicate entries merged into one skill, and the guards on short or ordinary aliases: each
 * counts in a line where it is the skill and not in one where it is an ordinary word. Lines are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { canonicalSkill, findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

describe('near-duplicate skills are one skill', () => {
  it('reads a food handler card as the food hygiene certificate', () => {
    expect(names('A valid food handler card is required')).toContain('Food hygiene certificate');
    expect(names('Level 2 Food Hygiene certificate')).toContain('Food hygiene certificate');
    expect(canonicalSkill('Food Handler card')).toBe('Food hygiene certificate');
  });

  it('reads KPI tracking as KPIs', () => {
    expect(names('Track KPIs weekly and report to the area manager')).toContain('KPIs');
    expect(names('Hit our CSAT and first-response KPIs')).toContain('KPIs');
    expect(canonicalSkill('KPI tracking')).toBe('KPIs');
  });

  it('reads an enhanced DBS check as the DBS check', () => {
    expect(names('An enhanced DBS check is required')).toContain('DBS check');
    expect(names('A satisfactory DBS check')).toContain('DBS check');
    expect(canonicalSkill('Enhanced DBS check')).toBe('DBS check');
  });
});

describe('known misreadings', () => {
  it('reads CSCS as the UK construction card, not the Australian White Card', () => {
    expect(names('A valid CSCS card (blue or gold)')).toEqual(['CSCS card']);
    expect(names('General Construction Induction (White Card)')).toContain('White Card');
    expect(names('A valid CSCS card')).not.toContain('White Card');
  });

  it('reads "plan and deliver" as lesson planning only where lessons are taught', () => {
    expect(names('Plan and deliver engaging lessons across Key Stage 2')).toContain('Lesson planning');
    expect(names('Plan and deliver marketing campaigns with the brand team')).not.toContain('Lesson planning');
    expect(names('Plan and deliver infrastructure projects on time')).not.toContain('Lesson planning');
  });

  it('reads "counterbalance" as a forklift only beside a truck or forklift word', () => {
    expect(names('Counterbalance and reach truck licence')).toContain('Forklift operation');
    expect(names('Experience on a counterbalance forklift')).toContain('Forklift operation');
    expect(names('Counterbalance the workload across the team')).not.toContain('Forklift operation');
    expect(names('Fit counterbalance springs to garage doors')).not.toContain('Forklift operation');
  });
});

/** alias → the skill, lines where it is that skill, and lines where it is not (skill texts 173–212). */
const GUARDED: ReadonlyArray<{ alias: string; skill: string; is: readonly string[]; isNot: readonly string[] }> = [
  {
    alias: 'MTM',
    skill: 'Medication therapy management',
    is: ['Provide MTM reviews for patients on several medications'],
    isNot: ['Our MTM team runs the quarterly offsite'],
  },
  {
    alias: 'ATS',
    skill: 'Applicant tracking systems',
    is: ['Keep every candidate up to date in our ATS'],
    isNot: ['Calibrate the ATS on the test bench'],
  },
  {
    alias: 'GSC',
    skill: 'Google Search Console',
    is: ['Report rankings from GA4 and GSC'],
    isNot: ['Submit the GSC form to the planning office'],
  },
  {
    alias: 'FAI',
    skill: 'First article inspection',
    is: ['Perform FAI on machined parts'],
    isNot: ['FAI members get a discount'],
  },
  {
    alias: 'NCR',
    skill: 'Non-conformance reports',
    is: ['Raise an NCR for every rejected batch and follow CAPA'],
    isNot: ['Our NCR office is next to the station'],
  },
  {
    alias: 'SPC',
    skill: 'Statistical process control',
    is: ['Record SPC data on the production line'],
    isNot: ['Meet the SPC at the front gate'],
  },
  {
    alias: 'MSP',
    skill: 'Statistical process control',
    is: ['Suivi MSP et capabilité des procédés en production'],
    isNot: ['Vous travaillerez chez un MSP à Lyon'],
  },
  {
    alias: 'ACA',
    skill: 'ACA',
    is: ['ACA or ACCA qualified, or a finalist'],
    isNot: ['Handle ACA reporting for benefits enrolment'],
  },
  {
    alias: 'CVC',
    skill: 'HVAC',
    is: ['Technicien CVC pour le chauffage et la climatisation'],
    isNot: ['Saisir le code CVC de la carte'],
  },
  {
    alias: 'CQC',
    skill: 'Certificate of professional competence',
    is: ['Patente C e CQC merci in corso di validità'],
    isNot: ['Our home is rated Good by the CQC'],
  },
  {
    alias: 'documenti di trasporto',
    skill: 'CMR documentation',
    is: ['Compilazione dei documenti di trasporto (DDT)'],
    isNot: ['Ricevimento merci e controllo dei documenti di trasporto'],
  },
  {
    alias: 'pharmacist',
    skill: 'Pharmacy',
    is: ['Registered pharmacist with two years in community practice'],
    isNot: [
      'Coordinate with physicians, therapists and pharmacist colleagues',
      'Work under the supervision of a pharmacist',
    ],
  },
  {
    alias: 'crèche',
    skill: 'Childcare',
    is: ['Première expérience en crèche appréciée'],
    isNot: ['Avantages : restaurant d’entreprise et workplace crèche'],
  },
  {
    alias: 'escalations',
    skill: 'Escalation management',
    is: ['Handle customer escalations from the first-line team'],
    isNot: ['Price escalations in the building contract'],
  },
  {
    alias: 'digital X-rays',
    skill: 'Dental radiography',
    is: ['Take digital X-rays of patients before treatment'],
    isNot: ['Read digital X-rays of welds for cracks'],
  },
  {
    alias: 'observations',
    skill: 'Vital signs',
    is: ['Take observations and report changes to the nurse'],
    isNot: ["Observer les enfants et partager vos observations avec l'équipe"],
  },
  {
    alias: 'hygiène',
    skill: 'Food safety',
    is: ["Respect de l'hygiène en cuisine"],
    isNot: ["Veiller à la sécurité et à l'hygiène des enfants"],
  },
  {
    alias: 'CDC',
    skill: 'Change data capture',
    is: ['Build CDC pipelines with Debezium and Kafka'],
    isNot: ['Follow OSHA and CDC infection control guidelines'],
  },
  {
    alias: 'App Store',
    skill: 'App Store',
    is: ['Ship releases to the App Store through our CI pipeline'],
    isNot: ['Our app is rated 4.8 on the App Store'],
  },
  {
    alias: 'operations',
    skill: 'Operations management',
    is: ['Five years in operations management'],
    isNot: ['Own full-cycle recruiting for corporate and operations roles'],
  },
  {
    alias: 'home care',
    skill: 'Home care',
    is: ['Two years of home care experience'],
    isNot: ['Educate patients on home care after treatment'],
  },
];

describe('guarded aliases of the skills added for skill texts 173–212', () => {
  for (const { alias, skill, is, isNot } of GUARDED) {
    it(`${alias}: ${skill} in its field only`, () => {
      for (const line of is) expect(names(line), line).toContain(skill);
      for (const line of isNot) expect(names(line), line).not.toContain(skill);
    });
  }
});

describe('skills that postings in weak-recall professions name', () => {
  it('finds pharmacy, early-years, quality, audit, recruiting and SEO skills in several languages', () => {
    expect(names('Dispensación de medicamentos y atención farmacéutica')).toEqual([
      'Prescription verification',
      'Pharmaceutical care',
    ]);
    expect(names("Accompagner le développement de l'enfant")).toContain('Child development');
    expect(names('Write non-conformance reports and record SPC data in production')).toEqual(
      expect.arrayContaining(['Non-conformance reports', 'Statistical process control']),
    );
    expect(names('Prepare financial statements under FRS 102 in CaseWare')).toEqual(
      expect.arrayContaining(['FRS 102', 'CaseWare']),
    );
    expect(names('Source passive candidates on LinkedIn Recruiter')).toEqual(
      expect.arrayContaining(['Sourcing candidates', 'LinkedIn Recruiter']),
    );
    expect(names('Keyword research, link building and technical SEO')).toEqual(
      expect.arrayContaining(['Keyword research', 'Link building', 'Technical SEO']),
    );
    expect(names('Repair leaks and replace copper pipework')).toEqual(
      expect.arrayContaining(['Leak detection', 'Pipefitting']),
    );
  });

  it('reads finer names as the one skill a match uses', () => {
    expect(canonicalSkill('External audit')).toBe('Auditing');
    expect(canonicalSkill('Full-cycle recruiting')).toBe('Recruiting');
    expect(canonicalSkill('OWASP Top 10')).toBe('OWASP');
    expect(canonicalSkill('Google Analytics 4')).toBe('Google Analytics');
    expect(canonicalSkill('Dental hygienist license')).toBe('RDH');
    expect(canonicalSkill('Quality inspection')).toBe('Quality control');
  });
});
