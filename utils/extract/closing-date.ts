/**
 * The one reader of closing-date phrases in text ("Apply by 3 November 2026", "Closing date:
 * 2026-11-03", "Bewerbungsschluss: 03.11.2026", "Date limite de candidature : …"). Extraction reads
 * a description with it; reminders read a saved posting's text with it, so both agree.
 */
import { foldCase } from '../text/text-test';
import { DEADLINE_LABELS } from './data/vocabulary';
import { parseDate } from './normalize';

/** Words that begin a start date ("Tiltrædelse senest 1. marts", "Inizio entro il…", "Start date 1 March"): never a deadline. */
const START_WORDS =
  /\b(?:start(?:ing)?(?: date)?|begin(?:s|ning)?|tiltrædelse|tiltredelse|tillträde|eintritt(?:sdatum)?|stellenantritt|arbeitsbeginn|dienstbeginn|date de début|prise de poste|incorporación|fecha de inicio|início|inizio|aanvang|indiensttreding|startdatum|rozpoczęcie|aloitus)/u;
const START_CLAUSE = new RegExp(`${START_WORDS.source}[^.;\\n]*`, 'gu');

/**
 * The first closing date the text states, as YYYY-MM-DD: the date right after a closing phrase,
 * else one elsewhere on its line, else on one of the two lines after it (a label above its value).
 */
export function readClosingDate(text: string): string | null {
  if (!text) return null;
  // Lower case, for lower-case word lists: V8 compiles these long lists far faster without the `i` flag.
  const body = foldCase(text.slice(0, 300_000));
  const phrases = new RegExp(DEADLINE_LABELS.source, 'g');
  for (const match of body.matchAll(phrases)) {
    // "Tiltrædelse senest 1. marts": the phrase belongs to a start date.
    const lead =
      body
        .slice(Math.max(0, match.index - 40), match.index)
        .split(/[.!?;\n]\s/)
        .pop() ?? '';
    if (START_WORDS.test(lead)) continue;
    const end = match.index + match[0].length;
    const after = parseDate(body.slice(end, end + 60).replace(START_CLAUSE, ' '));
    if (after) return after;
    const lineStart = body.lastIndexOf('\n', match.index) + 1;
    const lineEnd = body.indexOf('\n', end);
    const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
    if (line.length > 300) continue;
    const next = body.slice(lineEnd < 0 ? body.length : lineEnd + 1).split('\n', 2);
    for (const candidate of [line, ...next]) {
      const date = parseDate(candidate.replace(START_CLAUSE, ' ').replace(phrases, ' '));
      if (date) return date;
    }
  }
  return null;
}
