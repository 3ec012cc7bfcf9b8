/**
 * The job-details block job boards print after the description (Indeed: "Job Type: Full-time",
 * "Schedule:" with its rows, "Experience:" with "SQL: 3 years (Preferred)", "Work Location: In person").
 * Its rows are facts about the job, never duties. Labels are regular expression sources, matched
 * case-insensitively against the whole label (before its colon), in every language the board prints.
 */

/** Labels whose value or rows are facts (type, hours, place, questions): kept for the facts, listed in no section. */
export const JOB_DETAIL_FACT_LABELS: readonly string[] = [
  // English (Indeed US, UK, CA, AU, IN).
  'job types?',
  'employment type',
  'contract (?:type|length)',
  'expected hours',
  'hours',
  'schedule',
  'shifts?',
  'shift (?:and|&) schedule',
  'shift availability',
  'weekly day range',
  'day range',
  'work location',
  'work remotely',
  'ability to (?:commute|relocate)(?:/relocate)?',
  'willingness to travel',
  // "Experience level:" then "1 year" or "No experience needed": a facet of the search, not a must-have.
  'experience level',
  'application questions?(?:\\(s\\))?',
  'medical specialty',
  'physical setting',
  'work setting',
  'expected start date',
  'application deadline',
  'reference id',
  'supplemental pay(?: types)?',
  'additional pay',
  'people with a criminal record are encouraged to apply',
  // German.
  'art der stelle',
  'arbeitszeiten?',
  'arbeitsort',
  'schichtart',
  'vertragsart',
  'besch[äa]ftigungsart',
  'anstellungsart',
  'erwartete arbeitsstunden',
  'voraussichtliches eintrittsdatum',
  'bewerbungsfrage\\(n\\)|bewerbungsfragen?',
  // French.
  "type d['’]emploi",
  'horaires?',
  'lieu du poste',
  'date de d[ée]but pr[ée]vue',
  'question\\(s\\) de pr[ée]s[ée]lection|questions? de pr[ée]s[ée]lection',
  "nombre d['’]heures pr[ée]vues",
  // (France Travail's facts beside the ad.)
  'type de contrat',
  'dur[ée]e du travail',
  "nature d['’]offre",
  // Spanish.
  'tipo de puesto',
  'tipo de contrato',
  'horarios?',
  'lugar de trabajo',
  'fecha de inicio prevista',
  'pregunta\\(s\\) de postulaci[óo]n|preguntas? de postulaci[óo]n',
  'horas previstas',
  // Italian.
  'tipo di lavoro',
  'tipo di contratto',
  'orario',
  'sede di lavoro',
  'domande? di preselezione',
  'data di inizio prevista',
  // Dutch.
  'soort dienstverband',
  'rooster',
  'werklocatie',
  'verwacht aantal uur',
  'sollicitatievra(?:ag|gen)',
  // Portuguese.
  'tipo de vaga',
  'hor[áa]rio',
  'local de trabalho',
  'pergunta\\(s\\) de candidatura|perguntas? de candidatura',
  // Polish, Swedish.
  'rodzaj pracy',
  'miejsce pracy',
  'anst[äa]llningsform',
  'arbetsplats',
];

/** Labels whose rows are qualifications marked required or preferred ("Line cook: 1 year (Required)"). */
export const JOB_DETAIL_QUALIFICATION_LABELS: readonly string[] = [
  'experience',
  'education',
  'licen[cs]e(?:/certification)?',
  'certifications?',
  'languages?',
  'berufserfahrung',
  'ausbildung',
  'sprachen?',
  'f[üu]hrerschein(?:/zertifizierung)?',
  'lizenz(?:/zertifizierung)?',
  'exp[ée]rience',
  'formation',
  'langues?',
  'permis(?:/certification)?',
  'experiencia',
  'educaci[óo]n',
  'idiomas?',
  'licencia(?:/certificaci[óo]n)?',
  'esperienza',
  'istruzione',
  'lingu[ae]',
  'licenza(?:/certificazione)?',
  'ervaring',
  'opleiding',
  'talen?',
  'rijbewijs(?:/certificaat)?',
  'experi[êe]ncia',
  'escolaridade',
  'licen[çc]a(?:/certifica[çc][ãa]o)?',
];

/** How the block marks a row optional, in its parentheses: "(Preferred)", "(Wünschenswert)", "(Souhaité)". */
export const JOB_DETAIL_PREFERRED_MARKERS: readonly string[] = [
  'preferred',
  'w[üu]nschenswert',
  'bevorzugt',
  'souhait[ée]e?',
  'deseable',
  'preferible',
  'preferibile',
  'preferenziale',
  'gewenst',
  'desej[áa]vel',
  'preferencial',
  'mile widziane',
  'meriterande',
];

/** How the block marks a row required: "(Required)", "(Erforderlich)", "(Obligatoire)". */
export const JOB_DETAIL_REQUIRED_MARKERS: readonly string[] = [
  'required',
  'erforderlich',
  'obligatoire',
  'requis',
  'obligatorio',
  'obbligatorio',
  'richiesto',
  'vereist',
  'obrigat[óo]rio',
  'wymagane',
  'krav',
];
