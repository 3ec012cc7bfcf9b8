/**
 * Aliases that are ordinary words, in English or in another language the summarizer reads, guarded after
 * an audit of the taxonomy's unguarded aliases (issue 11, part 4; skill texts 301–330). Each counts in a
 * line of its field and not in a line where the word means something else. Lines are invented for these tests.
 */
import { describe } from 'vitest';
import { itCountsEachInItsFieldOnly, type GuardedAlias } from './guarded-aliases';

const CASES: readonly GuardedAlias[] = [
  {
    alias: 'lassen (Dutch welding)',
    skill: 'Welding',
    is: ['Je kunt MIG/MAG lassen en leest tekeningen', 'Lassen van rvs en aluminium volgens ISO 9606'],
    isNot: ['Sie lassen sich gern auf neue Aufgaben ein', 'Lassen Sie uns gemeinsam wachsen'],
  },
  {
    alias: 'Dinero',
    skill: 'Dinero',
    is: ['Bogføring i Dinero og e-conomic', 'Erfaring med Dinero til regnskab'],
    isNot: ['Manejo de dinero en efectivo y cierre de caja', 'Dinero y tarjetas: cobro a los clientes'],
  },
  {
    alias: 'Cura',
    skill: 'Cura',
    is: ['Dokumentation i Cura', 'Du har kendskab til Cura og FSIII'],
    isNot: ['Cura del cliente e accoglienza in negozio', 'Cura della persona e igiene degli ospiti'],
  },
  {
    alias: 'Vite',
    skill: 'Vite',
    is: ['React, TypeScript and Vite', 'Build tooling: Vite and Vitest'],
    isNot: ['Vous apprenez vite et aimez le travail en équipe', 'Vite et bien : le service en salle'],
  },
  {
    alias: 'Parquet',
    skill: 'Parquet',
    is: ['Write Parquet files to S3', 'Formats: Avro, Parquet and Iceberg tables'],
    isNot: ['Pose de parquet, de carrelage et de plinthes', 'Parquet flottant et stratifié dans les logements neufs'],
  },
  {
    alias: 'Packer',
    skill: 'Packer',
    is: ['Build images with Packer and Terraform', 'HashiCorp tools (Packer, Vault)'],
    isNot: ['Picker and Packer, day shift, forklift a plus', 'Packer (m/w/d) für unser Versandlager'],
  },
  {
    alias: 'Torch',
    skill: 'PyTorch',
    is: ['Torch or TensorFlow for deep learning models'],
    isNot: ['Cutting with an oxy-acetylene torch', 'Torch brazing of copper pipework'],
  },
  {
    alias: 'Routing',
    skill: 'Route planning',
    is: ['Routing and scheduling of 40 delivery vans', 'Routing for drivers in our transport system'],
    isNot: ['Routing and switching (BGP, OSPF)', 'Call routing and IVR configuration'],
  },
  {
    alias: 'Interpreting',
    skill: 'Interpreting',
    is: ['Interpreting between English and Polish at appointments', 'Interpreting and translation for families'],
    isNot: ['Interpreting drawings and specifications on site', 'Interpreting data and presenting results'],
  },
  {
    alias: 'Intercom',
    skill: 'Intercom',
    is: ['Answer customers in Intercom and Zendesk', 'Support tools: Intercom, live chat'],
    isNot: ['Install door entry and intercom systems', 'Intercom Systems und Zutrittskontrolle installieren'],
  },
  {
    alias: 'Amplitude',
    skill: 'Amplitude',
    is: ['Product analytics in Amplitude or Mixpanel', 'Track events and funnels in Amplitude'],
    isNot: ['Measure signal Amplitude and frequency with an oscilloscope'],
  },
  {
    alias: 'Creo',
    skill: 'Creo',
    is: ['3D CAD (Creo or SolidWorks)', 'Konstruktion mit Creo'],
    isNot: ['Creo que encajarás en un equipo joven', 'Creo en el trabajo bien hecho'],
  },
  {
    alias: 'IPC',
    skill: 'Infection control',
    is: ['Follow IPC policies on the ward', 'IPC and hand hygiene audits in the care home'],
    isNot: ['Soldering to IPC-A-610 class 2', 'IPC between tasks on an RTOS'],
  },
  {
    alias: 'PPM',
    skill: 'Preventive maintenance',
    is: ['Carry out PPM tasks on building services plant', 'Planned PPM and reactive maintenance'],
    isNot: ['Defect rates under 50 PPM at the customer', 'PPM tools such as Planview for the portfolio'],
  },
  {
    alias: 'assembler',
    skill: 'Assembly',
    is: ['Firmware in C and assembler for ARM Cortex-M', 'Embedded C, C++ and assembler'],
    isNot: ['Mechanical assembler for our production line', 'Experience as an assembler of electrical panels'],
  },
  {
    alias: 'emailing',
    skill: 'Email marketing',
    is: ['Campagnes d’emailing et newsletters', 'Emailing and marketing automation in HubSpot'],
    isNot: ['Calling and emailing customers about their orders', 'Emailing suppliers to chase deliveries'],
  },
  {
    alias: 'picking',
    skill: 'Order picking',
    is: ['Picking and packing orders with a scanner', 'Picking, packing and loading in the warehouse'],
    isNot: ['Picking up new tools quickly', 'Cherry-picking fixes into release branches'],
  },
  {
    alias: 'shrink',
    skill: 'Loss prevention',
    is: ['Reduce shrink across the store through stock audits', 'Control shrink and theft in retail'],
    isNot: ['Shrink build times and flaky tests', 'Help us shrink the time from idea to release'],
  },
  {
    alias: 'sanitized',
    skill: 'Kitchen sanitation',
    is: ['Keep surfaces and utensils sanitized', 'Kitchen equipment cleaned and sanitized after service'],
    isNot: ['Logs are sanitized before export', 'Validate and store sanitized inputs'],
  },
  {
    alias: 'plating',
    skill: 'Plating',
    is: ['Plating dishes to the chef’s standard', 'Prep, cooking and plating on a busy pass'],
    isNot: ['Chrome and zinc plating of machined parts', 'Plating line operator, electroplating bath checks'],
  },
  {
    alias: 'vaccines',
    skill: 'Immunizations',
    is: ['Administer vaccines to patients and keep the cold chain', 'Give flu vaccines in the clinic'],
    isNot: ['We develop vaccines for tropical diseases', 'Our vaccines reach 60 countries'],
  },
  {
    alias: 'commessa',
    skill: 'Retail sales',
    is: ['Cerchiamo una commessa per il nostro negozio', 'Commessa part-time: vendita e cassa'],
    isNot: [
      'Project manager di commessa per impianti industriali',
      'Gestione della commessa dal preventivo al collaudo',
    ],
  },
  {
    alias: 'vurdering',
    skill: 'Student assessment',
    is: ['Vurdering av elevenes arbeid', 'Undervisning og vurdering i norsk'],
    isNot: ['Vurdering av risiko ved nye anlegg', 'Faglig vurdering av søknader om tillatelse'],
  },
  {
    alias: 'arviointi',
    skill: 'Student assessment',
    is: ['Oppilaiden arviointi ja opetus'],
    isNot: ['Riskien arviointi ja raportointi'],
  },
  {
    alias: 'cobrar',
    skill: 'Cash handling',
    is: ['Atender y cobrar a los clientes en caja', 'Cobrar en efectivo y con tarjeta'],
    isNot: ['Empezarás a cobrar desde el primer mes', 'Posibilidad de cobrar incentivos trimestrales'],
  },
  {
    alias: 'pasaporte, Reisepass (every alias)',
    skill: 'Passport and ID applications',
    is: ['Tramitación de pasaporte y DNI en la oficina', 'Ausstellung von Personalausweisen und Reisepässen'],
    isNot: ['Pasaporte en vigor para viajar', 'Gültiger Reisepass und Führerschein Klasse B'],
  },
  {
    alias: 'Netzwerke',
    skill: 'Networking',
    is: ['Administration von Servern und Netzwerke (VLAN, Firewall)'],
    isNot: ['Betreuung unserer Kanäle in soziale Netzwerke', 'Du knüpfst gern Netzwerke in der Region'],
  },
  {
    alias: 'Mobilisation',
    skill: 'Patient mobility',
    is: ['Mobilisation der Patienten nach der Operation', 'Early mobilisation of patients on the ward'],
    isNot: ['Site mobilisation and set-up of welfare units', 'Mobilisation of resources for new contracts'],
  },
  {
    alias: 'Consolidation',
    skill: 'Consolidation',
    is: ['Group consolidation under IFRS', 'Consolidation of subsidiaries at year-end'],
    isNot: ['Freight consolidation at our cross-dock', 'Consolidation of legacy servers'],
  },
  {
    alias: 'Compounding',
    skill: 'Compounding',
    is: ['Compounding of creams and capsules in the pharmacy', 'Non-sterile compounding per USP 795'],
    isNot: ['Compounding growth year after year', 'Small wins compounding into big results'],
  },
  {
    alias: 'Empfang',
    skill: 'Reception duties',
    is: ['Empfang und Betreuung unserer Besucher', 'Telefonzentrale und Empfang'],
    isNot: ['Ware in Empfang nehmen und prüfen', 'Nach Empfang der Lieferung einlagern'],
  },
  {
    alias: 'Storybook',
    skill: 'Storybook',
    is: ['Document components in Storybook', 'React, Storybook and Jest'],
    isNot: ['Storybook reading with small groups'],
  },
  {
    alias: 'Open source',
    skill: 'Open source',
    is: ['Open source contributions are a plus', 'Experience with open source projects'],
    isNot: ['Open source intelligence briefings for the client', 'We are open source at heart'],
  },
  {
    alias: 'Lending',
    skill: 'Lending',
    is: ['Lending to small businesses', 'Consumer lending and loan applications'],
    isNot: ['Lending a hand to colleagues at busy times', 'Lending support to the night team'],
  },
  {
    alias: 'set-out',
    skill: 'Surveying',
    is: ['Set out roads and drainage from the engineer’s drawings', 'Setting out on site with a total station'],
    isNot: ['Follow our values as set out in the handbook', 'Setting out the product vision for the year'],
  },
  {
    alias: 'build pipeline',
    skill: 'Pipeline management',
    is: ['Build pipeline through outbound prospecting and referrals'],
    isNot: ['Maintain the build pipeline in GitHub Actions'],
  },
  {
    alias: 'clean rooms',
    skill: 'Room cleaning',
    is: ['Clean rooms and change bed linen after each guest stay'],
    isNot: ['Work in clean rooms to GMP standards', 'Gowning for clean rooms in the fab'],
  },
  {
    alias: 'Einkauf',
    skill: 'Procurement',
    is: ['Erfahrung im Einkauf von Rohstoffen'],
    isNot: ['Enge Abstimmung mit dem Einkauf und der Logistik'],
  },
  {
    alias: 'Buchhaltung',
    skill: 'Bookkeeping',
    is: ['Erfahrung in der Buchhaltung mit DATEV'],
    isNot: ['Zusammenarbeit mit der Buchhaltung bei Rechnungen'],
  },
  {
    alias: 'harvesting',
    skill: 'Harvesting',
    is: ['Harvesting and grading apples in the orchard', 'Grain harvesting with the combine'],
    isNot: ['Energy harvesting circuits for IoT sensors', 'Data harvesting from public websites'],
  },
  {
    alias: 'Housekeeping',
    skill: 'Housekeeping',
    is: ['Housekeeping and laundry for our 60-room hotel', 'Supervise housekeeping and room inspections'],
    isNot: ['Good housekeeping and 5S on the shop floor', 'Code housekeeping and dependency upgrades'],
  },
  {
    alias: 'vendas, ventas, Vertrieb (every alias)',
    skill: 'Sales',
    is: ['Experiência em vendas', 'Erfahrung im Vertrieb', 'Experiencia en ventas de maquinaria'],
    isNot: [
      'Analisar dados de vendas e estoque',
      'Informes para el equipo de ventas',
      'Enge Zusammenarbeit mit dem Vertrieb',
    ],
  },
];

describe('ordinary words that name a skill only in its field', () => {
  itCountsEachInItsFieldOnly(CASES);
});
