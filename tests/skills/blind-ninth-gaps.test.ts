/**
 * What the ninth blind batch's tuned texts (646–665) showed: duties, qualifications and tools written in words the
 * taxonomy lacked, and words that name a skill only in their field. One short invented line each.
 */
import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills-in';

describe('skills written another way', () => {
  it.each([
    ['Clean and transform data before it reaches the warehouse', 'Data cleaning'],
    ['Experience modelling data in dbt', 'Data modeling'],
    ['Replace last-click attribution with something better', 'Marketing attribution'],
    ['Entwicklung neuer Attributionsmodelle für das Marketing', 'Marketing attribution'],
    ['Load and unload deliveries at the yard', 'Loading and unloading'],
    ['Kalenderpflege für den Vorstand', 'Calendar management'],
    ['Organisation von Dienstreisen für das Team', 'Travel coordination'],
    ['Gestión de la organización de viajes del equipo directivo', 'Travel coordination'],
    ['Planung und Betreuung unserer Messeauftritte', 'Event planning'],
    ['Erstellung von Nachfrageprognosen für den Einkauf', 'Demand forecasting'],
    ['Amélioration de la prévision de la demande par magasin', 'Demand forecasting'],
    ['Aufbau von Zeitreihenmodellen für den Absatz', 'Time series forecasting'],
    ['Sviluppo di modelli di serie storiche per le vendite', 'Time series forecasting'],
    ['Modellbereitstellung in der Cloud', 'Model deployment'],
    ['Kenntnisse in bayesschen Methoden von Vorteil', 'Bayesian methods'],
    ['Conocimiento de métodos bayesianos', 'Bayesian methods'],
    ['Organizar visitas con compradores interesados', 'Property viewings'],
    ['Valorar inmuebles para su venta', 'Valuation'],
    ['Wycena nieruchomości dla klientów', 'Valuation'],
    ['Hacer fotografías de los pisos en venta', 'Photography'],
    ['Buen manejo de Office', 'Microsoft Office'],
    ['Dossiers overdragen aan het incassobureau', 'Collections'],
    ['Versturen van aanmaningen aan klanten', 'Dunning'],
    ['Versand von Zahlungserinnerungen', 'Dunning'],
    ['Matchen van ontvangsten op de grootboekrekening', 'Cash application'],
    ['Zuordnung von Zahlungseingängen in SAP', 'Cash application'],
    ['Checking the creditworthiness of new accounts', 'Credit checks'],
    ['Prüfung der Kreditwürdigkeit von Neukunden', 'Credit checks'],
    ['Bewaken van openstaande posten', 'Credit control'],
    ['Redigere il Piano Educativo Individualizzato con la scuola', 'Individualized education programs'],
    ['Stesura del PEI per ogni alunno', 'Individualized education programs'],
    ['Gestione dei comportamenti problematici', 'Behaviour management'],
    ['Erfarenhet av utmanande beteende', 'Behaviour management'],
    ['Tenere aggiornata la documentazione quotidiana degli ospiti', 'Care documentation'],
    ['Richiesta disponibilità ai turni', 'Shift work'],
    ['Sono previsti turni di notte', 'Night work'],
    ['Hjälp med av- och påklädning', 'Activities of daily living'],
    ['Hjälp med hygien och måltider', 'Meal assistance'],
    ['Kunskap om epileptiska anfall', 'Epilepsy care'],
    ['Herkennen van epileptische aanvallen', 'Epilepsy care'],
    ['Kommunikation med tecken som stöd', 'Augmentative and alternative communication'],
    ['Vi använder TAKK i vardagen', 'Augmentative and alternative communication'],
    ['Giltigt HLR-intyg', 'CPR'],
    ['Montaż paneli fotowoltaicznych na dachach', 'Solar PV installation'],
    ['Podłączanie zabezpieczeń w rozdzielnicy', 'Electrical panels'],
    ['Układanie przewodów w budynkach', 'Cable wiring'],
    ['Pomiar rezystancji izolacji po montażu', 'Inspection and testing'],
    ['Pomiary instalacji i przygotowanie protokołów', 'Electrical certification'],
    ['Obsługa podestów ruchomych', 'Aerial work platforms'],
  ])('%s → %s', (line, skill) => {
    expect(skillsIn(line)).toContain(skill);
  });
});

