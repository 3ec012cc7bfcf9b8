/**
 * What a page says when its job no longer takes applications, in the languages Jobshelf reads. Data
 * only: the page's notice (`generic/closed-notice.ts`) and the background's closed-posting check
 * (`utils/reminders/closed-check.ts`) both read it. Each pattern names the job and its closed state,
 * so an open posting's own words ("applications close on Friday") never match. Lower case: tested on folded text.
 */
import { foldCase } from '../../text/text-test';

export const CLOSED_PHRASES: readonly RegExp[] = [
  /no longer (accepting|taking|open for|open to) (applications|applicants|candidates)/,
  /(job|position|posting|vacancy|role|opening|advert|listing)( you('re| are) (looking for|trying to apply for))? (is|has) (now )?(no longer (available|open|advertised|active|live)|closed|expired|filled|removed|been (filled|closed|removed|expired))/,
  /this (job|position|posting|vacancy|role|advert) (has )?(expired|closed)\b/,
  /applications? (for this (job|position|role|vacancy) )?(are|is|have) (now )?closed/,
  /the closing date (for applications )?has passed/,
  /job posting you('re| are) looking for might have closed/,
  /(stelle|stellenanzeige|anzeige|position) ist (leider )?(nicht mehr (verfügbar|aktiv|online|ausgeschrieben)|bereits besetzt|abgelaufen)/,
  /es werden keine bewerbungen mehr angenommen|bewerbungsfrist ist abgelaufen/,
  /offre (n'est plus (disponible|active|en ligne)|a expiré|est expirée|a été pourvue|est pourvue)|poste (a été |est )?pourvu\b/,
  /oferta (ya no está disponible|ha caducado|ha expirado|está cerrada|ha sido cubierta)|ya no se aceptan (solicitudes|candidaturas)/,
  /vacature is (niet meer beschikbaar|gesloten|vervuld|verlopen)/,
  /(offerta|annuncio|posizione) (non è più disponibile|è scadut[ao]|è stat[ao] chius[ao])/,
  /(vaga|oferta) (encerrada|expirada|não está mais disponível|já não está disponível)|não aceita mais candidaturas/,
  /(tjänsten|annonsen) är (tillsatt|stängd|avslutad)|ansökningstiden har gått ut|stillingen er besat|annoncen er udløbet|søknadsfristen er utløpt/,
];

/** All of them in one expression, lower case on folded text: one scan of a notice instead of fourteen, no `i` to compile. */
const CLOSED = new RegExp(CLOSED_PHRASES.map((pattern) => `(?:${pattern.source})`).join('|'));

export const isClosedPhrase = (text: string): boolean => CLOSED.test(foldCase(text));
