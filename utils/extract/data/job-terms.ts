/**
 * Words about a job that are neither a place nor the role (read by `generic/job-terms.ts`, in the reader's
 * and finishing scripts only: the capture script does not carry them).
 */
/** Hours a week, the only words of a part ("32-40 uur per week", "38,5 Std./Woche", "35h/semaine"): how the job is held. */
export const HOURS_ONLY =
  /^\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:hours?|hrs?|h|uur|std|stunden|wochenstunden|heures|horas|ore|timer|timmar|godzin)\.?(?:[\s/]*(?:a|per|pro|par|por|la|om|i|in der|each)?\s*(?:week|wk|woche|semaine|semana|settimana|ugen|uge|veckan|vecka|tydzień|tygodniowo))?\.?$/iu;

/**
 * Words that say how a job is held (type, contract, hours, shifts), in the languages above: a "place" made
 * only of these ("Empleado fijo", "Jornada completa", "Part-time evenings") is no place.
 */
export const EMPLOYMENT_WORDS = new Set(
  (
    'permanent|temporary|employee|employment|fixed|term|full|part|time|fulltime|parttime|contract|contractor|freelance|' +
    'internship|intern|seasonal|casual|shift|shifts|evening|evenings|night|nights|weekend|weekends|day|days|rotating|fte|' +
    'vollzeit|teilzeit|festanstellung|festangestellt|unbefristet|befristet|schicht|schichtdienst|minijob|werkstudent|' +
    'cdi|cdd|temps|plein|partiel|intérim|alternance|empleado|empleada|fijo|fija|indefinido|temporal|jornada|completa|' +
    'parcial|media|contrato|turno|turnos|tiempo|completo|tempo|pieno|parziale|indeterminato|determinato|contratto|' +
    'giornata|turni|efetivo|clt|integral|período|meio|temporário|vast|vaste|dienstverband|aanstelling|voltijd|deeltijd|' +
    'tijdelijk|fast|ansættelse|anställning|tillsvidare|heltid|deltid|vikariat|stilling|vakituinen|kokoaikainen|' +
    'osa|aikainen|määräaikainen|työsuhde|umowa|pracę|pełny|etat|niepełny|zlecenie'
  ).split('|'),
);
/** Words that join the ones above ("Part-time and evenings", "Umowa o pracę"). */
export const JOINING_WORDS = new Set('and|und|et|y|e|og|och|en|de|a|o|or|oder|ou|of|van|i'.split('|'));

/**
 * A hiring lead-in before the role in a heading: "We're hiring: Weekend Barista", "Join us as a Baker",
 * "Wir suchen dich als Elektriker", "On recrute : Serveur", "Se busca camarero", "Vi søger en tømrer".
 * An ad's own word too ("Vacature", "Stellenangebot:", "Job:"). A bare "Hiring", "Job" or "Wanted" needs its colon
 * ("Hiring Manager", "Job Coach" are roles). Lower case, for folded text (`stripHiringLead`, `announcesHire`).
 */
export const HIRING_LEAD =
  /^(?:we(?:'|’| a)re hiring|we are hiring|now hiring|(?:hiring|job|vacancy|wanted)(?= ?:)|vacature|stellenangebot|stellenanzeige|offre d['’]emploi|oferta de (?:empleo|trabajo|emprego)|vaga de|offerta di lavoro|cercasi|oferta pracy|join (?:us|our team) as(?: an?)?|wir suchen(?: (?:dich|sie|euch))?(?: als)?|wir stellen ein|on recrute(?: une?)?|nous recrutons(?: une?)?|se busca|buscamos|estamos contratando|cerchiamo|stiamo cercando|wij zoeken(?: een)?|we zoeken(?: een)?|vi søger(?: en| et)?|vi söker(?: en| ett)?|vi søker(?: en| et)?|szukamy|rekrytoimme|haemme|contratamos)\s*[:!–—-]?\s+(?=\S.{2})/u;

/**
 * How the description says the job is held: "This is a permanent, full-time role", "The job is full-time", "in Vollzeit", "à temps plein",
 * "a jornada completa", a US "1099 contract". Only such phrases: "full-time employees get 25 days" says nothing about this job.
 */
