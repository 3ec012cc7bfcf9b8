/** Other written forms of a taxonomy alias: the other spelling, the plural, the verb, a name written apart. */
/** British and American spellings of one word: "optimisation" / "optimization", "modelling" / "modeling". */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // Also inside a longer word: "organisational", "realisations".
  [/isation/g, 'ization'],
  [/ization/g, 'isation'],
  [/is(e|ed|es|ing)\b/g, 'iz$1'],
  [/iz(e|ed|es|ing)\b/g, 'is$1'],
  [/elling\b/g, 'eling'],
  [/([^e])eling\b/g, '$1elling'],
  [/([a-z]{2}[^hy])our\b/g, '$1or'],
  [/ior\b/g, 'iour'],
  [/yse\b/g, 'yze'],
  [/yze\b/g, 'yse'],
  [/licence\b/g, 'license'],
  [/license\b/g, 'licence'],
  [/\b(cent|theat)re\b/g, '$1er'],
  [/\b(cent|theat)er\b/g, '$1re'],
  [/ogue\b/g, 'og'],
  [/defence\b/g, 'defense'],
  [/defense\b/g, 'defence'],
  // Literal word starts, so the combined test (`ANY_SPELLING`) stays cheap on every alias.
  [/paed/g, 'ped'],
  [/\bpediatr/g, 'paediatr'],
  [/\banaes/g, 'anes'],
  [/\banesth/g, 'anaesth'],
  [/\bhaem/g, 'hem'],
  [/\bhem(at|o[dgp])/g, 'haem$1'],
];

/**
 * The other spelling (British / American) of a common-noun alias, or null when it has none. Names
 * and acronyms keep their exact form.
 */
export function otherSpellingOf(alias: string): string | null {
  // "Performance optimization" is a common noun; "OAuth" or "ServiceNow" is a name.
  const lower = alias.toLowerCase();
  if (!/^[a-z][a-z\s-]{4,}$/.test(lower) || alias.slice(1) !== lower.slice(1)) return null;
  // Most words have no such ending: one test before trying each replacement.
  if (!ANY_SPELLING.test(lower)) return null;
  for (const [pattern, replacement] of SPELLINGS) {
    const changed = lower.replace(pattern, replacement);
    if (changed !== lower) return changed;
  }
  return null;
}

/** Whether any of `SPELLINGS` applies (a replacement changes a word only where its pattern matches). */
const ANY_SPELLING = new RegExp(SPELLINGS.map(([pattern]) => pattern.source).join('|'));

/** The nouns of a skill that duties write as a verb ("risk management" → "managing risks"). */
const VERB_NOUNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['management', ['managing', 'manage']],
  ['optimization', ['optimizing', 'optimize', 'optimising', 'optimise']],
];

/**
 * "X management" or "X optimization" is also written as a verb, as a job's duties are: "managing
 * risk", "managing projects", "optimizing queries".
 */
export function verbFormsOf(alias: string): string[] {
  const match = /^([a-z][a-z\s-]{2,}) ([a-z]+)$/.exec(alias.toLowerCase());
  const verbs = VERB_NOUNS.find(([noun]) => noun === match?.[2])?.[1];
  const object = match?.[1];
  if (!verbs || !object || object.endsWith('s')) return [];
  const plural = pluralOf(object) ?? object;
  return [...new Set(verbs.flatMap((verb) => [`${verb} ${object}`, `${verb} ${plural}`]))];
}

/**
 * The plural of a common-noun alias written in lower case ("heat pump" → "heat pumps", "policy" →
 * "policies"), so postings need not use the taxonomy's number. Names (capitalised), acronyms and
 * guarded aliases keep their exact form.
 */
export function pluralOf(alias: string): string | null {
  // An acronym of three letters or more takes an "s" ("EKGs", "PLCs", "SOPs"); two letters are too ambiguous ("PRs").
  if (/^[A-Z]{3,5}$/.test(alias) && !alias.endsWith('S')) return `${alias}s`;
  // A one-word common noun in sentence case ("Fermentation") has a plural too; a name ("Packer") has none.
  if (/^[A-Z][a-z]{3,}(?:tion|sion|ment|ance|ence|ity|ogy|ure|age)$/.test(alias)) return pluralOf(alias.toLowerCase());
  const last = /(?:^|[\s-])([a-z]{3,})$/.exec(alias)?.[1];
  if (!last || /(?:s|ing|ed|ware|data|ness)$/.test(last)) return null;
  if (/[^aeiou]y$/.test(last)) return `${alias.slice(0, -1)}ies`;
  if (/(?:x|ch|sh)$/.test(last)) return `${alias}es`;
  return `${alias}s`;
}

/** A name of two capitalised words written as one ("JavaScript", "SharePoint"); a short first part ("MySQL", "iOS") is no word. */
export const CAMEL_PAIR = /^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$/;

/** A vendor's certification ending in "+" is named without the vendor too: "CompTIA Security+" → "Security+". */
export const VENDOR_CERTIFICATION = /^CompTIA\s+(\S+\+)$/;
