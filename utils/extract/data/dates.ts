/**
 * Month names and abbreviations (lower-case, several languages, Czech genitives included), one '|'-separated string per month,
 * January first (compact in the capture script; `monthNumber` in normalize.ts indexes them once).
 */
export const MONTH_NAMES: readonly string[] = [
  'january|jan|januar|janvier|enero|januari|jänner|gennaio|janeiro|stycznia|styczeń|tammikuuta|ledna|leden',
  'february|feb|februar|février|fevrier|febrero|februari|febbraio|fevereiro|lutego|luty|helmikuuta|února|únor',
  'march|mar|märz|maerz|mars|marzo|maart|marts|março|marca|marzec|maaliskuuta|března|březen|maret',
  'april|apr|avril|abril|aprile|kwietnia|kwiecień|huhtikuuta|dubna|duben',
  'may|mai|mayo|maj|mei|maggio|maio|maja|toukokuuta|května|květen',
  'june|jun|juni|juin|junio|giugno|junho|czerwca|czerwiec|kesäkuuta|června|červen',
  'july|jul|juli|juillet|julio|luglio|julho|lipca|lipiec|heinäkuuta|července|červenec',
  'august|aug|août|aout|agosto|augustus|sierpnia|sierpień|elokuuta|srpna|srpen|augusti|agustus|agu',
  'september|sep|sept|septembre|septiembre|settembre|setembro|września|wrzesień|syyskuuta|září',
  'october|oct|oktober|okt|octobre|octubre|ottobre|outubro|października|październik|lokakuuta|října|říjen',
  'november|nov|novembre|noviembre|novembro|listopada|listopad|marraskuuta|listopadu',
  'december|dec|dezember|dez|décembre|decembre|diciembre|dicembre|dezembro|grudnia|grudzień|desember|des|joulukuuta|prosince|prosinec',
];

/** Relative-date units (several languages) → days. */
export const RELATIVE_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [
    /^(minutes?|mins?|m|minuten?|minuti|minutos|minut|hours?|hrs?|h|stunden?|heures?|horas?|ore|ora|godzin[ay]?|timer?|tuntia?|시간|분)$/i,
    0,
  ],
  [/^(days?|d|tagen?|tag|jours?|días?|dias?|giorn[io]|dni|dzień|dnia|dage?|dager|dagen?|päivää|päivä|일)$/i, 1],
  [
    /^(weeks?|w|wochen?|semaines?|semanas?|settiman[ae]|tygodni[e]?|tydzień|uger?|uker?|weken?|viikkoa?|viikko|주)$/i,
    7,
  ],
  [
    /^(months?|mo|monaten?|monat|mois|meses?|mês|mes[ei]|miesi[aą]c[ey]?|miesięcy|måneder?|maanden?|kuukautta|kuukausi|개월|달)$/i,
    30,
  ],
  [/^(years?|y|jahren?|jahr|ans?|años?|anni|anos?|lat|lata|rok|år|jaren?|vuotta|vuosi|년)$/i, 365],
];

export const TODAY_WORDS =
  /(?<![\p{L}])(today|just now|just posted|heute|aujourd'hui|hoy|i dag|vandaag|oggi|hoje|dzisiaj|tänään|오늘)(?![\p{L}])/iu;
export const YESTERDAY_WORDS =
  /(?<![\p{L}])(yesterday|gestern|hier|ayer|i går|gisteren|ieri|ontem|wczoraj|eilen|어제)(?![\p{L}])/iu;
