/**
 * One canonical skill for a skill written in any of the supported languages, and the professions
 * outside software that postings ask for. Every line is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** [canonical skill, lines in other languages that ask for it]. */
const SAME_SKILL: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'Payroll processing',
    [
      'Sie erstellen die Lohnabrechnung für 200 Beschäftigte',
      'Vous assurez la gestion de la paie du groupe',
      'Gestión de nóminas y seguros sociales',
      'Je verzorgt de salarisadministratie',
      'Du ansvarar för lönehantering',
      "Preparazione dei dati per l'elaborazione degli stipendi",
      'Processamento salarial mensal',
    ],
  ],
  [
    'Customer service',
    [
      'Atención al cliente en tienda',
      'Un excellent service client',
      'Freundlicher Kundenservice am Telefon',
      'Je staat de klantenservice te woord',
      'God kundservice i butiken',
      'Servizio clienti via e-mail',
      'Atendimento ao cliente por telefone',
    ],
  ],
  [
    'Bookkeeping',
    [
      'Je doet de boekhouding van drie bv’s',
      'Löpande bokföring i Fortnox',
      'Tenue de comptabilité des clients',
      'Buchführung nach HGB',
    ],
  ],
  [
    'Warehouse management',
    ['Expérience en gestion des entrepôts', 'Mozo de almacén con experiencia', 'Lagerhaltung und Versand'],
  ],
  [
    'Warehouse logistics',
    ['Fachkraft für Lagerlogistik', 'Ervaring in magazijnlogistiek', 'Experiencia en logística de almacén'],
  ],
  [
    'Warehouse management systems',
    [
      'Erfahrung mit einem Lagerverwaltungssystem',
      'Registrering i lagerstyringssystemet',
      'Kokemus varastonhallintajärjestelmästä',
    ],
  ],
  [
    'Order picking',
    ['Kommissionierung per Handscanner', 'Préparation de commandes en entrepôt', 'Orderpicking in ploegendienst'],
  ],
  [
    'POS systems',
    [
      'Manejo del TPV y cobro',
      'Kassasystem och kortterminal',
      'Bedienung des Kassensystems',
      'Utilisation du logiciel de caisse',
    ],
  ],
  [
    'Inventory management',
    [
      'Bestandsführung im Lager',
      'Gestion des stocks du magasin',
      'Control de inventario semanal',
      'Gestione delle scorte',
    ],
  ],
  [
    'Medication administration',
    [
      'Medikamentengabe nach ärztlicher Anordnung',
      'Administration des médicaments et surveillance',
      'Administración de medicamentos por vía oral',
      'Medicatietoediening volgens protocol',
      'Läkemedelshantering enligt ordination',
      'Somministrazione della terapia',
    ],
  ],
  [
    'Employment law',
    [
      'Gute Kenntnisse im Arbeitsrecht',
      'Bonne connaissance du droit du travail',
      'Conocimientos de derecho laboral',
      'Kennis van arbeidsrecht',
      'Kunskap i arbetsrätt',
      'Conoscenza del diritto del lavoro',
    ],
  ],
  [
    'Technical drawing reading',
    [
      'Bouwtekeningen lezen en uitzetten',
      'Read blueprints and construction drawings',
      'Lire des plans de construction',
      'Lecture de plans et de schémas',
      'Lectura de planos técnicos',
      'Technische Zeichnungen lesen',
      'Lettura del disegno tecnico',
      'Czytanie rysunku technicznego',
    ],
  ],
  [
    'Inventory counting',
    [
      'Durchführung von Inventuren',
      'Optælling af lager hver måned',
      'Inventering varje kvartal',
      'Inventaarion tekeminen kahdesti vuodessa',
    ],
  ],
  [
    'Lockout/tagout',
    ['Follow LOTO on every job', 'Bloqueo y etiquetado de equipos', 'Consignation électrique des machines'],
  ],
  [
    'Month-end close',
    [
      'Mitarbeit beim Monatsabschluss',
      'Participer à la clôture mensuelle',
      'Cierre mensual contable',
      'Månadsbokslut och avstämningar',
    ],
  ],
  [
    'Invoice processing',
    [
      'Bearbeitung der Eingangsrechnungen',
      'Saisie des factures fournisseurs',
      'Contabilización de facturas de proveedores',
      'Verwerking van inkoopfacturen',
      'Hantering av leverantörsfakturor',
    ],
  ],
  [
    'Differentiated instruction',
    ['Mettre en place une pédagogie différenciée', 'Atención a la diversidad en el aula', 'Differenzierter Unterricht'],
  ],
  [
    'Recruiting',
    ['Rekrytering av nya säljare', 'Reclutamiento y selección de personal', 'Werving en selectie van monteurs'],
  ],
  [
    'Forklift operation',
    ['Gültiger Staplerschein', 'Carnet de carretillero', 'Heftruckcertificaat verplicht', 'Truckkort A och B'],
  ],
  ['Food safety', ['Lebensmittelhygiene nach HACCP', 'Hygiène alimentaire', 'Livsmedelshygien']],
  [
    'Food hygiene certificate',
    ['Carnet de manipulador de alimentos', 'Voimassa oleva hygieniapassi', 'Gesundheitszeugnis nach IfSG'],
  ],
  [
    'Data pipelines',
    ['Diseñar pipelines de ingesta con Kafka', 'Construire des pipelines de données', 'Aufbau von Datenpipelines'],
  ],
  ['Batch processing', ['Procesos en streaming y por lotes con Spark', 'Traitement par lots des événements']],
  [
    'Geospatial data',
    ['Experiencia con datos geoespaciales', 'Arbeit mit Geodaten', 'Données géospatiales des véhicules'],
  ],
  ['Data engineering', ['Buscamos un/a Ingeniero/a de Datos', 'Ingénieur de données confirmé']],
  [
    'Cycle counting',
    ['Cyclische tellingen in het WMS', 'Réaliser les inventaires tournants', 'Contagem cíclica do stock'],
  ],
];

