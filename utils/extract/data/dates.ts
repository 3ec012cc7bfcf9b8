/** Month names (lower-case, several languages) → month number 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, januar: 1, janvier: 1, enero: 1, januari: 1, jänner: 1, gennaio: 1,
  february: 2, feb: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, februari: 2, febbraio: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mars: 3, marzo: 3, maart: 3, marts: 3,
  april: 4, apr: 4, avril: 4, abril: 4, aprile: 4,
  may: 5, mai: 5, mayo: 5, maj: 5, mei: 5, maggio: 5,
  june: 6, jun: 6, juni: 6, juin: 6, junio: 6, giugno: 6,
  july: 7, jul: 7, juli: 7, juillet: 7, julio: 7, luglio: 7,
  august: 8, aug: 8, août: 8, aout: 8, agosto: 8, augustus: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, septiembre: 9, settembre: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10, octubre: 10, ottobre: 10,
  november: 11, nov: 11, novembre: 11, noviembre: 11,
  december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12, decembre: 12, diciembre: 12, dicembre: 12,
};

/** Relative-date units (several languages) → days. */
export const RELATIVE_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(minutes?|mins?|m|minuten?|hours?|hrs?|h|stunden?|heures?|horas?|timer?|시간|분)$/i, 0],
  [/^(days?|d|tagen?|tag|jours?|días?|dage?|dagen?|일)$/i, 1],
  [/^(weeks?|w|wochen?|semaines?|semanas?|uger?|weken?|주)$/i, 7],
  [/^(months?|mo|monaten?|monat|mois|meses?|måneder?|maanden?|개월|달)$/i, 30],
  [/^(years?|y|jahren?|jahr|ans?|años?|år|jaren?|년)$/i, 365],
];

export const TODAY_WORDS = /\b(today|just now|just posted|heute|aujourd'hui|hoy|i dag|vandaag|오늘)\b/i;
export const YESTERDAY_WORDS = /\b(yesterday|gestern|hier|ayer|i går|gisteren|어제)\b/i;
