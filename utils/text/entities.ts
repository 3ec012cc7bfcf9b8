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
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  Uuml: 'Ü',
  Ouml: 'Ö',
  Auml: 'Ä',
  szlig: 'ß',
  oslash: 'ø',
  aring: 'å',
  aelig: 'æ',
  Oslash: 'Ø',
  Aring: 'Å',
  AElig: 'Æ',
  ntilde: 'ñ',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ecirc: 'ê',
  ocirc: 'ô',
  icirc: 'î',
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

/** Decodes HTML character references once (an invalid number is dropped). Unknown names stay as they are. */
export function decodeEntities(input: string): string {
  if (input.indexOf('&') < 0) return input;
  return input.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref];
    return named === undefined ? whole : named;
  });
}
