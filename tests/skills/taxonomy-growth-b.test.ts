/**
 * The second growth table (`skills-growth.ts`): IT infrastructure, business software, care, construction,
 * hospitality, national qualifications and vetting, transport and GIS. Each line here was written for its
 * test; for each guarded or ambiguous alias, a line where the same word means something else.
 */
import { describe, expect, it } from 'vitest';
import { itCountsEachInItsFieldOnly, skillNames as names, type GuardedAlias } from './guarded-aliases';

const FOUND: ReadonlyArray<readonly [string, string, string]> = [
  // IT infrastructure and support: vendor tools, filed under the skill they serve, and tools of their own.
  ['it', 'Administer VMware vSphere and Proxmox clusters', 'Virtualization'],
  ['it', 'Datensicherung mit Veeam Backup & Replication', 'Backup and recovery'],
  ['it', 'Configure FortiGate and Sophos firewalls', 'Firewalls'],
  ['it', 'Erfahrung mit Palo Alto Firewalls', 'Firewalls'],
  ['it', 'HPE Aruba and UniFi access points on every floor', 'Networking'],
  ['it', 'Configuración de VLANs y SD-WAN', 'Networking'],
  ['it', 'Überwachung mit Checkmk oder PRTG', 'Monitoring'],
  ['it', 'Supervision avec Zabbix et Nagios', 'Monitoring'],
  ['it', 'Servers on RHEL, Debian and Ubuntu Server', 'Linux'],
  ['it', 'RHCSA certified', 'Linux'],
  ['it', 'Cisco IOS and NX-OS configuration', 'Cisco IOS'],
  ['it', 'Softwareverteilung mit SCCM und WSUS', 'SCCM'],
  ['it', 'Softwareverteilung mit SCCM und WSUS', 'WSUS'],
  ['it', 'Beheer van Exchange Online en Microsoft 365', 'Microsoft Exchange'],
  ['it', 'Tickets afhandelen in TOPdesk', 'TOPdesk'],
  ['it', 'Citrix Virtual Apps and Desktops', 'Citrix'],
  ['it', 'Gestion du parc informatique et des imprimantes', 'Endpoint management'],
  ['it', 'ITIL 4 Foundation certification', 'ITIL'],
  ['it', 'Azure AD Connect and hybrid identity', 'Azure AD'],
  // Business software.
  ['business', 'Customising SAP SD and SAP PP', 'SAP SD'],
  ['business', 'Kenntnisse in SAP PP/QM', 'SAP PP'],
  ['business', 'Experiencia con SAP B1', 'SAP Business One'],
  ['business', 'Ervaring met Exact Globe', 'Exact Globe'],
  ['business', 'JD Edwards EnterpriseOne finance modules', 'JD Edwards'],
  ['business', 'Oracle E-Business Suite or Oracle Fusion', 'Oracle E-Business Suite'],
  ['business', 'Oracle E-Business Suite or Oracle Fusion', 'Oracle Fusion'],
  ['business', 'Pflege der Stammdaten in proALPHA', 'proALPHA'],
  ['business', 'Connaissance de Sage People et Zoho CRM', 'Zoho CRM'],
  ['business', 'Payroll in iTrent and CIPHR', 'iTrent'],
  ['business', 'Salarisverwerking in Youforce', 'Youforce'],
  ['business', 'Salesforce Sales Cloud administration', 'Salesforce'],
  // Care and healthcare.
  ['care', 'Diabetes management and insulin injections', 'Diabetes care'],
  ['care', 'Diabetes management and insulin injections', 'Insulin administration'],
  ['care', 'Sondenernährung über PEG-Sonde', 'PEG feeding'],
  ['care', 'Alimentación enteral y cuidados de estomas', 'PEG feeding'],
  ['care', 'Alimentación enteral y cuidados de estomas', 'Stoma care'],
  ['care', 'Trained in buccal midazolam administration', 'Epilepsy care'],
  ['care', 'Perform 12-lead ECGs', 'EKG'],
  ['care', 'Réaliser des ECG et des prises de sang', 'EKG'],
  ['care', 'Smear taking and ear irrigation', 'Cervical screening'],
  ['care', 'Smear taking and ear irrigation', 'Ear irrigation'],
  ['care', 'Medikamentenrunde auf der Station', 'Medication rounds'],
  ['care', 'Administer controlled drugs', 'Controlled substances'],
  ['care', 'Using ceiling hoists and stand aids', 'Moving and handling'],
  ['care', 'CMA certification and phlebotomy experience', 'Medical assistant'],
  ['care', 'Titre professionnel ADVF', 'Home care'],
  // Construction.
  ['construction', 'Steel fixing and formwork on new-build sites', 'Steel fixing'],
  ['construction', 'Bewehrungsarbeiten und Schalungsbau', 'Steel fixing'],
  ['construction', 'Template and fit quartz worktops', 'Worktop templating'],
  ['construction', 'Installation of unitised curtain walling', 'Curtain walling'],
  ['construction', 'Pose de murs-rideaux', 'Curtain walling'],
  ['construction', 'Fit loft insulation and cavity wall insulation', 'Insulation'],
  ['construction', 'Aanbrengen van gevelisolatie', 'External wall insulation'],
  ['construction', 'Montage von Fußbodenheizungen', 'Underfloor heating'],
  ['construction', 'Rainscreen cladding installation', 'Cladding'],
  ['construction', 'Timber frame erection on housing sites', 'Timber frame construction'],
  ['construction', 'Passive fire protection and firestopping', 'Fire stopping'],
  ['construction', 'Trabajos de impermeabilización en sótanos', 'Waterproofing'],
  ['construction', 'Pipe laying for drainage', 'Pipe laying'],
  // Hospitality.
  ['hospitality', 'Tandoori cooking for our Indian kitchen', 'Tandoor'],
  ['hospitality', 'Sushi preparation at the counter', 'Sushi making'],
  ['hospitality', 'RSG certificate for the gaming room', 'Responsible service of gambling'],
  ['hospitality', "Labels that meet Natasha's Law", "Natasha's Law"],
  // National qualifications and vetting checks.
  ['qualification', 'Abgeschlossene Ausbildung zur Industriekauffrau', 'Industriekaufmann'],
  ['qualification', 'Ausbildung als Kaufmann für Büromanagement', 'Kaufmann für Büromanagement'],
  ['qualification', 'Ausbildung als Medizinische Fachangestellte (MFA)', 'Medizinische Fachangestellte'],
  ['qualification', 'Abschluss als Zahnmedizinische Fachangestellte', 'Zahnmedizinische Fachangestellte'],
  ['qualification', 'Diplôme d’État d’éducateur spécialisé', 'Éducateur spécialisé'],
  ['qualification', 'BAFA exigé pour les séjours', 'BAFA'],
  ['qualification', 'City & Guilds or BTEC in engineering', 'City & Guilds'],
  ['qualification', 'City & Guilds or BTEC in engineering', 'BTEC'],
  ['qualification', 'HNC or HND in electrical engineering', 'HNC'],
  ['qualification', 'Erweitertes Führungszeugnis erforderlich', 'Führungszeugnis'],
  ['qualification', 'In het bezit van een geldige VOG', 'VOG'],
  ['qualification', 'Extrait de casier judiciaire vierge', 'Criminal record certificate'],
  ['qualification', 'Utdrag ur belastningsregistret ska uppvisas', 'Criminal record certificate'],
  ['qualification', 'Certificado negativo de delitos sexuales', 'Criminal record certificate'],
  // Transport data and GIS.
  ['transport', 'Publish NeTEx and SIRI feeds for real-time information', 'NeTEx'],
  ['transport', 'Publish NeTEx and SIRI feeds for real-time information', 'SIRI'],
  ['transport', 'Traffic modelling in PTV Vissim and SATURN', 'Transport modelling'],
  ['transport', 'Traffic modelling in PTV Vissim and SATURN', 'PTV Vissim'],
  ['transport', 'Traffic modelling in PTV Vissim and SATURN', 'SATURN'],
  ['transport', 'Verkehrsmodellierung mit PTV Visum', 'PTV Visum'],
  ['transport', 'Junction design in LinSig and TRANSYT', 'LinSig'],
  ['transport', 'Driver scheduling in HASTUS', 'HASTUS'],
  ['transport', 'Spatial ETL with FME and MapInfo', 'FME'],
  ['transport', 'Spatial ETL with FME and MapInfo', 'MapInfo'],
  ['transport', 'Field data collection with Survey123', 'ArcGIS Survey123'],
];

