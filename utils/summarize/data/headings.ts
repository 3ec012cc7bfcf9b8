/**
 * Section heading vocabulary (English, German, French, Spanish). Each entry is a regular
 * expression source tested, case-insensitively, against a heading with its trailing colon and
 * punctuation removed and curly quotes straightened. Order matters: the first kind that matches
 * wins, so "preferred qualifications" is checked before "qualifications".
 */

export type SectionKind =
  | 'about'
  | 'responsibilities'
  | 'requirements'
  | 'preferred'
  | 'benefits'
  | 'compensation'
  | 'boilerplate'
  /** A role overview or an unknown heading: its lines are classified one by one. */
  | 'overview'
  /** How to apply, contact, deadline: not part of the summary. */
  | 'other';

export const HEADING_VOCABULARY: ReadonlyArray<readonly [SectionKind, readonly string[]]> = [
  [
    'boilerplate',
    [
      'equal (employment )?opportunit', '\\beeo\\b', 'diversity (statement|and inclusion|& inclusion|, equity)', 'accommodation',
      'privacy (notice|policy|statement)', 'data protection', 'datenschutz', 'protection des donn[ée]es',
      'protecci[óo]n de datos', 'e-?verify', 'fair chance', 'other notices', 'legal (notice|disclaimer)',
      'recruiting scams?', 'fraud(ulent)? (recruit|job)', 'referral instructions', 'similar jobs', 'meet the hiring team',
      'related jobs', 'chancengleichheit', '[ée]galit[ée] des chances', 'igualdad de oportunidades',
      'know your rights', 'pay transparency', '^regions$', '^countries$', '^states$', '^cities$', '^roles$',
    ],
  ],
  [
    'preferred',
    [
      'nice[ -]to[ -]haves?', 'preferred', 'bonus (points|if)', 'plus(es)? if', 'it\'?s a plus', 'would be a plus',
      'ways to stand out', 'stand out', 'ideally,? you (also )?(have|bring)', 'may also have', 'good to have',
      'desired (skills|qualifications|experience)', 'desirable', 'additional (skills|qualifications)', 'even better',
      'extra (credit|points)', 'we prefer', 'pluspunkte', 'w[üu]nschenswert', 'von vorteil', 'idealerweise',
      'atouts?', 'serait un plus', 'appr[ée]ci[ée]', 'souhait[ée]', 'deseable', 'valorable', 'se valorar[áa]',
      'ser[áa] un plus', 'competencias deseables', '^bonus( skills| qualifications)?$', '^(a )?plus(es)?$', '^bonus points',
      '^extra$', '^optional$', 'nice[ -]to[ -]have (skills|qualifications|experience)',
    ],
  ],
  [
    'compensation',
    [
      '^(salary|pay|compensation|base pay|base salary|total rewards)( range| and benefits| & benefits)?$',
      'salary range', 'pay range', 'compensation range', 'gehalt', 'verg[üu]tung', 'entlohnung', 'r[ée]mun[ée]ration',
      'salaire', 'salario', 'retribuci[óo]n', 'remuneraci[óo]n', 'sueldo',
    ],
  ],
  [
    'benefits',
    [
      'benefits?', 'perks', 'what we offer', 'we offer', 'what\'?s in it for you', 'why (you\'ll love|join|work (with|for) us)',
      'our offer', 'what you( will|\'ll)? get', 'what you can expect', 'we provide', 'rewards',
      'wir bieten', 'unser angebot', 'das bieten wir', 'was wir (dir|ihnen) bieten', 'deine vorteile', 'ihre vorteile',
      'benefits', 'nous (vous )?offrons', 'ce que nous (vous )?offrons', 'avantages', 'pourquoi nous rejoindre',
      'ofrecemos', 'qu[ée] ofrecemos', 'beneficios', 'lo que ofrecemos', 'te ofrecemos',
    ],
  ],
  [
    'overview',
    [
      'about the (role|position|job|opportunity)', '^(the )?role$', '^(the )?position$', 'role overview', 'job summary',
      '^overview$', '^summary$', 'the opportunity', 'die stelle', 'le poste$', 'descripci[óo]n del puesto',
      '^stellenbeschreibung$', '^descriptif du poste$', '^description du poste$', '^additional information$',
      '^zus[äa]tzliche informationen$', '^informations? compl[ée]mentaires?$', '^informaci[óo]n adicional$',
    ],
  ],
  [
    'responsibilities',
    [
      'responsibilit', 'what you\'?ll (do|be doing|work on)', 'what you will (do|be doing|work on)', 'you will', 'you\'?ll:?$',
      'in this role,? you', 'your (role|mission|impact|tasks|day|job)', 'duties',
      'tasks', 'what the job involves', 'how you will make an impact', 'what you\'?ll be doing', 'day[ -]to[ -]day',
      'key (job )?responsibilities', 'representative projects', 'the job', 'job description', 'what you\'?ll own',
      'aufgaben', 't[äa]tigkeiten', 'das erwartet (dich|sie)', 'was dich erwartet',
      'ihr aufgabengebiet', 'deine rolle', 'missions?', 'votre r[ôo]le', 'responsabilit[ée]s',
      'ce que vous ferez', 'funciones', 'responsabilidades', 'tus funciones', 'qu[ée] har[áa]s', 'tareas',
    ],
  ],
  [
    'requirements',
    [
      'requirements?', 'qualifications?', 'what you( will)? need', 'what you\'?ll need', 'what we( are)? look(ing)? for',
      'who you are', 'about you', 'you have', 'you bring', 'what you(\'ll| will) bring', 'you(\'ll| will) bring', 'you are', 'you may be a good fit', 'you might be a fit',
      'good fit', 'must[ -]haves?', 'what we need to see', 'skills', 'experience', 'your profile', 'profile', 'ideal candidate',
      'what will make you successful', 'to be successful', 'what you bring', 'minimum', 'basic qualifications',
      'required', 'ideally you\'?d have', 'you should have', 'competencies', 'tech[- ]stack', 'education',
      'ihr profil', 'dein profil', 'anforderungen', 'qualifikationen?', 'das bringst du mit', 'was (du|sie) mitbringst?',
      'das zeichnet (dich|sie) aus', 'was wir erwarten', 'voraussetzungen', 'kenntnisse',
      'profil recherch[ée]', 'votre profil', 'profil', 'comp[ée]tences', 'exigences', 'qualifications requises',
      'ce que nous recherchons', 'requisitos', 'perfil', 'qu[ée] buscamos', 'buscamos', 'tu perfil', 'experiencia',
      'habilidades', 'conocimientos', 'expect you to have', 'we expect', 'candidates? (need|should|must|will have)',
      'qualified candidates', 'you\'?ll need', 'what it takes',
    ],
  ],
  [
    'about',
    [
      '^about', 'about us', 'who we are', 'how we\'?re different', 'what makes us different', 'why join us', 'come work with us',
      'our culture', 'our values', 'life at', 'the company', 'our company', 'company (description|overview)', 'unternehmensbeschreibung', 'description de l\'entreprise', 'descripci[óo]n de la empresa', 'our (mission|story|team)',
      'about the (team|department|company)', 'why work at', 'working at', '^where we work$', 'hi there', 'the team', 'team focus',
      '[üu]ber uns', 'wer wir sind', 'das unternehmen', 'qui sommes[- ]nous', '[àa] propos', 'l\'entreprise',
      'sobre nosotros', 'qui[ée]nes somos', 'la empresa', 'acerca de',
    ],
  ],
  [
    'other',
    [
      'how to apply', 'application', 'apply', 'deadline', 'contact', 'location', 'weitere informationen',
      'bewerbung', 'kontakt', 'candidature', 'postuler', 'interview process', 'hiring process', 'recruit(ing|ment) process',
      'bewerbungsprozess', 'd[ée]roulement des entretiens', 'processus de recrutement', 'proceso de selecci[óo]n', 'c[óo]mo aplicar', 'postulaci[óo]n', 'openings', 'levels?',
    ],
  ],
];

