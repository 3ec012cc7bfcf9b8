/**
 * The employer (and its town) a posting's opening sentence names as the one hiring: "Northgate Supply Co. is
 * looking for…", "Die Elektro Hansen GmbH in Kiel sucht…", "Impianti Rossi Srl cerca…". Small employers' own pages
 * often name themselves nowhere else.
 */
import { clean } from '../dom';

const WORD = String.raw`[\p{Lu}\d][\p{L}\p{M}\d&'’.-]*`;
const JOIN = String.raw`(?:&|and|und|et|y|e|of|de|du|des|van|von|der|di|del)`;
const NAME = String.raw`${WORD}(?:\s+(?:${JOIN}\s+)?${WORD}){0,5}`;
const TOWN = String.raw`\p{Lu}[\p{L}\p{M}.'’-]+(?:[\s-]\p{Lu}[\p{L}\p{M}.'’-]+){0,2}(?:,\s+\p{Lu}[\p{L}\p{M}.'’-]+)?`;
/** English verbs follow "is" / "are"; the others stand alone ("sucht", "recrute", "cerca" and "ricerca"). */
const ENGLISH_VERBS = String.raw`hiring|looking\s+for|seeking|searching\s+for|recruiting`;
const OTHER_VERBS = String.raw`sucht|zoekt|söker|søger|busca|recrute|recherche|cerca|ricerca`;
const VERB = String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?(?:${ENGLISH_VERBS})|${OTHER_VERBS}`;
const ARTICLE = String.raw`(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Ll]a|[Ll]e|[Ll]['’]|[Ee]l|[Hh]et|[Dd]e|[Ii]l|[Ll]o)\s+)?`;
/**
 * The verbs alone, without the name's letter classes: V8 compiles LEAD afresh in each page (about 10 ms) and the
 * lines of most pages hold none of these words.
 */
const VERB_GATE = new RegExp(`${ENGLISH_VERBS}|${OTHER_VERBS}`);
/** The name, then "in Town", then the verb; a German, French, Spanish, Dutch or Italian article before the name is not part of it. */
const LEAD = new RegExp(
  String.raw`^${ARTICLE}(${NAME})(?:\s+(?:in|aus|à|en|a|di|i)\s+(${TOWN}))?\s+(?:${VERB})(?![\p{L}])`,
  'u',
);
const EMPLOYER_NOUN = String.raw`(?:company|business|firm|provider|manufacturer|leader|employer|organi[sz]ation|agency|group|practice|clinic|hospital|school|charity|non-?profit|start-?up|retailer|restaurant|bakery|brand|platform|studio|consultancy|cooperative|[Uu]nternehmen|[Bb]etrieb|[Ff]amilienunternehmen|entreprise|société|empresa|azienda|bedrijf|företag|virksomhed)`;
/**
 * Other openers that name the employer: "At Northgate, we…", "Join Harbour Inn as…", "Pinewood Insurance is a
 * family-owned company…" (an acronym may stand among the words before the noun: "a residential HVAC company"), "Die Vogt GmbH ist ein Familienunternehmen…". The name only: no town. Each behind a gate of
 * plain words, as LEAD is.
 */
const OPENERS: ReadonlyArray<readonly [gate: RegExp, opener: RegExp]> = [
  [
    /^(?:At|Bei|Chez|En|Bij|Hos|På)\s/,
    new RegExp(
      String.raw`^(?:At|Bei|Chez|En|Bij|Hos|På)\s+(${NAME}),\s+(?:we|our|you|wir|nous|nosotros|wij|vi)(?![\p{L}])`,
      'u',
    ),
  ],
  // ("At Northgate we…" without the comma, in English only: "At Present we" and "At Home we" name no one.)
  [
    /^At\s/,
    new RegExp(
      String.raw`^At\s+(?!(?:Present|First|Last|Times?|Night|Home|Work|Least|Once|Best|This|That)\s)(${NAME})\s+(?:we|our)\s`,
      'u',
    ),
  ],
  [
    /^Join\s/,
    new RegExp(String.raw`^Join\s+(?:the\s+)?(${NAME})(?:['’]s)?\s+(?:as|team|family|in|on)(?![\p{L}])`, 'u'),
  ],
  [
    new RegExp(EMPLOYER_NOUN),
    new RegExp(
      String.raw`^${ARTICLE}(${NAME})\s+(?:is|ist|est|es|è|is|är|er)\s+(?:a|an|the|one of the|ein|eine|un|une|una|uno|een|en|ett)\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,5})\s+){0,4}${EMPLOYER_NOUN}(?![\p{L}])`,
      'u',
    ),
  ],
];

/** Words that open such a sentence without naming anyone: "We are looking for", "Our client is seeking", "The Company is hiring". */
const NO_NAME =
  /^(?:we|our|this|that|you|they|it|he|she|my|your|their|wir|unser\p{L}*|nous|notre|nosotros|nuestr\p{L}+|wij|ons|onze|noi)(?:\s|$)|^(?:the\s+)?(?:company|team|client|employer|practice|firm|business|organi[sz]ation|role|position|job|hiring manager|recruiter)$/iu;

/** The opening lines say who is hiring ("Ristorante Da Gino a Firenze cerca…"): a sign of a job ad, for detection. */
export function announcesHireInText(text: string): boolean {
  return text
    .slice(0, 1200)
    .split('\n', 4)
    .some((line) => {
      const name = VERB_GATE.test(line) ? clean(line).match(LEAD)?.[1] : undefined;
      return !!name && !NO_NAME.test(name);
    });
}

/**
 * A first-person hiring opener: "We are looking for…", "Wir suchen…", "Nous recherchons…", "Buscamos…", "Wij
 * zoeken…", "Vi söker…", "Cerchiamo…".
 */
const WE_HIRE =
  /^(?:we(?:\s+are|['’]re)\s+(?:currently\s+|now\s+)?(?:hiring|looking\s+for|seeking|recruiting)|wir\s+suchen|nous\s+(?:recherchons|recrutons)|buscamos|(?:wij|we)\s+zoeken|vi\s+(?:söker|søger|søker)|cerchiamo)\s/i;

/**
 * A paragraph that opens by announcing the hire, named ("Die Stadt Lauterbrück sucht…") or in the first person
 * ("We are looking for…"): the posting's own lead, wherever the page puts it.
 */
export function opensWithHire(text: string): boolean {
  const line = clean(text.slice(0, 300));
  if (WE_HIRE.test(line)) return true;
  const name = VERB_GATE.test(line) ? line.match(LEAD)?.[1] : undefined;
  return !!name && !NO_NAME.test(name);
}

/** The employer and town the opening lines name, read from the first few lines of the description. */
export function leadSentenceEmployer(description: string): { company: string; place: string | null } | null {
  for (const line of description.slice(0, 1200).split('\n', 4)) {
    const text = clean(line);
    const m = VERB_GATE.test(text) ? text.match(LEAD) : null;
    const opener = m ? null : OPENERS.map(([gate, re]) => (gate.test(text) ? text.match(re) : null)).find(Boolean);
    const company = (m ?? opener)?.[1]?.replace(/,$/, '');
    if (!company) continue;
    if (NO_NAME.test(company)) return null;
    // (The town sits where a name's town does, between the name and the verb: it need not be a known place.)
    return { company, place: m?.[2] ?? null };
  }
  return null;
}
