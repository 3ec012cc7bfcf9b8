/**
 * Skills of professions where the taxonomy was thin (issue 11 part 4, skill texts 241–270): respiratory
 * and intensive care, trades, tax, HR and legal in the Nordic and Romance languages, mechanical design,
 * automotive quality's core tools, ML monitoring; and the guards on their short or ordinary aliases,
 * each counting in a line where it is the skill and not in one where it is another word. Lines are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { itCountsEachInItsFieldOnly, skillNames as names, type GuardedAlias } from './guarded-aliases';

describe('skills of thin professions, in the languages postings use', () => {
  it.each([
    ['Deliver oxygen therapy and chest physiotherapy per protocol', ['Oxygen therapy', 'Chest physiotherapy']],
    ['Assist with emergency airway management during codes', ['Airway management']],
    ['Credential: Registered Respiratory Therapist (RRT) through the NBRC', ['RRT']],
    ['Draw an arterial blood gas and report critical values', ['Arterial blood gases']],
    ['Pflege von Patienten mit zentralen Venenkathetern', ['Central lines']],
    ['Fachweiterbildung Intensiv- und Anästhesiepflege wünschenswert', ['Intensive care']],
    ['Diagnóstico de averías en variadores de frecuencia', ['Variable frequency drives']],
    ['Je maakt bekistingen en werkt met elektrisch handgereedschap', ['Concrete work', 'Hand tools']],
    ['Je plaatst kozijnen en deuren in nieuwbouwwoningen', ['Window and door installation']],
    ['Erstellung von Jahresabschlüssen und Umsatzsteuer-Voranmeldungen', ['Year-end close', 'VAT']],
    ['Receção de mercadorias e controlo de validades', ['Goods receiving', 'Stock rotation']],
    ['Gestionar procesos de selección y el plan de acogida', ['Recruiting', 'Employee onboarding']],
    [
      'Rådgive ledere om personalejura og organisationsudvikling',
      ['HR advisory', 'Employment law', 'Organizational development'],
    ],
    ['Assurer la veille juridique et suivre les accords collectifs', ['Legal research', 'Collective agreements']],
    [
      'Konstruktion von Baugruppen, Toleranzrechnungen und Pflege von Stücklisten in SAP',
      ['Mechanical design', 'Tolerance analysis', 'Bill of materials'],
    ],
    ['Zeichnungen mit Form- und Lagetoleranzen, CE-Kennzeichnung nach Maschinenrichtlinie', ['GD&T', 'CE marking']],
    [
      'Prowadzenie dokumentacji PPAP, udział w APQP i audyty wewnętrzne wg IATF 16949',
      ['PPAP', 'APQP', 'Auditing', 'IATF 16949'],
    ],
    ['Współtworzenie PFMEA i planów kontroli, jakość dostaw', ['FMEA', 'Control plans', 'Supplier quality']],
    ['Surveiller la dérive des modèles en production', ['Model monitoring']],
    ['Run Ray and Dask clusters for verteiltes Training', ['Distributed training']],
    ['Je beheert onze social-mediakanalen en schrijft productteksten', ['Social media marketing', 'Copywriting']],
    [
      'Set up BiPAP and CPAP, tracheostomy care and spirometry',
      ['Non-invasive ventilation', 'Tracheostomy care', 'Spirometry'],
    ],
    ['Prozessfähigkeitsuntersuchungen (Cpk) und Poka-yoke an der Linie', ['Process capability', 'Poka-yoke']],
    [
      'Speed up serving with FlashAttention, KV cache reuse and AWQ quantization',
      ['FlashAttention', 'LLM inference optimization', 'Quantization'],
    ],
    ['Entrevistas por competencias y programación de la formación', ['Interviewing']],
  ])('%s', (line, skills) => {
    expect(names(line)).toEqual(expect.arrayContaining(skills));
  });

  it('reads "receção de mercadorias" as goods receiving, not reception duties', () => {
    expect(names('Receção de mercadorias e arrumação do armazém')).not.toContain('Reception duties');
    expect(names('Atendimento na receção do hotel')).toContain('Reception duties');
  });

  it('reads chest physiotherapy as its own skill, not physical therapy', () => {
    expect(names('Chest physiotherapy and aerosol treatments')).not.toContain('Physical therapy');
    expect(names('Outpatient physiotherapy for sports injuries')).toContain('Physical therapy');
  });
});

/** alias → the skill, lines where it is that skill, and lines where it is not (skill texts 241–270). */
const GUARDED: readonly GuardedAlias[] = [
  {
    alias: 'MUS',
    skill: 'Performance reviews',
    is: ['Facilitere MUS-samtaler og trivselsmålinger', 'Du holder MUS med dine medarbejdere'],
    isNot: ['Vi lytter til MUS på fredagsbaren'],
  },
  {
    alias: '8D',
    skill: '8D',
    is: ['Analiza reklamacji klientów i raporty 8D', 'Lead 8D problem solving on customer complaints'],
    isNot: ['Watch the film in 8D audio', 'Parking space 8D is yours'],
  },
  {
    alias: 'MSA',
    skill: 'Measurement system analysis',
    is: ['Run MSA and gauge R&R studies on new fixtures', 'Przeprowadzanie analiz MSA'],
    isNot: ['Negotiate the MSA and statements of work with vendors'],
  },
  {
    alias: 'BOM',
    skill: 'Bill of materials',
    is: ['Maintain the BOM in SAP for each assembly'],
    isNot: ['Check the BOM forecast before driving to site'],
  },
  {
    alias: 'GCSE',
    skill: 'GCSE',
    is: ['Teach maths at KS3 and GCSE (AQA specification)'],
    isNot: ['GCSE Maths and English at grade 4 or above'],
  },
  {
    alias: 'control plan',
    skill: 'Control plans',
    is: ['Update the PFMEA and control plan after each change'],
    isNot: ['Follow the infection control plan on the ward'],
  },
  {
    alias: 'Triton',
    skill: 'Triton Inference Server',
    is: ["Maintenir les serveurs Triton pour l'inférence côté cloud"],
    isNot: ['Réserver une table au restaurant Triton'],
  },
  {
    alias: 'TMS',
    skill: 'Transportation management',
    is: ['Allocate jobs to drivers in our TMS'],
    isNot: ['Refer patients for TMS sessions at the clinic'],
  },
  {
    alias: 'NIV',
    skill: 'Non-invasive ventilation',
    is: ['Start and titrate NIV for patients in respiratory failure'],
    isNot: ['Quote the NIV translation in the sermon notes'],
  },
  {
    alias: 'FORS',
    skill: 'FORS',
    is: ['Keep our FORS Gold accreditation for the fleet'],
    isNot: ['FORS are welcome at the open day'],
  },
  {
    alias: '5S',
    skill: '5S',
    is: ['Run 5S audits and Kaizen events on the shop floor'],
    isNot: ['Bring your own iPhone 5S charger'],
  },
  {
    alias: 'DFM',
    skill: 'Design for manufacturing',
    is: ['Review DFM feedback with the tooling supplier'],
    isNot: ['Send the DFM newsletter to members'],
  },
  {
    alias: 'PLM',
    skill: 'Product lifecycle management',
    is: ['Release drawings in our PLM (Teamcenter)'],
    isNot: ['PLM stands for our Pharmacy Liaison Meeting'],
  },
  {
    alias: 'Inventor',
    skill: 'Autodesk Inventor',
    is: ['3D modelling in Inventor or SolidWorks'],
    isNot: ['The inventor of the device joins the team'],
  },
  {
    alias: 'Jetson',
    skill: 'NVIDIA Jetson',
    is: ['Deploy TensorRT engines on Jetson Orin devices'],
    isNot: ['Ask for Mr Jetson at reception'],
  },
  {
    alias: 'FEM',
    skill: 'Finite element analysis',
    is: ['FEM-Berechnungen mit ANSYS durchführen'],
    isNot: ['Open to all genders (M/FEM/X)'],
  },
];

describe('guarded aliases of the skills added for skill texts 241–270', () => {
  itCountsEachInItsFieldOnly(GUARDED);
});
