// HTML character references, decoded once. The one table for every reader of page text: extraction
// (capture script) and the summarizer both get text straight from markup strings.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  szlig: 'ß',
  oslash: 'ø',
  aelig: 'æ',
  Oslash: 'Ø',
  AElig: 'Æ',
  times: '×',
  shy: '',
  zwj: '',
  zwnj: '',
  laquo: '«',
  raquo: '»',
  deg: '°',
  frac12: '½',
  minus: '−',
  sol: '/',
  colon: ':',
  comma: ',',
  period: '.',
  lpar: '(',
  rpar: ')',
  num: '#',
  percnt: '%',
  dollar: '$',
  excl: '!',
  quest: '?',
  equals: '=',
  plus: '+',
  ast: '*',
  lowbar: '_',
  verbar: '|',
  NewLine: '\n',
  Tab: '\t',
};

/** "eacute", "Uuml", "ccedil", "aring": a letter and its accent's combining mark, composed (all such names at once). */
const ACCENT_MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  uml: '\u0308',
  circ: '\u0302',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

/** Decodes HTML character references once (an invalid number is dropped). Unknown names stay as they are. */
export function decodeEntities(input: string): string {
  if (input.indexOf('&') < 0) return input;
  return input.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    // (Only a letter that has an accented form: "&xacute;" names nothing and stays.)
    const mark = ACCENT_MARKS[ref.slice(1)];
    const accented = mark && (ref[0] + mark).normalize('NFC');
    const named = NAMED_ENTITIES[ref] ?? (accented?.length === 1 ? accented : undefined);
    return named === undefined ? whole : named;
  });
}
