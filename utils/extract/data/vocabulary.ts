import type { EmploymentType, WorkMode } from '../../posting-values';
import { caseless, gatedCaseless, type Caseless } from '../../text/text-test';
/**
 * Word lists the extractor reads. Data only: no logic here. Lower-case unless noted; the long lists the
 * page tests are `caseless` (tested on lower-cased text: far cheaper to compile than the `i` flag).
 * Add a language by adding its words; the code that reads these never changes.
 */

/** Employment type words (matched as whole words, case-insensitive) → normalized schema.org value. */
export const EMPLOYMENT_TYPES: ReadonlyArray<readonly [Caseless, EmploymentType]> = [
  [caseless(/\b(cdd|contrat à durée déterminée)\b/), 'TEMPORARY'],
  [
    caseless(
      /\b(full[\s_-]?time|fulltime|vollzeit|temps plein|tiempo completo|tempo pieno|período integral|pełny etat|kokoaikatyö|heltid|fuldtid|voltijd|정규직)(?![\p{L}])/u,
    ),
    'FULL_TIME',
  ],
  [
    caseless(
      /\b(part[\s_-]?time|teilzeit|temps partiel|medio tiempo|meio período|tempo parziale|deltid|deeltijd|osa-aikatyö|niepełny etat)(?![\p{L}])/u,
    ),
    'PART_TIME',
  ],
  // After the hours (a permanent part-time job is part-time), before "contrat": "Type de contrat : CDI" /
  // "contrat à durée indéterminée" is permanent, a CDD is fixed-term.
  [
    caseless(
      /\b(cdi|contrat à durée indéterminée|unbefristet|festanstellung|tempo indeterminato|clt|efetivo|umowa o pracę|vakituinen)(?![\p{L}])/u,
    ),
    'FULL_TIME',
  ],
  [
    caseless(
      /\b(contract(or)?|freelancer?|autónomo|indépendant|libero professionista|freiberuflich|freie mitarbeit|contrat|fixed[\s-]term|befristet|계약직)\b/,
    ),
    'CONTRACT',
  ],
  [caseless(/\b(temporary|temp|zeitarbeit|intérim|interim|seasonal)\b/), 'TEMPORARY'],
  [
    caseless(
      /\b(intern(ship)?|praktikum|praktikant|werkstudent|stage|stagiaire|stagiair|stagista|becari[oa]|prácticas|trainee|인턴)\b/,
    ),
    'INTERN',
  ],
  [caseless(/\b(volunteer(ing)?|ehrenamt|bénévolat)\b/), 'VOLUNTEER'],
  [caseless(/\b(per[\s_-]?diem)\b/), 'PER_DIEM'],
  [caseless(/\b(permanent|unbefristet|festanstellung|cdi)\b/), 'FULL_TIME'],
  // "Empleado fijo, Jornada completa", "Vast dienstverband", "Dipendente": a permanent post, full time.
  [
    caseless(
      /\b(jornada completa|empleado fijo|empleada fija|indefinido|vast dienstverband|vaste medewerker|dipendente|fast ansættelse|fast anställning|fast anställd)\b/,
    ),
    'FULL_TIME',
  ],
  [caseless(/\b(jornada parcial|media jornada)\b/), 'PART_TIME'],
];

/** Work mode words, checked in this order (hybrid before remote: "hybrid remote" is hybrid). */
export const WORK_MODES: ReadonlyArray<readonly [RegExp, WorkMode]> = [
  [/\b(hybrid|hybride|teilweise home[\s-]?office|home[\s-]?office möglich|flexible remote)\b/i, 'hybrid'],
  [
    /\b(remote|fully remote|remote[\s-]first|work from home|wfh|telecommute|100\s?% home[\s-]?office|télétravail complet|vollständig remote)\b/i,
    'remote',
  ],
  [/\b(on[\s-]?site|onsite|in[\s-]office|in[\s-]person|vor ort|présentiel)\b/i, 'onsite'],
];