/**
 * Page clutter after (or around) the posting: other jobs, alerts, cookie banners, disclaimers. What
 * follows such a heading stays out of the summary until a known section heading: similar-job cards
 * carry titles of their own ("Data Scientist, Forecasting") and "3+ years" that are not this job's.
 */
export const CLUTTER_HEADING_PATTERNS: readonly string[] = [
  'similar (jobs|roles|positions|postings|openings)', 'related (jobs|roles|positions)', 'recommended (jobs|for you|roles)',
  'jobs? you (may|might) (like|be interested in)', 'people (also )?(viewed|searched|applied)', 'more jobs', 'other jobs',
  'explore (more|other) jobs', 'job alerts?', 'get (notified|job alerts)', 'create (a )?(job )?alert', 'cookies?( settings| preferences| policy| consent)?$',
  'we use cookies', 'disclaimer', 'meet the hiring team', 'report (this )?(job|ad|listing|posting)', 'the hiring team$',
  '(more )?jobs at .{1,40}$', 'more jobs from', 'ähnliche (jobs|stellen(angebote)?)', 'weitere jobs', 'offres similaires', 'emplois similaires',
  'empleos similares', 'ofertas similares',
];

/** A heading run into the end of a paragraph ("… products. What You'll Do") has at most this many words. */
export const INLINE_HEADING_MAX_WORDS = 8;