describe('new skills', () => {
  it.each([
    ['Seams joined by hot-air welding', 'Hot-air welding'],
    ['Verschweißen der Bahnen durch Heißluftschweißen', 'Hot-air welding'],
    ['Wear fall arrest harnesses on the roof', 'Fall protection'],
    ['Sichern mit Absturzsicherung auf dem Dach', 'Fall protection'],
    ['Installer des volets roulants électriques', 'Roller shutter installation'],
    ['Montage von Rollläden und Markisen', 'Roller shutter installation'],
    ['Titulaire du CAP menuisier fabricant', 'CAP Menuisier'],
    ['Experiencia con Inmovilla', 'Inmovilla'],
    ['Kredietrapporten opvragen in Creditsafe', 'Creditsafe'],
    ['Betalingsregelingen afspreken met klanten', 'Payment arrangements'],
    ['Vereinbarung von Ratenzahlungsvereinbarungen', 'Payment arrangements'],
    ['Training in ABA for autistic children', 'Applied behaviour analysis'],
    ['Toegepaste gedragsanalyse bij cliënten', 'Applied behaviour analysis'],
    ['Hold an RBT credential', 'RBT certification'],
    ['Posiadasz uprawnienia SEP D', 'SEP qualification'],
    ['Mile widziany certyfikat instalatora OZE', 'UDT OZE certificate'],
    ['Montaż falowników hybrydowych', 'Inverter installation'],
    ['Installation von Wechselrichtern: Montage von Wechselrichtern', 'Inverter installation'],
    ['Advise on capital gains tax on share disposals', 'Capital gains tax'],
    ['Aangiften vermogenswinstbelasting', 'Capital gains tax'],
    ['Estate planning to reduce IHT for clients', 'Inheritance tax'],
    ['Beratung zur Erbschaftsteuer', 'Inheritance tax'],
    ['Chartered Tax Advisor or working towards it', 'Chartered Tax Adviser'],
    ['Returns prepared in CCH Personal Tax', 'CCH Central'],
    ['Hold CRCST or CBSPD certification', 'CRCST'],
    ['Scan trays into CensiTrak', 'CensiTrak'],
    ["Étanchéité à l'air des fenêtres posées", 'Waterproofing'],
  ])('%s → %s', (line, skill) => {
    expect(skillsIn(line)).toContain(skill);
  });
});

describe('words that name a skill only in context', () => {
  it.each([
    ['UDT na podnośniki koszowe', 'Forklift operation'],
    ['Hot-air welding of roof membranes', 'Welding'],
    ['Insulin ges efter delegering från sjuksköterska', 'Nursing'],
    ['Handle client correspondence about their tax returns', 'Legal correspondence'],
    ['Member of the ABA routing team at the bank', 'Applied behaviour analysis'],
    ['Pasta e dolci con analisi comportamentale dei clienti del negozio', 'Applied behaviour analysis'],
    ['CGT union delegates meet monthly', 'Capital gains tax'],
    ['Capital gains on our fund were strong', 'Capital gains tax'],
    ['Our IHT unit handles the plant cooling', 'Inheritance tax'],
    ['Les volets roulants de la salle sont fermés le soir', 'Roller shutter installation'],
    ['Move to PEI by ferry each summer', 'Individualized education programs'],
    ['Vi bjuder på måltider varje dag', 'Meal assistance'],
    ['Przygotowanie protokołów ze spotkań zarządu', 'Electrical certification'],
  ])('%s: not %s', (line, skill) => {
    expect(skillsIn(line)).not.toContain(skill);
  });

  it('a legal correspondence stays where the law is', () => {
    expect(skillsIn('Manage client correspondence on litigation matters')).toContain('Legal correspondence');
  });
  it('welding stays a welder’s trade', () => {
    expect(skillsIn('MIG welding of steel frames')).toContain('Welding');
  });
});