export const EMPLOYMENT_PHRASE =
  /\b(?:(?:this|it) is an? (?:[\w-]+,? ){0,3}?(?:full|part)[- ]?time,?(?: [\w-]+,?){0,2}? (?:role|position|job|post|contract|opportunity)|(?:the|this) (?:role|position|job|post) is (?:a )?(?:full|part)[- ]?time\b(?! (?:staff|employees?|workers?|colleagues?))|in (?:voll|teil)zeit|a (?:jornada completa|tiempo completo|media jornada)|1099 contract(?:or)?)\b|à temps (?:plein|partiel)\b/i;

/**
 * Job nouns at the end of a Germanic compound ("Lagermedarbejder", "Lagermitarbeiter", "Servicetekniker"),
 * in lower case: a role title beside `ROLE_TITLE` (`endsWithJobNoun` in `generic/job-terms.ts`). A list,
 * not one case-insensitive Unicode pattern: that pattern took 10–600 ms to compile (once per page in the
 * browser). Read by detection in the finishing steps, so the capture script does not carry it.
 */
export const COMPOUND_JOB_NOUNS: readonly string[] = (
  'medarbejder|medarbeider|medarbetare|medewerker|mitarbeiter|mitarbeiterin|arbeiter|arbeiterin|fahrer|fahrerin|' +
  'techniker|technikerin|monteur|monteurin|leiter|leiterin|helfer|helferin|fachkraft|kaufmann|kauffrau|elektriker|' +
  'mekaniker|tekniker|assistent|assistentin|sælger|selger|säljare|chauffør|sjåfør|konsulent|udvikler|utvikler|' +
  'utvecklare|koordinator|pædagog|pedagog|sygeplejerske|sykepleier|lærer|lärare|ingenjör|ingeniør|ingenieur|' +
  'ingenieurin|handläggare|samordnare|arbetare|rådgivare|rådgiver|sköterska|chef|manager|entwickler|entwicklerin|' +
  'berater|beraterin|referent|referentin|sachbearbeiter|sachbearbeiterin|adviseur|beheerder'
).split('|');

/**
 * Words that end like a Spanish, Italian, Dutch or French job noun (-ista, -ero/-era, -tore, -trice, -iere, -eur,
 * -euse) but name a thing, a place, a time or a quality ("Carrera", "Secteur", "Revista", "Tondeuse", "Motore").
 * Lower case, whole words.
 */
export const NOT_JOB_NOUNS_BY_ENDING = new Set(
  (
    'primero|primera|tercero|tercera|número|numero|dinero|carrera|bandera|frontera|manera|madera|soltero|soltera|' +
    'entero|entera|sincero|sincera|febrero|sombrero|agujero|cartera|primavera|escalera|cadera|cantera|nevera|' +
    'carretera|pradera|ribera|ladera|caldera|galera|cabecera|quimera|esfera|atmósfera|pantera|tijera|billetera|' +
    'ligero|ligera|severo|severa|austero|austera|extranjero|extranjera|financiero|financiera|verdadero|verdadera|' +
    'duradero|duradera|pasajero|pasajera|viajero|viajera|riviera|bolero|camera|cámara|opera|ópera|' +
    'conquista|pista|' +
    'motore|settore|trattore|contatore|fattore|vettore|generatore|radiatore|ventilatore|acceleratore|elevatore|' +
    'calcolatore|navigatore|carriere|karriere|barriere|frontiere|premiere|lumiere|maniere|matiere|filiere|riviere|' +
    'matrice|cicatrice|calculatrice|motrice|génératrice|' +
    'moteur|secteur|ordinateur|aspirateur|radiateur|tracteur|hauteur|valeur|couleur|erreur|honneur|bonheur|' +
    'intérieur|extérieur|interieur|exterieur|ailleurs|lecteur|extincteur|réfrigérateur|labeur|chaleur|douleur|' +
    'saveur|faveur|longueur|largeur|profondeur|grandeur|liqueur|malheur|vapeur|rigueur|vigueur|humeur|rumeur|' +
    'détecteur|detecteur|capteur|amateur|' +
    'perceuse|tondeuse|friteuse|agrafeuse|berceuse|ponceuse|broyeuse|veilleuse|heureuse|nombreuse|chaleureuse|' +
    'généreuse|rigoureuse|dangereuse|sérieuse|précieuse|curieuse|joyeuse|merveilleuse|délicieuse|ambitieuse|' +
    'dynamique'
  ).split('|'),
);