/** Lines that read like a requirement when a posting has no headings (or an overview section). */
export const REQUIREMENT_LINE_PATTERNS: readonly string[] = [
  '\\b\\d+\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d+\\s*\\+?\\s*)?(?:years?|yrs|jahre|ans|años)\\b',
  '\\b(?:degree|bachelor|master|ph\\.?d|diploma|certification|certified)\\b',
  '\\bexperience (?:with|in|using|of|building|designing|working)\\b', '\\bexperienced (?:in|with)\\b',
  '\\bproficien(?:t|cy)\\b', '\\bfamiliar(?:ity)? with\\b', '\\bknowledge (?:of|in)\\b', '\\b(?:ability|able) to\\b',
  '\\bunderstanding of\\b', '\\bfluen(?:t|cy)\\b', '\\bstrong\\b.*\\bskills\\b', '\\bexpertise (?:in|with)\\b',
  '\\bbackground in\\b', '\\btrack record\\b', '\\bmust (?:have|be)\\b', '\\brequired\\b',
  '^(?:have|has|are|possess)\\b(?! you)', '\\bhands[- ]on\\b', '\\bcomfort(?:able)? (?:with|working)\\b', '\\bexcellent\\b.*\\bskills\\b',
  '\\bkenntnisse\\b', '\\berfahrung\\b', '\\bstudium\\b', '\\bausbildung\\b', '\\bexp[ée]rience\\b', '\\bma[îi]trise\\b',
  '\\bdipl[ôo]me\\b', '\\bexperiencia\\b', '\\bconocimientos?\\b', '\\bt[íi]tulo\\b', '\\bpassionate about\\b',
  "^you(?:'re|’re| are| have|'ve|’ve)\\b", '\\bskills?\\b',
];

/**
 * An item that opens like a requirement: years, a degree, "Experience with", "Proficiency in",
 * "Knowledge of". In a "What you'll do" list such an item is a must-have that lost its heading.
 */
export const REQUIREMENT_START_PATTERNS: readonly string[] = [
  '^(?:at least |minimum (?:of )?)?\\d{1,2}\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:years?|yrs)\\b',
  "^(?:an? )?(?:bachelor|master|ph\\.?d|doctorate|(?:b|m)\\.?sc?\\b|ba\\b|ma\\b|degree|university degree|diploma)",
  '^(?:proven |demonstrated |prior |previous |professional |hands-on |strong |solid |deep |extensive |relevant |practical |some )?(?:experience|proficiency|knowledge|familiarity|expertise|background|understanding|fluency) (?:with|in|of|using|building|designing|working|developing|as)\\b',
  '^(?:excellent|strong|good|solid|outstanding) .{0,60}\\b(?:skills|abilities|knowledge|understanding|experience)\\b',
  '^(?:ability|able) to\\b', '^(?:fluent|proficient|experienced|comfortable|familiar) (?:in|with)\\b', '^track record\\b',
  '^(?:mehrj[äa]hrige |fundierte |sehr gute |gute |erste )?(?:erfahrung|kenntnisse)\\b', '^abgeschlossene[sn]? (?:studium|ausbildung)',
  "^(?:exp[ée]rience|ma[îi]trise|connaissances?|dipl[ôo]me) (?:en|de|des|du|d'|d’|avec|dans|significative|confirm[ée]e)",
  '^(?:experiencia|conocimientos?|dominio|t[íi]tulo|licenciatura|grado) (?:en|con|de|del|previa|demostrable|universitario)\\b',
];

