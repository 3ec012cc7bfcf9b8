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
const VERB = String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?(?:hiring|looking\s+for|seeking|searching\s+for|recruiting)|sucht|zoekt|söker|søger|søker|busca|recrute|recherche|cerca|ricerca`;
/** The name, then "in Town", then the verb; a German, French, Spanish, Dutch or Italian article before the name is not part of it. */
const LEAD = new RegExp(
  String.raw`^(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Ll]a|[Ll]e|[Ll]['’]|[Ee]l|[Hh]et|[Dd]e|[Ii]l|[Ll]o)\s+)?(${NAME})(?:\s+(?:in|aus|à|en|a|di|i)\s+(${TOWN}))?\s+(?:${VERB})(?![\p{L}])`,
  'u',
);
/** Words that open such a sentence without naming anyone: "We are looking for", "Our client is seeking", "The Company is hiring". */
const NO_NAME =
  /^(?:we|our|this|that|you|they|it|he|she|my|your|their|wir|unser\p{L}*|nous|notre|nosotros|nuestr\p{L}+|wij|ons|onze|noi)(?:\s|$)|^(?:the\s+)?(?:company|team|client|employer|practice|firm|business|organi[sz]ation|role|position|job|hiring manager|recruiter)$/iu;

/** The employer and town the opening lines name, read from the first few lines of the description. */
export function leadSentenceEmployer(description: string): { company: string; place: string | null } | null {
  for (const line of description.slice(0, 1200).split('\n', 4)) {
    const m = clean(line).match(LEAD);
    if (!m) continue;
    const company = m[1]!.replace(/,$/, '');
    if (NO_NAME.test(company)) return null;
    // (The town sits where a name's town does, between the name and the verb: it need not be a known place.)
    return { company, place: m[2] ?? null };
  }
  return null;
}
