/**
 * Whole professions in the languages the product reads: each line (invented for this test) is what
 * a posting in that field writes, and the skills are the names a recruiter tags. Then the ambiguous
 * short aliases these families brought, each with a line where it is the skill and one where it is
 * not; and the names users saved before a skill was renamed still match.
 */
import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { canonicalSkill, findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** [family, line, skills the line names]. */
const FAMILIES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['care (de)', 'Grundpflege und Körperpflege in der ambulanten Pflege', ['Personal care', 'Home care']],
  ['care (no)', 'Legemiddelhåndtering og dokumentasjon i Gerica', ['Medication administration', 'Gerica']],
  [
    'care (en)',
    'Assist residents with ADLs and blood glucose checks',
    ['Activities of daily living', 'Blood glucose monitoring'],
  ],
  ['nursing (de)', 'Erfahrung in der Intensivpflege und mit Perfusoren', ['Intensive care', 'Infusion pumps']],
  ['nursing (en)', 'Competent in venepuncture and cannulation', ['Venepuncture', 'Cannulation']],
  [
    'warehouse (da)',
    'Varemodtagelse og plukning med håndscanner',
    ['Goods receiving', 'Order picking', 'Handheld scanners'],
  ],
  [
    'warehouse (fi)',
    'Trukkikortti ja voimassa oleva työturvallisuuskortti',
    ['Forklift operation', 'Occupational safety card'],
  ],
  [
    'warehouse (de)',
    'Staplerschein und Erfahrung mit Schubmaststaplern',
    ['Forklift operation', 'Reach truck operation'],
  ],
  ['warehouse (fr)', 'Conduite de chariots élévateurs, CACES R489 exigé', ['Forklift operation']],
  [
    'transport (pl)',
    'Świadectwo kwalifikacji zawodowej i karta kierowcy',
    ['Certificate of professional competence', 'Driver card'],
  ],
  ['transport (de)', 'Ladungssicherung und Umgang mit dem Fahrtenschreiber', ['Cargo securing', 'Tachograph']],
  [
    'electrical (de)',
    'Fehlersuche, Inbetriebnahme und Prüfung nach DIN VDE 0100-600',
    ['Troubleshooting', 'Testing and commissioning', 'Electrical safety testing'],
  ],
  [
    'electrical (en)',
    'Install containment and emergency lighting; AM2 and 18th Edition qualified',
    ['Containment installation', 'Emergency lighting', 'AM2', '18th Edition Wiring Regulations'],
  ],
  ['heating (en)', 'Gas Safe registered with a G3 unvented qualification', ['Gas Safe', 'Unvented hot water systems']],
  ['heating (de)', 'Montage von Heizungsanlagen und Wärmepumpen', ['Heating systems', 'Heat pumps']],
  [
    'CNC (es)',
    'Preparación de tornos CNC y control con pie de rey y micrómetro',
    ['CNC turning', 'Calipers', 'Micrometers'],
  ],
  ['CNC (it)', 'Lettura del disegno tecnico e programmazione ISO', ['Technical drawing reading', 'G-code programming']],
  [
    'maintenance (fr)',
    'Maintenance préventive, habilitation électrique B2V et lecture de schémas électriques',
    ['Preventive maintenance', 'Electrical clearance', 'Schematics'],
  ],
  [
    'maintenance (es)',
    'Mantenimiento correctivo y predictivo en líneas de envasado',
    ['Corrective maintenance', 'Packaging lines'],
  ],
  [
    'service (fr)',
    'Prise de commandes, service en salle et encaissement',
    ['Order taking', 'Table service', 'Cash handling'],
  ],
  ['service (nl)', 'Bestellingen opnemen en tafels dekken', ['Order taking', 'Dining room setup']],
  [
    'barista (pt)',
    'Latte art, leite vaporizado e regulagem do moedor',
    ['Latte art', 'Milk steaming', 'Grinder calibration'],
  ],
  ['kitchen (en)', 'Grill station, plating and FIFO stock rotation', ['Grilling', 'Plating', 'Stock rotation']],
  ['retail (es)', 'Reposición de producto y montaje de escaparates', ['Shelf replenishment', 'Visual merchandising']],
  [
    'bookkeeping (en)',
    'Daily bank reconciliations, purchase ledger and VAT returns',
    ['Bank reconciliation', 'Purchase ledger', 'VAT'],
  ],
  ['bookkeeping (mx)', 'Registro de pólizas en CONTPAQi y timbrado de CFDI', ['Journal entries', 'CONTPAQi', 'CFDI']],
  [
    'payroll (en)',
    'RTI submissions to HMRC, SSP and SMP, pension auto-enrolment',
    ['RTI submissions', 'HMRC compliance', 'Statutory payments', 'Pension auto-enrolment'],
  ],
  ['payroll (da)', 'Lønkørsel i Danløn og afstemning af lønkonti', ['Danløn', 'Payroll reconciliation']],
  [
    'teaching (en)',
    'Hold QTS and teach phonics in Key Stage 1',
    ['Qualified Teacher Status', 'Phonics', 'Key Stage 1'],
  ],
  [
    'teaching (sv)',
    'Lärarlegitimation och bedömning och betygssättning',
    ['Teacher certification', 'Student assessment'],
  ],
  [
    'public admin (de)',
    'Kenntnisse im Verwaltungsrecht und Meldewesen',
    ['Administrative law', 'Residence registration'],
  ],
  [
    'public admin (nl)',
    'Aanvragen voor paspoorten en identiteitskaarten bij Burgerzaken',
    ['Passport and ID applications', 'Civil registration'],
  ],
  [
    'security (en)',
    'Carry out patrols, access control for site visitors and incident reports',
    ['Patrolling', 'Access control', 'Incident reporting'],
  ],
  [
    'cleaning (fr)',
    'Lavage des sols avec autolaveuse et tri des déchets',
    ['Floor cleaning', 'Cleaning machines', 'Waste sorting'],
  ],
  [
    'office (es)',
    'Atención telefónica, redacción de actas y gestión del correo',
    ['Phone handling', 'Minute taking', 'Mail handling'],
  ],
];

