/**
 * Labels that introduce one field's value in a fact table, a definition list, a "Label: value"
 * line or a label/value pair of siblings. Data only. Lower-case, without the trailing colon;
 * matched against the whole label text (after trimming ":" and whitespace).
 * Languages: English, German, French, Spanish, Dutch, Danish/Norwegian/Swedish, a little Italian
 * and Portuguese.
 */
export type LabelledField = 'locations' | 'company' | 'salary' | 'employmentType' | 'datePosted' | 'validThrough' | 'workMode';

export const FIELD_LABELS: ReadonlyArray<readonly [LabelledField, readonly string[]]> = [
  ['locations', [
    'location', 'locations', 'job location', 'work location', 'workplace', 'place of work', 'city', 'office', 'based in',
    'standort', 'standorte', 'arbeitsort', 'einsatzort', 'dienstort', 'ort',
    'lieu', 'lieu de travail', 'localisation', 'ville',
    'ubicación', 'ubicacion', 'localización', 'lugar de trabajo', 'ciudad',
    'locatie', 'standplaats', 'werklocatie', 'plaats',
    'arbejdssted', 'arbetsort', 'arbeidssted', 'placering', 'lokation', 'sted', 'ort/placering',
    'sede', 'località', 'localidade',
  ]],
  ['company', [
    'company', 'employer', 'recruiter', 'hiring organisation', 'hiring organization', 'hiring company', 'organisation', 'organization',
    'arbeitgeber', 'unternehmen', 'firma',
    'entreprise', 'société', 'employeur',
    'empresa', 'empleador',
    'werkgever', 'bedrijf', 'organisatie',
    'virksomhed', 'arbejdsgiver', 'arbetsgivare', 'företag', 'arbeidsgiver',
    'azienda',
  ]],
  ['salary', [
    'salary', 'pay', 'compensation', 'salary range', 'pay range', 'base salary', 'wage', 'remuneration', 'pay rate', 'rate',
    'gehalt', 'vergütung', 'jahresgehalt', 'bruttogehalt', 'lohn',
    'salaire', 'rémunération', 'remuneration',
    'salario', 'sueldo', 'retribución', 'remuneración',
    'salaris', 'loon', 'salarisindicatie',
    'løn', 'lön', 'lønn', 'löneform',
    'retribuzione', 'stipendio', 'salário',
  ]],
  ['employmentType', [
    'job type', 'employment type', 'type of employment', 'contract type', 'type of contract', 'contract', 'hours', 'work type', 'position type', 'commitment', 'schedule',
    'beschäftigungsart', 'anstellungsart', 'vertragsart', 'arbeitszeit', 'art der anstellung', 'anstellung', 'beschäftigungsumfang',
    'type de contrat', 'type d\'emploi', 'contrat', 'temps de travail',
    'jornada', 'tipo de contrato', 'tipo de jornada', 'tipo de empleo',
    'dienstverband', 'contractvorm', 'soort dienstverband', 'uren per week', 'arbeidsduur',
    'ansættelsesform', 'ansættelse', 'arbejdstid', 'anställningsform', 'omfattning', 'arbetstid', 'stillingstype',
    'tipo di contratto',
  ]],
  ['datePosted', [
    'date posted', 'posted', 'posted on', 'published', 'publication date', 'placed on', 'date published', 'listed', 'posting date',
    'veröffentlicht', 'veröffentlicht am', 'online seit', 'datum',
    'date de publication', 'publiée le', 'publié le', 'mise en ligne',
    'fecha de publicación', 'publicado', 'publicada',
    'geplaatst', 'geplaatst op', 'publicatiedatum',
    'offentliggjort', 'indrykket', 'publiceret', 'publicerad', 'publiceringsdatum',
  ]],
  ['validThrough', [
    'closing date', 'closes', 'deadline', 'application deadline', 'deadline for applications', 'apply by', 'apply before', 'applications close', 'expires', 'expiry date', 'end date for applications',
    'bewerbungsfrist', 'bewerbungsschluss', 'bewerben bis',
    'date limite', 'date limite de candidature', 'date de clôture',
    'fecha límite', 'fecha limite', 'plazo', 'fecha de cierre',
    'sluitingsdatum', 'reageren voor', 'reageren tot', 'solliciteren tot',
    'ansøgningsfrist', 'sista ansökningsdag', 'sista ansökningsdatum', 'søknadsfrist', 'ansök senast',
    'scadenza',
  ]],
  ['workMode', [
    'remote', 'remote status', 'work mode', 'workplace type', 'work model', 'remote work', 'home office', 'télétravail', 'teletrabajo', 'thuiswerken', 'hjemmearbejde', 'distansarbete',
  ]],
];

/** Exact label text → field, built once from the lists above. */
export const LABEL_INDEX: ReadonlyMap<string, LabelledField> = new Map(
  FIELD_LABELS.flatMap(([field, labels]) => labels.map((label) => [label, field] as const)),
);

/**
 * Employment values a label introduces, beyond the shared vocabulary: French CDI/CDD, Spanish
 * "completa", Scandinavian "fastansættelse". Checked before the general words, so "Type de contrat :
 * CDI" reads as permanent (full-time) and never as "contract".
 */
export const CONTRACT_VALUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(cdi|indefinido|indefinida|unbefristet|festanstellung|fastansættelse|fast ansættelse|fastanställning|tillsvidare|vast dienstverband|vaste aanstelling|permanent|tempo indeterminato)\b/i, 'FULL_TIME'],
  [/\b(completa|jornada completa|tiempo completo|fulltime|full[\s-]?time|vollzeit|heltid|fuldtid|voltijd|temps plein|temps complet)\b/i, 'FULL_TIME'],
  [/\b(parcial|media jornada|parttime|part[\s-]?time|teilzeit|deltid|deeltijd|temps partiel)\b/i, 'PART_TIME'],
  [/\b(cdd|temporal|tidsbegrænset|visstid|tijdelijk|befristet|fixed[\s-]?term|tempo determinato)\b/i, 'TEMPORARY'],
  [/\b(alternance|apprentissage|ausbildung|werkstudent|stage|prácticas|praktik|praktikum|internship|stagiair)\b/i, 'INTERN'],
  [/\b(freelance|freiberuflich|indépendant|autónomo|zzp|contract(or)?)\b/i, 'CONTRACT'],
];