describe('the second growth table finds the skills of its areas', () => {
  for (const [area, line, skill] of FOUND) {
    it(`${area}: "${line}" → ${skill}`, () => {
      expect(names(line)).toContain(skill);
    });
  }

  it('keeps the generic skill beside a vendor product', () => {
    expect(names('Erfahrung mit Palo Alto Firewalls und Cisco Meraki')).toEqual(
      expect.arrayContaining(['Firewalls', 'Networking']),
    );
    expect(names('Setting out with laser levels')).toContain('Surveying');
  });
});

const CASES: readonly GuardedAlias[] = [
  {
    alias: 'Palo Alto (a city)',
    skill: 'Firewalls',
    is: ['Manage Palo Alto and Fortinet firewalls'],
    isNot: ['Our office is in Palo Alto', 'Relocation to Palo Alto offered'],
  },
  {
    alias: 'Aruba (an island)',
    skill: 'Networking',
    is: ['Aruba switches and wireless access points'],
    isNot: ['Company retreat in Aruba every year'],
  },
  {
    alias: 'Juniper (a plant)',
    skill: 'Networking',
    is: ['Juniper and Cisco routers'],
    isNot: ['Juniper berries give gin its flavour'],
  },
  {
    alias: 'Sophos (the employer)',
    skill: 'Firewalls',
    is: ['Sophos XG administration'],
    isNot: ['Sophos is a global leader in cybersecurity', 'Join Sophos as a graduate'],
  },
  {
    alias: 'Meraki (a word)',
    skill: 'Networking',
    is: ['Meraki dashboard for the wireless network'],
    isNot: ['Dinner at Meraki, our favourite taverna'],
  },
  {
    alias: 'Ubuntu (a philosophy)',
    skill: 'Linux',
    is: ['Ubuntu and Debian servers'],
    isNot: ['We live the Ubuntu philosophy of togetherness'],
  },
  {
    alias: 'CMA (management accountant or medical assistant)',
    skill: 'Medical assistant',
    is: ['CMA required for our clinic', 'CMA with phlebotomy skills'],
    isNot: ['CPA or CMA preferred for the finance team'],
  },
  {
    alias: 'CMA (not in a medical line)',
    skill: 'CMA',
    is: ['CPA or CMA preferred'],
    isNot: ['CMA required for our clinic', 'Our CMA market research team'],
  },
  {
    alias: 'MFA (multi-factor authentication)',
    skill: 'Medizinische Fachangestellte',
    is: ['Abgeschlossene Ausbildung als MFA', 'MFA für unsere Praxis gesucht'],
    isNot: ['Set up MFA for all users', 'MFA und SSO einrichten'],
  },
  {
    alias: 'ZFA',
    skill: 'Zahnmedizinische Fachangestellte',
    is: ['ZFA für unsere Zahnarztpraxis'],
    isNot: ['ZFA report for the board'],
  },
  {
    alias: 'Insulation (electrical testing)',
    skill: 'Insulation',
    is: ['Install loft insulation'],
    isNot: ['Insulation resistance testing of circuits', 'Check the cable insulation for damage'],
  },
  {
    alias: 'isolatie (nl)',
    skill: 'Insulation',
    is: ['Isolatie aanbrengen in daken en gevels'],
    isNot: ['Sociale isolatie van ouderen tegengaan'],
  },
  {
    alias: 'étanchéité (fr)',
    skill: 'Waterproofing',
    is: ['Étanchéité des toitures terrasses'],
    isNot: ["Vérifier l'étanchéité du flacon"],
  },
  {
    alias: 'BAFA (German federal office)',
    skill: 'BAFA',
    is: ['BAFA ou BAFD pour nos centres de loisirs'],
    isNot: ['Förderanträge beim BAFA stellen'],
  },
  {
    alias: 'VOG (volcanic smog)',
    skill: 'VOG',
    is: ['Een geldige VOG is vereist'],
    isNot: ['Vog from the volcano drifted over the island'],
  },
  {
    alias: 'casier judiciaire',
    skill: 'Criminal record certificate',
    is: ['Fournir un extrait de casier judiciaire'],
    isNot: ['Le casier judiciaire national est un service du ministère'],
  },
  {
    alias: 'SATURN, SIRI, SUMO (ordinary names)',
    skill: 'SATURN',
    is: ['Highway assignment models in SATURN'],
    isNot: ['SATURN and JUPITER TEAM NAMES'],
  },
  {
    alias: 'SIRI (the assistant)',
    skill: 'SIRI',
    is: ['SIRI real-time feeds for bus arrivals'],
    isNot: ['Ask SIRI for the weather', 'Siri and Alexa integrations'],
  },
  {
    alias: 'SUMO (wrestling)',
    skill: 'SUMO',
    is: ['Traffic simulation in SUMO'],
    isNot: ['SUMO wrestling night for the team'],
  },
  {
    alias: 'Visum (a visa)',
    skill: 'PTV Visum',
    is: ['Verkehrsmodell in PTV Visum'],
    isNot: ['Ein gültiges Visum für Deutschland'],
  },
  {
    alias: 'Trapeze (a circus)',
    skill: 'Trapeze',
    is: ['Bus scheduling in Trapeze'],
    isNot: ['Trapeze artists at the summer party'],
  },
  {
    alias: 'Gusto (a word)',
    skill: 'Gusto',
    is: ['Payroll in Gusto or Rippling'],
    isNot: ['Gusto por la cocina mediterránea'],
  },
  {
    alias: 'Drucker (a name)',
    skill: 'Printers',
    is: ['Einrichtung von Drucker und Scanner'],
    isNot: ['Peter Drucker said culture eats strategy'],
  },
  {
    alias: 'Configuration Manager (any tool)',
    skill: 'SCCM',
    is: ['Microsoft Endpoint Configuration Manager'],
    isNot: ['Configuration Manager for our aircraft programme'],
  },
];

describe('guarded aliases of the second growth table', () => {
  itCountsEachInItsFieldOnly(CASES);
});