/** Lines that read like a duty: an imperative or "-ing" verb first, or "you will". */
export const RESPONSIBILITY_VERBS: readonly string[] = [
  'own', 'build', 'design', 'develop', 'lead', 'manage', 'drive', 'create', 'implement', 'maintain', 'collaborate',
  'partner', 'work', 'write', 'ensure', 'support', 'deliver', 'improve', 'define', 'coordinate', 'analyze', 'analyse',
  'identify', 'monitor', 'plan', 'execute', 'review', 'mentor', 'establish', 'optimize', 'optimise', 'architect', 'help',
  'contribute', 'participate', 'conduct', 'prepare', 'oversee', 'provide', 'handle', 'research', 'publish', 'release',
  'evaluate', 'deploy', 'apply', 'measure', 'tackle', 'embed', 'profile', 'diagnose', 'ship', 'scale', 'shape', 'set',
  'train', 'test', 'operate', 'administer', 'lay', 'uphold', 'translate', 'report', 'present', 'negotiate', 'sell',
  'serve', 'assist', 'track', 'document', 'investigate', 'resolve', 'troubleshoot', 'automate', 'integrate', 'migrate',
  'configure', 'install', 'teach', 'care', 'recruit', 'hire', 'communicate', 'facilitate', 'advise', 'consult', 'make',
  'take', 'guide', 'grow', 'expand', 'launch', 'run', 'act', 'be',
];
export const RESPONSIBILITY_LINE_PATTERNS: readonly string[] = [
  '\\byou(?: will|\\\'ll|’ll)\\b', '\\bresponsible for\\b', '\\bin this role\\b', '\\bwill be (?:responsible|working|expected)\\b',
  // German duties in the second person ("Du pflegst …", "Du unterstützt …"); not "Du hast/bist/bringst …", which are the profile.
  '^du (?!(?:hast|bist|bringst|verfügst|besitzt|kennst|sprichst|beherrschst|möchtest|willst|suchst|liebst|denkst|überzeugst|zeichnest)\\b)[a-zäöüß]+t\\b',
];

/** In a requirements list, a line that says it is optional belongs with the nice-to-haves. */
export const PREFERRED_LINE_PATTERNS: readonly string[] = [
  '\\b(?:is |are |strongly )?preferr?ed\\b', '^(?:preferably|ideally)\\b', '\\bnice[ -]to[ -]have\\b', '\\b(?:is|are|would be) (?:an? )?(?:(?:strong|big|huge|definite|real|great|nice) )?(?:plus|advantage|bonus)\\b',
  '\\bvon vorteil\\b', '\\bist (?:ein|eine) (?:gro(?:ß|ss)es |echtes )?(?:plus|vorteil)\\b', '\\bw[üu]nschenswert\\b', '\\bidealerweise\\b', '\\bun (?:(?:vrai|r[ée]el|gros|grand) )?(?:plus|atout)\\b', '\\bes un (?:plus|punto a favor)\\b', '\\bserait un plus\\b',
  '\\bse valorar[áa]\\b', '\\bdeseable\\b', '\\bvalorable\\b', '\\bbonus\\b',
];

/** A line that opens by saying what the employer gives is a perk, whatever else it mentions ("… nach dem Studium"). */
export const BENEFIT_START_PATTERNS: readonly string[] = [
  '^(?:we (?:offer|pay|provide)|wir (?:bieten|zahlen)|nous (?:offrons|proposons)|(?:te |les )?ofrecemos)\\b',
];

/** In an untitled list, a line that reads like a perk. */
export const BENEFIT_LINE_PATTERNS: readonly string[] = [
  '\\bcompetitive (?:salary|pay|compensation|base)\\b', '\\bhealth (?:insurance|care|benefits)\\b', '\\bdental\\b',
  '\\b(?:paid time off|pto|unlimited (?:time off|vacation))\\b', '\\b401\\(?k\\)?', '\\bstock options\\b', '\\bparental leave\\b',
  '^a chance to\\b', '^a culture\\b', '\\bflexible (?:working|hours|work|schedule)', '\\bwellness\\b', '\\bremote-first\\b',
  '\\bstipend\\b', '\\bcommuter\\b', '\\bcatered\\b', '\\bgym\\b', '\\bpension\\b', '\\bbonus program',
];