describe('a skill written in another language is the same canonical skill', () => {
  for (const [skill, lines] of SAME_SKILL) {
    it(skill, () => {
      for (const line of lines) expect(names(line), line).toContain(skill);
    });
  }

  it('knows spoken languages by their Italian, Portuguese and Danish names', () => {
    expect(names('Buone conoscenze del tedesco scritto e parlato')).toContain('German');
    expect(names('Conhecimentos de inglês fluente')).toContain('English');
    expect(names('Du taler og skriver dansk og engelsk flydende')).toEqual(
      expect.arrayContaining(['Danish', 'English']),
    );
    expect(names('Du uttrycker dig väl i tal och skrift på svenska')).toContain('Swedish');
  });
});

describe('skills of professions outside software', () => {
  it('knows the tools and checks of a SOC', () => {
    expect(
      names('Hunt threats mapped to MITRE ATT&CK with CrowdStrike Falcon, Microsoft Sentinel, KQL and a SOAR'),
    ).toEqual(expect.arrayContaining(['MITRE ATT&CK', 'CrowdStrike Falcon', 'Microsoft Sentinel', 'KQL', 'SOAR']));
    expect(names('Two years in a Security Operations Center with EDR tools')).toEqual(
      expect.arrayContaining(['SOC', 'EDR']),
    );
    expect(names('ISO 27001 Lead Auditor certification')).toEqual(
      expect.arrayContaining(['ISO 27001 Lead Auditor', 'ISO 27001']),
    );
  });

  it('knows the trades: welding kinds, PLC brands, CMMS and civil works', () => {
    expect(names('MIG and TIG welding on stainless guards')).toEqual(
      expect.arrayContaining(['MIG welding', 'TIG welding', 'Welding']),
    );
    expect(names('Troubleshoot Allen-Bradley ControlLogix PLCs and log work orders in the CMMS (Maximo)')).toEqual(
      expect.arrayContaining(['Allen-Bradley', 'CMMS', 'IBM Maximo']),
    );
    expect(names('Bulk earthworks, stormwater drainage and asphalt paving on council roads')).toEqual(
      expect.arrayContaining(['Earthworks', 'Drainage', 'Pavement construction']),
    );
  });

  it('knows restaurant, legal and payroll work', () => {
    expect(names('Close checks in Toast POS and post the weekly schedule in 7shifts')).toEqual(
      expect.arrayContaining(['Toast POS', '7shifts']),
    );
    expect(names('Docketing court deadlines, e-filing through CM/ECF and proofreading pleadings')).toEqual(
      expect.arrayContaining(['Docketing', 'E-filing', 'CM/ECF', 'Proofreading', 'Legal drafting']),
    );
    expect(names('Process wage garnishments and W-2s; FLSA knowledge; Sage 50 or Xero')).toEqual(
      expect.arrayContaining(['Wage garnishments', 'W-2 processing', 'FLSA', 'Sage 50', 'Xero']),
    );
  });

  it('knows IoT protocols and the newer data tools', () => {
    expect(names('Ingest MQTT telemetry, poll Modbus and OPC UA devices, store it in TimescaleDB')).toEqual(
      expect.arrayContaining(['MQTT', 'Modbus', 'OPC UA', 'TimescaleDB']),
    );
    expect(names('Recommendation engines with LightGBM; uplift modelling; geodata in PostGIS')).toEqual(
      expect.arrayContaining(['Recommender systems', 'LightGBM', 'Causal inference', 'PostGIS']),
    );
  });

  it('names "Sage 50" and "Sage 200" apart from Sage Intacct', () => {
    expect(names('Experience of Sage 200 or Sage 50')).toEqual(['Sage 200', 'Sage 50']);
  });
});
