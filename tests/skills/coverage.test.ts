/**
 * Broad coverage: the practice skills recruiters tag in each profession, as postings write them in
 * English, German, French, Spanish, Dutch, the Nordic languages, Italian, Portuguese and Polish,
 * each read back to the one canonical name a recruiter would write.
 */
import { describe, expect, it } from 'vitest';
import { COVERAGE_ALIASES } from '../../utils/summarize/data/skills-coverage';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { canonicalSkill, findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

const LINES: ReadonlyArray<readonly [profession: string, line: string, skills: readonly string[]]> = [
  ['payroll (es)', 'Confección de nóminas y retenciones de IRPF', ['Payroll processing', 'Payroll tax']],
  [
    'payroll (de)',
    'Lohn- und Gehaltsabrechnungen inkl. SV-Meldungen',
    ['Payroll processing', 'Social security reporting'],
  ],
  ['payroll (sv)', 'Lönekörning och arbetsgivardeklarationer varje månad', ['Payroll processing', 'Payroll tax']],
  ['payroll (pl)', 'Naliczanie wynagrodzeń i deklaracje ZUS', ['Payroll processing', 'Social security reporting']],
  [
    'payroll (it)',
    'Elaborazione paghe con Zucchetti Paghe e gestione presenze',
    ['Payroll processing', 'Time registration'],
  ],
  ['HR (nl)', 'Verzuimbegeleiding en advies over arbeidsrecht', ['Absence management', 'Employment law']],
  [
    'HR (en)',
    'Handle disciplinary and grievance cases and sickness absence meetings',
    ['Disciplinary and grievance', 'Absence management'],
  ],
  [
    'HR (fr)',
    'Rédiger les politiques RH et appliquer la convention collective',
    ['HR policies', 'Collective agreements'],
  ],
  ['HR (en)', 'CIPD Level 7 qualified HR business partner', ['CIPD Level 7']],
  ['accounting (fr)', 'Rapprochements bancaires et déclarations de TVA', ['Bank reconciliation', 'VAT']],
  ['accounting (es)', 'Conciliaciones bancarias y cuentas a pagar', ['Bank reconciliation', 'Accounts payable']],
  [
    'accounting (it)',
    'Ciclo attivo e ciclo passivo, liquidazioni IVA',
    ['Accounts receivable', 'Accounts payable', 'VAT'],
  ],
  ['accounting (de)', 'Liquiditätsplanung und Kreditorenbuchhaltung', ['Cash flow forecasting', 'Accounts payable']],
  ['warehouse (pl)', 'Inwentaryzacji i wysyłka towaru', ['Inventory counting', 'Shipping']],
  ['warehouse (de)', 'Versandabwicklung und Verpackung der Ware', ['Shipping']],
  ['warehouse (en)', 'Pick, pack and ship parcels; shipping and dispatch of orders', ['Shipping']],
  ['trades (es)', 'Mantenimiento eléctrico y programación de autómatas', ['Electrical maintenance', 'PLC programming']],
  ['trades (sv)', 'Elinstallationer och felsökning i industrin', ['Electrical installation', 'Troubleshooting']],
  [
    'trades (pt)',
    'Manutenção preventiva, pneumática e hidráulica',
    ['Preventive maintenance', 'Pneumatics', 'Hydraulics'],
  ],
  ['trades (it)', 'Manutenzione elettrica e saldatura a filo', ['Electrical maintenance', 'Welding']],
  [
    'care (de)',
    'Dekubitusprophylaxe und Hilfe bei der Nahrungsaufnahme',
    ['Pressure ulcer prevention', 'Meal assistance'],
  ],
  ['care (fr)', 'Soins palliatifs et prévention des escarres', ['Palliative care', 'Pressure ulcer prevention']],
  [
    'care (nl)',
    'Indicatiestelling en medicatiebeheer bij cliënten thuis',
    ['Care needs assessment', 'Medication management'],
  ],
  ['care (en)', 'Active RN license and experience in district nursing', ['RN license', 'Community nursing']],
  [
    'legal (de)',
    'Fristenkontrolle, Abrechnung nach RVG und Zwangsvollstreckung',
    ['Docketing', 'RVG billing', 'Debt enforcement'],
  ],
  ['legal (en)', 'Submit SDLT returns and HM Land Registry applications', ['SDLT', 'Land Registry']],
  ['legal (es)', 'Conocimientos de derecho inmobiliario y Registro de la Propiedad', ['Property law', 'Land Registry']],
  ['public sector (es)', 'Tramitación de expedientes y administración electrónica', ['Casework', 'E-government']],
  ['public sector (sv)', 'Diarieföring och handläggning av ärenden', ['Records management', 'Casework']],
  ['public sector (fr)', 'Rédaction de marchés publics', ['Public procurement']],
  ['sales (pt)', 'Prospecção de clientes e negociação de contratos B2B', ['Prospecting', 'Negotiation']],
  ['sales (fr)', 'Qualification des leads et prospection téléphonique', ['Lead generation', 'Cold calling']],
  ['sales (de)', 'Pflege der Vertriebspipeline im CRM', ['Pipeline management']],
  [
    'marketing (da)',
    'Produktion af indhold til sociale medier og nyhedsbreve',
    ['Content creation', 'Social media marketing', 'Email marketing'],
  ],
  ['marketing (es)', 'Publicidad en redes sociales y creación de contenidos', ['Paid social', 'Content creation']],
  ['marketing (it)', 'Scrittura dei testi e gestione delle campagne', ['Copywriting', 'Campaign management']],
  ['hospitality (en)', 'Personal Licence holder, able to write weekly rotas', ['Personal Licence', 'Staff scheduling']],
  ['hospitality (es)', 'Elaborar los cuadrantes de turnos del equipo de sala', ['Staff scheduling']],
  ['office (es)', 'Grabación de datos y ofimática', ['Data entry', 'Microsoft Office']],
];

describe('skills across professions and languages', () => {
  it.each(LINES)('%s: %s', (_profession, line, skills) => {
    expect(names(line)).toEqual(expect.arrayContaining([...skills]));
  });

  it('adds words only to skills that exist, one home per name', () => {
    const names = skillMatcher().skills.map((skill) => skill.name);
    expect(Object.keys(COVERAGE_ALIASES).filter((name) => !names.includes(name))).toEqual([]);
    expect(names.length).toBe(new Set(names).size);
  });

  it('reads the names recruiters write back to one canonical skill', () => {
    expect(canonicalSkill('Payroll')).toBe('Payroll processing');
    expect(canonicalSkill('Labor law')).toBe('Employment law');
    expect(canonicalSkill('Reconciliation')).toBe('Account reconciliation');
    expect(canonicalSkill('Customs brokerage')).toBe('Customs clearance');
    expect(canonicalSkill('Siemens SIMATIC S7')).toBe('Siemens S7');
    expect(canonicalSkill('Truck loading and unloading')).toBe('Loading and unloading');
    expect(canonicalSkill('Training and development')).toBe('Staff training');
    expect(canonicalSkill('Time registration')).toBe('Time registration');
  });
});
