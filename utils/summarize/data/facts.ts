/** Vocabulary for the facts the summarizer reads from a description (EN/DE/FR/ES). */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  ein: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  zehn: 10,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dix: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  diez: 10,
  // Dutch, Swedish/Norwegian/Danish, Italian, Portuguese, Polish ("drie jaar", "ett års", "tre års", "due anni", "três anos", "trzy lata").
  twee: 2,
  drie: 3,
  vijf: 5,
  ett: 1,
  två: 2,
  tre: 3,
  // Norwegian and Danish "to års erfaring": only ever a number before a word for years (English "up to 5 years" reads 5).
  to: 2,
  fyra: 4,
  fem: 5,
  due: 2,
  cinque: 5,
  dois: 2,
  duas: 2,
  três: 3,
  dwa: 2,
  trzy: 3,
  pięć: 5,
};

/**
 * Outside the must-haves, a sentence about the employer's own experience ("Our team brings 15 years of
 * experience", "Wir haben über 25 Jahre Erfahrung", "With 30 years of experience, Ferro Lift …") states
 * no requirement; "We are looking for someone with 3 years …" still does.
 */
export const EMPLOYER_YEARS =
  /^(?:(?:we|our|wir|unser\w*|nous|notre|nos|nosotros|nuestr\w*|wij|onze|vi|v[åa]r\w*|vores|the company|the team)\b(?![^.]{0,40}\b(?:look|seek|search|need|requir|expect|ask|want|prefer|hire|hiring|zoek|such|recherch|busc|s[öø]k|cerch))|with (?:over |more than |almost |nearly )?\d+ years)/i;

/**
 * Words for "year(s)" followed, within a few words, by a word for "experience". Polish counts one year
 * as "rok" ("Minimum 1 rok doświadczenia"), two to four as "lata", more as "lat".
 */
export const YEAR_WORDS =
  'years?|yrs?|jahre?n?|ans?|années?|años?|jaar|års?|ann[io]|anos?|lata?|lat|roku?|vuo(?:den|tta)';
export const EXPERIENCE_WORDS =
  'experience|exp\\b|berufserfahrung|erfahrung|exp[ée]rience|experiencia|experi[êe]ncia|esperienza|do[śs]wiadczeni[ea]|erfaring|kokemus|(?:werk)?ervaring|erfarenhet|in (?:the|a|an) [\\w-]+ (?:industry|role|field|environment)|in (?:the )?(?:it|tech|software)|working|professional';

/** Education levels, lowest first: [label, words (case-insensitive), abbreviations (case-sensitive)]. */
export const EDUCATION_LEVELS: ReadonlyArray<readonly [string, string, string]> = [
  ['High school', '\\bhigh school\\b|\\bmatura\\b|\\babitur\\b|\\bbaccalaur[ée]at\\b|\\bbachillerato\\b', '\\bGED\\b'],
  ["Associate's", "\\bassociate'?s? degree\\b", '(?!)'],
  [
    'Vocational training',
    '\\babgeschlossene (?:berufs)?ausbildung\\b|\\bformation professionnelle\\b|\\bformaci[óo]n profesional\\b',
    '(?!)',
  ],
  [
    "Bachelor's",
    '\\bbachelor|\\b(?:cs|university|college|engineering|undergraduate|four-year|4-year) degree\\b|\\bdegree (?:in|within)\\b|\\bdegree qualification\\b|\\bstudium\\b|\\bhochschulabschluss\\b|\\blicenciatura\\b|\\bgrado universitario\\b',
    '\\bB\\.?Sc?\\b\\.?|\\bB\\.A\\.|\\bBA\\b|\\bBS/MS\\b|\\bBSc\\b',
  ],
  [
    "Master's",
    "\\bmaster'?s?(?: degree)?\\b|\\bmáster\\b|\\bdiplom(?:-| )?(?:ingenieur|abschluss)?\\b",
    // "MS Excel", "MS Office": Microsoft, not a Master of Science.
    '\\bM\\.?Sc?\\b(?!\\s*(?:Excel|Office|Word|Project|Teams|Access|Visio|PowerPoint|Outlook|SQL|Dynamics|365)\\b)|\\bMBA\\b',
  ],
  ['PhD', '\\bph\\.?d\\b|\\bdoctorate\\b|\\bdoctoral\\b|\\bdoctorat\\b|\\bdoctorado\\b', '(?!)'],
];
export const EQUIVALENT_EXPERIENCE =
  /\bor equivalent(?: practical| work)? experience\b|\bor equivalent\b|\boder vergleichbar/i;