/** Text of a link or button that applies to the job. */
export const APPLY_WORDS =
  /^\s*(apply( now| for this job| for this position| on company site| here)?|easy apply|quick apply|jetzt bewerben|bewerben|online bewerben|postuler|candidatar(-?se|-?me)?|candidate-se|quero me candidatar|solicitar|ansøg( nu)?|søg( stillingen)?|søk( her| nå| på stillingen)?|sollicit(eer|eren)|aplicar|candidati( ora| subito)?|candidatura rapida|invia candidatura|aplikuj( teraz)?|hae( paikkaa| työpaikkaa)?|지원하기|응모)\s*$/i;

/**
 * Headings that job descriptions use for their sections. Read with `test` only: a name that holds
 * another one ("deine aufgaben", "tus funciones", "about the role") needs no entry of its own.
 */
export const JOB_SECTION_HEADINGS = caseless(
  /\b(responsibilities|requirements|qualifications|what you(('|’)ll| will) (do|work on)|you will need|what you need|you have(?=\s*:?\s*$)|what we('|’)re looking for|who you are|about the job|about you|the role|your role|job description|benefits|what we offer|nice to have|preferred|dein profil|ihr profil|wir bieten|aufgaben|anforderungen|qualifikationen|profil recherché|missions|votre profil|ansvarsområder|kvalifikationer|funciones|requisitos|ofrecemos|responsabilidades|wat ga je doen|wat vragen wij|wat bieden wij|functie-eisen|dine opgaver|vi tilbyder|arbeidsoppgaver|kvalifikasjoner|vi tilbyr|dine oppgaver|zakres obowiązków|obowiązki|wymagania|oferujemy|arbetsuppgifter|vi erbjuder|담당업무|자격요건|우대사항)\b/,
);

/** Phrases that introduce an application deadline (`closing-date.ts` reads the date after them, in lower case). */
// "Send your CV to jobs@acme.example by 18 December 2026": after a sending verb (across an address's dots), "by"
// counts only before a date ("by email" does not). No `u` flag and no `\p{L}`: both make the page's first use of
// it several times dearer to compile.
export const DEADLINE_LABELS =
  /\b(application deadline|deadline( for applications?)?|apply (by|before)|closing date|applications? (close|closing|deadline|due)|(we )?close applications( on)?|closes( on)?|ansøgningsfrist|bewerbungsfrist|bewerbungsschluss|einsendeschluss|date limite( de candidature)?|fecha l[ií]mite|(?:applications?|candidaturas?|candidatures|solicitudes|inscri(?:ções|pciones)|bewerbungen) (?:(?:are )?accepted )?(?:until|till|at(?=é)|hasta el|jusqu'au|bis(?: zum)?)|(?:bewerben sie sich|bewirb dich) (?:bitte )?(?:spätestens )?bis(?: zum)?|sista ansökningsdag|søknadsfrist|sluitingsdatum|(?:reageren|solliciteren) (?:kan )?tot(?: en met)?|(?:reage(?:er|ren)|sollicite(?:er|ren)) vóór|uiterste reactiedatum|scadenza|entro (e non oltre )?il|senest|prazo( de candidatura)?|haku päättyy|lamar sebelum|batas (?:akhir )?lamaran|마감일|(?:send(?:e|en)?|email|submit|apply|envoyez|adressez|transmettez|envía|envíe|envíanos|schick(?:e|en)?|stuur|skicka)\b(?:[^.\n]|\.(?=\S)){0,99}?\b(?:before|by(?=\s+(?:\d|[a-z]+\s+\d))|avant le|antes del?|bis (?:zum |spätestens )?|vóór|uiterlijk|senest|senast|innen|entro il))\b/;

/** Labels that introduce the date a posting was published. */
export const POSTED_LABELS =
  /\b(posted|published|date posted|posted on|listed on|veröffentlicht|erschienen|publiée?|publicado|publicada|pubblicat[oa]|opublikowano|publisert|julkaistu|offentliggjort|indrykket|udgivet|geplaatst|gepubliceerd|publicerad|publiceret|dipasang|diposting|게시일|등록일)\b/i;

/**
 * Page titles / headings that describe a list of results rather than one posting; a count may lead a few
 * words before the noun ("1,284 Python Developer jobs").
 */
export const LIST_TITLE =
  /(^|\s)(\d[\d.,\s]*\+?\s*(jobs?|results?|treffer|stellen(angebote)?|offres?|emplois|vacatures|positions|openings|jobangebote|ofertas|offerte|annunci|vagas|ofert|stillinger|työpaikkaa)\b)|\b(jobs (in|near|at|for)|job search|search results|stellenangebote und jobs|jobs und stellenangebote|jobs und stellen|jobs, employment|who('|’)?s hiring|who is hiring|offerte di lavoro (a|in|per)|vagas de emprego|oferty pracy (w|z)|ledige stillinger i)\b|^\s*\d[\d.,]*\+?\s+([\w#+.-]+\s+){1,4}(jobs|vacancies|results|openings)\b/i;

/**
 * A category heading that names a kind of jobs ("Remote Design Jobs", "Pflege Stellen"): read only on an unsure page.
 * (`gatedCaseless`: without the `i` flag a page compiles it several times faster, and only when the words are there.)
 */
export const CATEGORY_HEADING = gatedCaseless(
  /(?:jobs|stellen|stellenangebote|vacatures|emplois|empleos|lediga jobb|ledige stillinger|työpaikat)$|^(?:offerte di lavoro|vagas de|oferty pracy|praca)/,
  /^(remote\s+)?\p{L}[\p{L}&/,' -]{1,40}\s+(jobs|stellen|stellenangebote|vacatures|emplois|empleos|lediga jobb|ledige stillinger|työpaikat)$|^(offerte di lavoro|vagas de|oferty pracy|praca( zdalna)?)[:\s]+\p{L}[\p{L}&/,' -]{1,40}$/u,
);

/** Schema.org types that mean "this page is not one job posting". */
export const NON_POSTING_TYPES = new Set([
  'NewsArticle',
  'Article',
  'BlogPosting',
  'ReportageNewsArticle',
  'SearchResultsPage',
  'ItemList',
  'CollectionPage',
  'ProfilePage',
  'FAQPage',
]);

/** Words in a page title that introduce a job ("Role at Company", "Role bei Company"). */
// (A hyphen inside a word, "Dairy Co-op", is part of the name, not a separator.)
export const AT_COMPANY =
  /\s+(?:at|@|bei|chez|hos|bij|presso)\s+(.{2,80}?)\s*(?:(?:[|–—]|(?!\b-\b)-|\s[·•]\s)\s*(?:[^|–—-]|\b-\b)*)?$/i;

/**
 * "Company is hiring a (Remote) Role | Site", "Firma sucht eine Role": group 1 the company, 2 "remote"
 * when the role is said to be remote, 3 the role.
 */
export const HIRING_TITLE =
  /^(.{2,80}?)\s+(?:is hiring|is looking for|sucht|zoekt|söker|søger|busca|recrute)(?:\s+(?:an?|eine[nr]?|ein|een|en|ett|une?|una))?\s+(?:(remote)\s+)?(.{2,200}?)(?:\s+[|–—-]\s+[^|–—-]*)?$/i;

/** Headings of a section that lists other jobs ("Similar jobs", "Other jobs like this", "Ähnliche Jobs"). */
export const CLUTTER_HEADING =
  /^((similar|related|recommended|other|more)\b.{0,30}\b(jobs?|roles|positions|vacancies|openings|listings)\b|you (may|might) also (like|be interested)|people also (viewed|searched)|jobs you may like|ähnliche (jobs|stellen)|weitere (jobs|stellen)|(offres|emplois) similaires|ofertas similares|vergelijkbare vacatures|lignende (job|stillinger)|liknande (jobb|annonser)|(altre )?offerte( di lavoro)? simili|annunci simili|vagas (similares|relacionadas|semelhantes)|ofertas semelhantes|podobne oferty|samankaltaisia työpaikkoja|muita työpaikkoja)/i;

/** Words of a text line that are facts, not a location (used when splitting header lines). */
export const NOT_LOCATION =
  /\b(ago|posted|published|today|yesterday|hours?|days?|weeks?|months?|vor \d+|applicants?|bewerber|full[\s-]?time|part[\s-]?time|contract|internship|salary|gehalt|equity|level|entry|senior|mid-level|estimate|easy apply|apply)\b|[$€£¥₹]/i;

/** A seniority level alone in a header line ("Senior", "Entry level", "Pleno"): a fact of the job, never its employer. */
export const SENIORITY_PART =
  /^(?:junior|senior|sénior|mid[\s-]?(?:level|senior)|entry[\s-]level|experienced|lead|principal|staff|graduate|berufseinsteiger|berufserfahren|confirmé|débutant|pleno|medior|starter)$/i;

/**
 * A job's reference in a header line ("Requisition ID 30871", "Job ID: R-2231", "Ref. 4471", "Stellen-ID: Req ID 4471",
 * "Kennziffer 2026-118"): not a place or a name ("Req ID" is not a town in Idaho).
 */
export const JOB_ID_PART =
  /^(?:(?:requisition|req\.?|job|reference|ref\.?)(?:\s*(?:id|no\.?|number|#))?|stellen-?id|kennziffer|referenznummer|référence|referencia)\s*[:#]?\s*(?:req(?:uisition)?\.?\s*id\s*[:#]?\s*)?[\w-]*\d[\w-]*$/i;

/** Department names that sit in a header line beside the place ("Engineering · Copenhagen"): not a company. */
export const DEPARTMENT_WORDS =
  /^(engineering|information security|information technology|cyber ?security|product|design|marketing|sales|operations|finance|legal|people|hr|human resources|it|data|research|customer success|customer support|support|security|infrastructure|business development|administration|communications|logistics|manufacturing|production|warehouse|maintenance|quality|procurement|purchasing|accounting|facilities|kitchen|front of house|retail|hospitality|nursing|clinical|analytics|technology|tech|r&d|produktion|fertigung|lager|einkauf|buchhaltung|entwicklung|vertrieb|technik|verwaltung|personal|ingénierie|ventes|ingeniería|ventas|afdeling)$/i;

/**
 * A value that names a unit of an employer, not the employer: a path of units ("Børne- og Ungeforvaltningen ·
 * Dagtilbud Syd") or a unit word ("Fachbereich Maschinenbau", "Department of Surgery", "Afdeling Zorg").
 */
export const ORG_UNIT = caseless(
  /\s[·>|/]\s|(?<![\p{L}])(department|dept|division|unit|team|afdeling|avdelning|avdeling|abteilung|fachbereich|referat|dezernat|amt für|service de|direction de|département|departamento|dipartimento|área de|forvaltning(en)?|förvaltning(en)?)(?![\p{L}])/u,
);

/** A count of results ("57 ofert", "214 Jobs", "38 ofertas encontradas"): LIST_TITLE's first form, the number kept. */
const RESULTS_COUNT = new RegExp(LIST_TITLE.source.slice(0, LIST_TITLE.source.indexOf(')|') + 1), 'i');

/**
 * A title part or a short line that counts at least `min` results ("Praca Magazynier Poznań - 57 ofert pracy",
 * "214 Jobs" under the heading). A posting may say "2 positions"; a results list counts more.
 */
export function countsResults(text: string, min = 5): boolean {
  const m = text.match(RESULTS_COUNT);
  return !!m && Number((m[2] ?? m[0]).replace(/\D+/g, '').slice(0, 9) || '0') >= min;
}
