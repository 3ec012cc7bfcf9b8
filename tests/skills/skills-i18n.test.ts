/**
 * The taxonomy's common skills as postings in German, French, Spanish, Dutch, Italian, Portuguese,
 * Swedish, Danish and Polish write them (`I18N_ALIASES`): nouns, duties and compounds; and the
 * guarded words of that table, which count in their field only. Each line was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { I18N_ALIASES, I18N_GUARDS } from '../../utils/summarize/data/skills-aliases-i18n';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { itCountsEachInItsFieldOnly, skillNames as names, type GuardedAlias } from './guarded-aliases';

const FOUND: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  de: [
    ['Unterstützung bei der Körperpflege und beim An- und Auskleiden', 'Personal care'],
    ['Hilfe beim Essen und Trinken', 'Meal assistance'],
    ['Mobilisation der Bewohnerinnen und Bewohner', 'Patient mobility'],
    ['Erstellung von Pflegeplanungen und Pflegedokumentation', 'Care planning'],
    ['Erstellung von Pflegeplanungen und Pflegedokumentation', 'Care documentation'],
    ['Betreuung von Menschen mit Demenz', 'Dementia care'],
    ['Medikamentengabe nach ärztlicher Anordnung', 'Medication administration'],
    ['Wundversorgung und Verbandswechsel', 'Wound care'],
    ['Warenverräumung und Regalpflege im Markt', 'Shelf replenishment'],
    ['Kontrolle des Mindesthaltbarkeitsdatums', 'Stock rotation'],
    ['Wartung von Heizungsanlagen und Wärmepumpen', 'Heat pumps'],
    ['Erfahrung mit Klimaanlagen und Kältemitteln', 'Air conditioning'],
    ['vorbeugende Instandhaltung der Produktionsanlagen', 'Preventive maintenance'],
    ['Prüfung und Inbetriebnahme der Anlagen beim Kunden', 'Testing and commissioning'],
    ['Sicheres Lesen technischer Zeichnungen', 'Technical drawing reading'],
    ['Lieferantenmanagement und Auslösen von Bestellungen', 'Supplier management'],
    ['Lieferantenmanagement und Auslösen von Bestellungen', 'Purchase orders'],
    ['Lohn- und Gehaltsabrechnung mit DATEV', 'Payroll processing'],
    ['Prüfung von Eingangsrechnungen', 'Invoice processing'],
    ['Anwenderbetreuung im 1st Level Support', 'IT support'],
    ['Durchführung manueller Tests und Regressionstests', 'Regression testing'],
    ['Kommissionierung und Verpacken von Waren', 'Order picking'],
    ['Be- und Entladen von LKW', 'Loading and unloading'],
    ['Tourenplanung und Disposition der Fahrzeuge', 'Dispatching'],
    ['Bearbeitung von Reklamationen', 'Complaint handling'],
  ],
  fr: [
    ['Aide à la toilette et à la prise des repas', 'Personal care'],
    ['Aide à la toilette et à la prise des repas', 'Meal assistance'],
    ['Prise des constantes et transmissions écrites', 'Vital signs'],
    ['Prise des constantes et transmissions écrites', 'Care documentation'],
    ['Distribution des médicaments aux résidents', 'Medication administration'],
    ['Mise en rayon et réassort des produits', 'Shelf replenishment'],
    ['Service en salle et préparation des boissons', 'Table service'],
    ['Plonge et nettoyage de la cuisine', 'Kitchen sanitation'],
    ['Classement et archivage des documents', 'Filing'],
    ['Maintenance préventive des installations de chauffage', 'Preventive maintenance'],
    ['Manipulation des fluides frigorigènes', 'Refrigerant handling'],
    ['Lecture de plans et de schémas', 'Technical drawing reading'],
    ['Gestion des fournisseurs et passation de commandes', 'Supplier management'],
    ['Élaboration des bulletins de paie', 'Payroll processing'],
    ['Rapprochements bancaires et clôtures mensuelles', 'Bank reconciliation'],
    ['Support utilisateurs de niveau 1', 'IT support'],
    ['Tests de non-régression', 'Regression testing'],
    ['Préparation de commandes et chargement des camions', 'Order picking'],
    ['Gestion des réclamations clients', 'Complaint handling'],
  ],
  es: [
    ['Ayuda en el aseo y vestido de los residentes', 'Personal care'],
    ['Ayuda en la ingesta de los residentes', 'Meal assistance'],
    ['Movilizaciones y cambios posturales', 'Patient mobility'],
    ['Administración de medicación y toma de constantes', 'Medication administration'],
    ['Reposición de productos y control de caducidades', 'Shelf replenishment'],
    ['Reposición de productos y control de caducidades', 'Stock rotation'],
    ['Servicio de sala y barra', 'Table service'],
    ['Mantenimiento preventivo y correctivo', 'Preventive maintenance'],
    ['Interpretación de planos', 'Technical drawing reading'],
    ['Gestión de proveedores', 'Supplier management'],
    ['Conciliaciones bancarias', 'Bank reconciliation'],
    ['Soporte a usuarios de primer nivel', 'IT support'],
    ['Preparación de pedidos con radiofrecuencia', 'Order picking'],
    ['Gestión de reclamaciones', 'Complaint handling'],
  ],
  nl: [
    ['Hulp bij wassen en aankleden', 'Personal care'],
    ['Medicatie toedienen en wondzorg', 'Medication administration'],
    ['Medicatie toedienen en wondzorg', 'Wound care'],
    ['Vakkenvullen en houdbaarheidsdata controleren', 'Shelf replenishment'],
    ['Bediening van gasten op het terras', 'Table service'],
    ['Preventief onderhoud aan installaties', 'Preventive maintenance'],
    ['Inkooporders aanmaken', 'Purchase orders'],
    ['Werving en selectie van nieuwe collega’s', 'Recruiting'],
    ['Orderpicken met een handscanner', 'Order picking'],
    ['Klachtenafhandeling', 'Complaint handling'],
  ],
  it: [
    ['Aiuto nell’igiene della persona', 'Personal care'],
    ['Rilevazione dei parametri vitali', 'Vital signs'],
    ['Servizio ai tavoli', 'Table service'],
    ['Rifornimento scaffali e controllo scadenze', 'Shelf replenishment'],
    ['Lavori in quota', 'Working at height'],
    ['Manutenzione preventiva degli impianti', 'Preventive maintenance'],
    ['Elaborazione cedolini', 'Payroll processing'],
    ['Riconciliazioni bancarie', 'Bank reconciliation'],
    ['Carico e scarico merci', 'Loading and unloading'],
  ],
  pt: [
    ['Cuidados de higiene e conforto aos utentes', 'Personal care'],
    ['Apoio nas refeições', 'Meal assistance'],
    ['Reposição de produtos nos lineares', 'Shelf replenishment'],
    ['Manutenção preventiva e corretiva', 'Preventive maintenance'],
    ['Processamento salarial', 'Payroll processing'],
    ['Preparação de encomendas', 'Order picking'],
    ['Gestão de reclamações', 'Complaint handling'],
  ],
  sv: [
    ['Hjälp med personlig hygien och påklädning', 'Personal care'],
    ['Läkemedelshantering enligt delegering', 'Medication administration'],
    ['Förebyggande underhåll', 'Preventive maintenance'],
    ['Truckkort och orderplock', 'Order picking'],
    ['Leverantörsreskontra och kundreskontra', 'Accounts payable'],
  ],
  da: [
    ['Forflytninger og personlig pleje', 'Patient mobility'],
    ['Medicingivning og sårpleje', 'Wound care'],
    ['Varepåfyldning og rengøring i butikken', 'Shelf replenishment'],
    ['Forebyggende vedligehold', 'Preventive maintenance'],
    ['Lønbehandling og bogføring', 'Payroll processing'],
  ],
  pl: [
    ['Pomoc w higienie osobistej podopiecznych', 'Personal care'],
    ['Podawanie leków zgodnie z zaleceniami lekarza', 'Medication administration'],
    ['Wykładanie towaru i obsługa kasy', 'Shelf replenishment'],
    ['Kompletacja zamówień', 'Order picking'],
    ['Naliczanie wynagrodzeń', 'Payroll processing'],
    ['Praca na wysokości', 'Working at height'],
  ],
};

describe('common skills in the languages the product reads', () => {
  for (const [language, lines] of Object.entries(FOUND)) {
    it(`finds them in ${language}`, () => {
      for (const [line, skill] of lines) expect(names(line), line).toContain(skill);
    });
  }

  it('maps every alias to an existing skill, none written twice or already another skill’s', () => {
    const { skills, byAlias } = skillMatcher();
    const seen = new Set<string>();
    for (const [alias, name] of Object.entries(I18N_ALIASES)) {
      const skill = skills.findIndex((candidate) => candidate.name === name);
      expect(skill, `${alias} → ${name}`).toBeGreaterThanOrEqual(0);
      expect(skills[skill]?.soft, name).toBe(false);
      expect(seen.has(alias.toLowerCase()), alias).toBe(false);
      seen.add(alias.toLowerCase());
      expect(byAlias.get(alias.toLowerCase()), alias).toBe(skill);
    }
    for (const key of Object.keys(I18N_GUARDS)) expect(key.includes('|') || key in I18N_ALIASES, key).toBe(true);
  });
});

const GUARDED: readonly GuardedAlias[] = [
  {
    alias: 'classement (fr)',
    skill: 'Filing',
    is: ['Classement et archivage des documents', 'Classement du courrier'],
    isNot: ['Classement parmi les meilleurs employeurs de France'],
  },
  {
    alias: 'bediening (nl)',
    skill: 'Table service',
    is: ['Bediening van gasten in het restaurant'],
    isNot: ['Bediening van machines in de productiehal', 'Bediening van de heftruck'],
  },
  {
    alias: 'ADV (fr, as written)',
    skill: 'Order processing',
    is: ['Gestion de l’ADV et suivi des commandes clients'],
    isNot: ['Adv. Excel skills required'],
  },
  {
    alias: 'bijvullen (nl)',
    skill: 'Shelf replenishment',
    is: ['Bijvullen van de schappen in de winkel'],
    isNot: ['Bijvullen van koelvloeistof en olie'],
  },
  {
    alias: 'reservas (es, pt)',
    skill: 'Reservations',
    is: ['Gestión de reservas del hotel', 'Atendimento e reservas de clientes'],
    isNot: ['Trabajarás sin reservas en un equipo joven', 'Control de reservas de agua en el depósito'],
  },
  {
    alias: 'Disposition (de)',
    skill: 'Dispatching',
    is: ['Disposition der Fahrzeuge und Touren', 'Disposition unserer LKW-Flotte'],
    isNot: ['Material steht zur Disposition', 'Disposition von Rohstoffen für die Produktion'],
  },
  {
    alias: 'DVR (it)',
    skill: 'Risk assessment',
    is: ['Aggiornamento del DVR e valutazione dei rischi'],
    isNot: ['Installazione di telecamere e DVR'],
  },
];

describe('guarded words of the other languages', () => {
  itCountsEachInItsFieldOnly(GUARDED);
});