export const OFFICE_DAYS =
  /\b([1-5]|one|two|three|four|five)\s*(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|\/)\s*week\s*(?:in|at|from)\s*(?:the|our)?\s*(?:office|hq|studio)|\b(?:in|at)\s*(?:the|our)?\s*office\s*([1-5]|one|two|three|four|five)\s*days?\b|\b([1-5])\s*tage?\s*(?:pro|die|in der)\s*woche\s*(?:im|vor ort|in)\b/i;

export const TRAVEL_PATTERNS =
  /\b(?:up to\s*)?\d{1,3}\s*%\s*(?:of the time\s*)?travel\b|\btravel(?:ling)? (?:up to\s*)?\d{1,3}\s*%|\b\d+\s*[-–]\s*\d+\s*(?:yearly|annual)?\s*travel days\b|\b(?:significant|frequent|extensive|occasional|some|regular|international|domestic) travel\b|\btravel (?:is )?required\b|\brequired to travel\b|\bwillingness to travel\b|\bno travel\b|\breisebereitschaft\b|\bd[ée]placements?\b|\bdisponibilidad para viajar\b/i;

export const VISA_NO =
  /\b(?:unable|not able|cannot|can ?not|will not|won'?t|do(?:es)? not|are not able to)\s+(?:to\s+)?(?:offer|provide|support|sponsor)\w*\s+(?:\w+\s+){0,3}(?:visa|sponsorship|work authori[sz]ation)|\bno (?:visa )?sponsorship\b|\bsponsorship (?:is )?not (?:available|offered|provided)|\bwithout (?:the need for )?(?:visa )?sponsorship\b|\bmust be (?:legally )?authori[sz]ed to work\b/i;
export const VISA_YES =
  /\b(?:visa sponsorship|sponsorship) (?:is )?(?:available|offered|provided|possible)\b|\bwe (?:will|can|do) sponsor\b|\bwill(?:ing)? to sponsor\b|\b(?:offer|provide)s? (?:visa )?sponsorship\b|\brelocation and visa support\b/i;

export const CLEARANCE =
  /\b(?:TS\/SCI|top secret|secret clearance|security clearance|active (?:secret|clearance)|public trust|SC clearance|DV clearance|NV1|NV2|Sicherheits(?:ü|ue)berpr(?:ü|ue)fung|habilitation (?:de )?s[ée]curit[ée])\b/i;

/** Seniority, checked against the title first, then the text. Most specific first. */
export const SENIORITY_PATTERNS: ReadonlyArray<readonly [string, string]> = [
  [
    'Intern',
    '\\bintern(?:ship)?\\b|\\bpraktik(?:um|ant)\\b|\\bwerkstudent|\\bstagiaire\\b|\\bstage\\b|\\bpr[áa]cticas\\b|\\bbecari[oa]\\b',
  ],
  [
    'Entry level',
    '\\bnew grads?\\b|\\bgraduate\\b|\\bentry[- ]level\\b|\\btrainee\\b|\\bberufseinsteiger|\\bjunior\\b|\\bjr\\.?\\b|\\bL1\\b|신입',
  ],
  ['Executive', '\\bchief\\b|\\bC[ETOFI]O\\b|\\bvice president\\b|\\bVP\\b|\\bexecutive\\b'],
  ['Director', '\\bdirector\\b|\\bhead of\\b|\\bleiter\\b|\\bdirect(?:eur|or)\\b'],
  ['Principal', '\\bprincipal\\b|\\bdistinguished\\b'],
  ['Staff', '\\bstaff\\b'],
  ['Lead', '\\blead\\b|\\bteam lead\\b|\\btech lead\\b'],
  // Not "management": it names the field in "Management Accountant", "Waste Management Operative".
  ['Manager', '\\bmanager\\b'],
  ['Senior', '\\bsenior\\b|\\bsr\\.?\\b|\\bL4\\b|\\bIII\\b'],
  ['Mid level', '\\bmid[- ]?(?:level|senior)\\b|\\bintermediate\\b|\\bII\\b|\\bL3\\b'],
];
