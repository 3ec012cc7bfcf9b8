/**
 * What a person holds rather than does: licences, tickets, certificates, degrees, and a language named with its
 * level. A short list item that names one is a must-have wherever it stands ("Gültiger Staplerschein",
 * "Permis B", "Valid CSCS card", "Fluent Dutch"), even under a heading no list knows. Sources for `credentials.ts`.
 */

/** A word that names a credential, in English, German, French, Dutch and Spanish. */
export const CREDENTIAL_WORDS: readonly string[] = [
  '\\b(?:licen[cs]es?|certificates?|certification|permits?|degree|diploma|qualifications?)\\b',
  '\\b(?:cscs|sia|cpcs|npors|ipaf|pasma|smsts|sssts|nebosh|iosh|dbs|cpc|adr|hgv|lgv|cdl|nvq|hnc|hnd|bsc|msc|mba|phd|b\\.sc|m\\.sc)\\b',
  // German compounds end in the credential: Führerschein, Staplerschein, Sachkundenachweis, Berufsabschluss.
  '[a-zäöüß]*(?:schein|zertifikat|nachweis|fahrerlaubnis|meisterbrief|gesellenbrief|ausbildung|studium)\\b',
  // "Berufsabschluss", "Hochschulabschluss", "Abschluss als …"; not "Jahresabschluss", the annual accounts.
  '(?:berufs|hochschul|studien|schul|fachhochschul|universit[äa]ts|bachelor|master)abschluss\\b|\\babschluss (?:als|in|im|zum|zur)\\b',
  '\\bklasse (?:[a-d]e?|c1e?)\\b',
  '\\b(?:permis|certificat|habilitation|caces|dipl[ôo]me|bts|dut|bac|titre professionnel|carte professionnelle)\\b',
  '\\b(?:rijbewijs|certificaat|vca|heftruckcertificaat|bhv)\\b',
  '\\b(?:carn[eé]t?|permiso de conducir|certificado|t[íi]tulo|titulaci[óo]n|grado en|licenciatura|m[áa]ster|ciclo formativo)\\b',
];

/** "Valid passport", "Gültiger …", "… valide", "Geldig …", "… vigente": a document said to be in force. */
export const IN_FORCE =
  '^(?:valid|g[üu]ltige[rns]?|geldige?)\\b|\\b(?:valide|en cours de validit[ée]|vigente|en vigor)\\b';

/** Languages, in the five languages postings here are written in. */
export const LANGUAGE_NAMES =
  '\\b(?:english|englisch|anglais|engels|ingl[ée]s|german|deutsch|allemand|duits|alem[áa]n|french|franz[öo]sisch|fran[çc]ais|frans|franc[ée]s|dutch|niederl[äa]ndisch|n[ée]erlandais|nederlands|neerland[ée]s|spanish|spanisch|espagnol|spaans|espa[ñn]ol|castellano|italian|italienisch|italien|italiaans|italiano|portuguese|portugiesisch|portugais|portugees|portugu[ée]s|polish|polnisch|polonais|pools|polaco|welsh|flemish|vlaams|flamand)\\b';

/** How well the language is spoken: "Fluent", "fließend", "courant", "vloeiend", "fluido", "C1". */
export const LANGUAGE_LEVEL =
  '\\b(?:fluent|fluency|native|bilingual|business|conversational|proficient|advanced|flie(?:ß|ss)end(?:e|es)?|verhandlungssicher(?:e|es)?|muttersprach\\w*|sehr gute?|courant|bilingue|natif|native|maternelle|vloeiend|uitstekend|moedertaal|fluido|nativo|avanzado|biling[üu]e|[abc][12])\\b';
