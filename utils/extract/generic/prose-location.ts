/**
 * A location stated in prose, when nothing else gives one: "work from our Vienna office",
 * "based in Berlin", "on-site in Santa Monica, California". Only names the place list or a
 * "City, Region" shape accepts.
 */
import { clean } from '../dom';
import { isPlace } from './places';

// Words of a name are joined by spaces, never by a line break: "…in Santa Monica, California.\nWhat you will do".
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]+(?:[ \t](?:am|an|de|del|la|le|upon)?[ \t]?\p{Lu}[\p{L}\p{M}.'’-]+){0,2}`;
const PLACE = String.raw`(${NAME}(?:,[ \t]${NAME}){0,2})`;
/** Where a small employer's staff work: "our friendly practice in Springfield, IL", "Family bakery in Portland, Maine needs…". */
const WORKPLACE = String.raw`(?:office|practice|clinic|surgery|pharmacy|restaurant|bakery|café|cafe|pub|bar|kitchen|shop|store|salon|garage|workshop|warehouse|depot|plant|factory|farm|hotel|guesthouse|inn|studio|nursery|care home|school|branch|firm|agency|company|business)`;
/**
 * Each pattern with the words one of which its match must contain (the patterns are case-sensitive):
 * a text without any of them skips the pattern, and the pattern is compiled only when a text has one.
 */
const PATTERNS: ReadonlyArray<readonly [words: readonly string[], source: string]> = [
  [
    ['our'],
    String.raw`\b(?:from|in|at|to|out of)\s+our\s+(${NAME})\s+(?:office|offices|headquarters|hq|studio|hub|site|campus|team|plant|warehouse|store|bakery|location|depot|branch|factory|clinic|practice|restaurant|hotel|shop|workshop|lab|centre|center)\b`,
  ],
  [['our', 'Our'], String.raw`\b[Oo]ur\s+(?:[\p{Ll}-]+\s+){0,2}${WORKPLACE}\s+in\s+${PLACE}`],
  // A line's opening words: "Small family bakery in Portland, Maine needs a bookkeeper".
  [[' in '], String.raw`(?:^|\n)(?:[\p{L}-]+\s+){0,3}${WORKPLACE}\s+in\s+${PLACE}`],
  [['based', 'located', 'situated'], String.raw`\b(?:based|located|situated)\s+(?:in|out of|at)\s+${PLACE}`],
  [['site'], String.raw`\bon[-\s]?site\s+(?:in|at)\s+${PLACE}`],
  [['office', 'headquarters', 'hq'], String.raw`\b(?:office|offices|headquarters|hq)\s+in\s+${PLACE}`],
  [['Standort', 'Arbeitsort'], String.raw`\b(?:Standort|Arbeitsort)\s+(?:ist\s+|in\s+)?${PLACE}`],
  [['basé', 'situé'], String.raw`\b(?:basé|basée|situé|située)\s+à\s+${PLACE}`],
  // "El puesto está ubicado en Sevilla", "con sede en Bilbao", "nuestra oficina de Málaga", "ons kantoor in Utrecht".
  [['ubicad', 'situad', 'sede'], String.raw`\b(?:ubicad[oa]|situad[oa]|con sede)\s+en\s+${PLACE}`],
  [['oficina'], String.raw`\boficinas?\s+(?:de|en)\s+${PLACE}`],
  [['kantoor', 'vestiging'], String.raw`\b(?:kantoor|vestiging)\s+in\s+${PLACE}`],
];
/** "St. Louis", "Ft. Worth": a full stop that ends an abbreviation, not the sentence. */
const SENTENCE_END = /(?<!\b(?:St|Ste|Ft|Mt|Pt))\.\s.*$/u;
const compiled: Array<RegExp | undefined> = [];

/** Before "based in": the employer as the sentence's subject ("Harrow & Pine is", "We are", "The company"). */
const SEAT_SUBJECT = /\b(?:we|we're|we’re|us|company|business|firm|group|family)\b|\b(?:is|are)\s*$/i;
/** …unless the sentence is about the job ("The role is", "You will be", "This team is"). */
const JOB_SUBJECT = /\b(?:role|position|job|post|vacancy|opening|you|you'll|you’ll|team|this|work|shift)\b/i;

/** Whether a match states the employer's seat ("Harrow & Pine is based in London", "our headquarters in Leeds"). */
function isSeat(head: string, m: RegExpMatchArray): boolean {
  if (/\b(?:headquarters|hq)\b/i.test(m[0])) return true;
  if (!/\b(?:based|located|situated)\b/.test(m[0])) return false;
  const before =
    head
      .slice(0, m.index)
      .split(/[.!?\n]\s/)
      .pop() ?? '';
  return SEAT_SUBJECT.test(before) && !JOB_SUBJECT.test(before);
}

/** The job as the subject: "The role is", "Ce poste est", "Die Stelle ist", "El puesto está". */
const JOB_ITSELF = /\b(?:role|position|job|post|vacancy|poste|emploi|stelle|puesto|vacature|functie|tjänsten)\b/i;

/** A sentence that opens with the job as its subject: "Le poste est …", "The role is …", "Die Stelle ist …". */
const JOB_OPENS =
  /^\s*(?:the |this |le |ce |la |el |este |die |diese |de |het |deze )?(?:role|position|job|post|poste|emploi|stelle|puesto|vacature|functie)\s+(?:is|est|ist|es|está|será|will be)\b/i;

/** A sentence about hiring for the job: "We are hiring a bookkeeper for our office in Galway". */
const HIRING = /\b(?:hiring|recruiting|looking for|seeking|join|zoeken|buscamos|recherchons|suchen)\b/i;

/** Whether a match says where the job is (not the employer's seat): "based in …", or the hire's workplace. */
function jobIsThere(head: string, m: RegExpMatchArray): boolean {
  const before =
    head
      .slice(0, m.index)
      .split(/[.!?\n]\s/)
      .pop() ?? '';
  // "… for our office in Galway", "vanuit ons kantoor in Zwolle": the hire's workplace, in a sentence that hires.
  if (/\b(?:our|ons|nuestra)\s/i.test(m[0]) && HIRING.test(before + m[0])) return true;
  if (!/(?<!\p{L})(?:based|located|situated|basée?|située?|ubicad[oa]|situad[oa])(?!\p{L})/u.test(m[0])) return false;
  // "Le poste est à pourvoir en CDI, à temps plein, basé à Angers": the job opened the sentence, its facts between.
  return JOB_ITSELF.test(before.split(/[,;:]\s/).pop() ?? '') || JOB_OPENS.test(before);
}

/**
 * The first place the text states as where the job is, or null. Reads the first 6,000 characters. A sentence that
 * gives the employer's seat counts only with `seats` (the last resort: an address or the title's town comes first).
 */
export function locationFromProse(text: string, seats = false): string | null {
  if (!text) return null;
  const head = text.slice(0, 6000);
  for (let i = 0; i < PATTERNS.length; i++) {
    const [words, source] = PATTERNS[i]!;
    if (!words.some((word) => head.includes(word))) continue;
    for (const m of head.matchAll((compiled[i] ??= new RegExp(source, 'gu')))) {
      if (!m[1] || (!seats && isSeat(head, m))) continue;
      let place = clean(m[1])
        .replace(SENTENCE_END, '')
        .replace(/[.,;:]+$/, '');
      // Keep only leading parts that read as places ("Santa Monica, California", not ", Inc").
      const parts = place.split(/,\s*/);
      while (parts.length > 1 && !isPlace(parts.join(', '))) parts.pop();
      place = parts.join(', ');
      if (isPlace(place) || isPlace(parts[0]!)) return place;
      // "The role is based in Tiverton", "poste basé à Nantes (44)": where the job itself is, said outright, names
      // its town even when the place list (kept small) does not know it.
      if (jobIsThere(head, m) && (parts[0] ?? '').split(/\s+/).length <= 2) return parts[0]!;
      break;
    }
  }
  return null;
}