describe('whole professions in many languages', () => {
  for (const [family, line, expected] of FAMILIES) {
    it(`${family}: ${line}`, () => {
      const found = names(line);
      for (const name of expected) expect(found).toContain(name);
    });
  }
});

/** [skill, a line where the alias is the skill, one where it is an ordinary word]. */
const AMBIGUOUS: ReadonlyArray<readonly [string, string, string]> = [
  ['Cleaning', 'Cleaning of tables and the terrace after service', 'Data cleaning and feature engineering in pandas'],
  ['Stock rotation', 'Label and rotate stock on a FIFO basis', 'Implement a lock-free FIFO queue in Rust'],
  ['Access control', 'Access control for visitors at the site gate', 'Role-based access control for our APIs'],
  ['CNC turning', 'Drehen und Fräsen an CNC-Maschinen', 'Wir drehen gemeinsam an jeder Stellschraube'],
  ['Driving licence C+E', 'Prawo jazdy kat. C+E', 'Prawo jazdy kat. B mile widziane'],
  ['Driving licence B', 'Führerschein Klasse B', 'Führerschein Klasse CE erforderlich'],
  ['SEND support', 'Support pupils with SEND in class', 'Send invoices to customers every month'],
  ['Key Stage 2', 'Teach a Year 4 class in our school', 'Year 4 of our five-year growth plan'],
  [
    'Certificate of professional competence',
    'Driver CPC and a clean HGV licence',
    'Lower our CPC on paid search campaigns',
  ],
  ['ATP', 'Refrigerated transport under the ATP agreement', 'Customer ATP checks in SAP'],
  ['Unvented hot water systems', 'G3 unvented qualification', 'Meet the G3 leadership team'],
  ['Income tax', 'Cálculo del ISR de la nómina', 'ISR is our internal sales review'],
  ['Statutory payments', 'Process SSP and SMP for payroll', 'SMP bonds on the SSP server'],
  ['Filing', 'Filing, scanning and answering the phone', 'Tax filing deadlines each quarter'],
  ['Patrolling', 'Patrol the premises as a security officer', 'Highway patrol benefits partner discount'],
  ['Epic', 'Chart in Epic for every patient', 'An epic journey awaits you'],
  ['IFS Food', 'Audits IFS Food and BRCGS', 'Developing IFS Cloud integrations'],
  ['Card payments', 'Encaissement par TPE et carte', 'Le TPE local sponsorise le club'],
  ['SENSO', 'Pflegedokumentation in SENSO', 'Il senso del lavoro di squadra'],
];

describe('ambiguous profession aliases count only where they are the skill', () => {
  for (const [skill, withContext, ordinary] of AMBIGUOUS) {
    it(`${skill}: "${withContext}" but not "${ordinary}"`, () => {
      expect(names(withContext)).toContain(skill);
      expect(names(ordinary)).not.toContain(skill);
    });
  }
});

describe('skills saved under an old name still match after a rename', () => {
  const RENAMED: ReadonlyArray<readonly [string, string]> = [
    ['Forklift', 'Forklift operation'],
    ['Driving', 'Driving licence B'],
    ['Epic Systems', 'Epic'],
    ['Home health', 'Home care'],
    ['Point of sale', 'POS systems'],
    ['Critical care', 'Intensive care'],
    ['Geriatrics', 'Elderly care'],
    ['CRRT', 'Renal replacement therapy'],
    ['Nursing documentation', 'Care documentation'],
    ['Teaching license', 'Teacher certification'],
    ['Front desk operations', 'Front desk'],
    ['Calendaring', 'Calendar management'],
    ['Scheduling appointments', 'Appointment scheduling'],
    ['Test automation', 'Automated testing'],
    ['Onboarding', 'Employee onboarding'],
    ['Site supervision', 'Site management'],
    ['Loading and unloading', 'Loading and unloading'],
    ['Measuring instruments', 'Precision measurement'],
    ['BACS payments', 'BACS'],
    ['CNA', 'Certified Nursing Assistant'],
    ['Behavior management', 'Behaviour management'],
    ['Science education', 'Science'],
  ];
  for (const [old, now] of RENAMED) {
    it(`${old} → ${now}`, () => expect(canonicalSkill(old)).toBe(now));
  }
});
