/**
 * Turns a posting description (sanitized HTML, or plain text with lines) into a flat list of
 * lines that keep the layout signals the section splitter needs: HTML headings, bold-only lines,
 * list items. A tiny tokenizer, not a DOM: it runs the same in a service worker, a page and Node.
 */
import { decodeEntities } from '../text/entities';
import { rewriteSpecTables } from './spec-table';
import { jobDetailKind } from './job-details';

export interface DescriptionLine {
  text: string;
  /** Written as a heading: `<h1>`–`<h6>`, or a block whose text is all bold. */
  heading: boolean;
  /** A list item (`<li>`, or a text line starting with a bullet character). */
  bullet: boolean;
  /**
   * Set on the pieces of a paragraph taken apart when the text was restructured: false on the
   * first piece, true on the pieces that continue it.
   */
  continued?: boolean;
  /** A piece of a prose paragraph whose sentences were glued together: a list item in form only. */
  paragraphPiece?: boolean;
  /** A list item only because an emoji opens it ("🚀 What you'll do"): it may still be a heading. */
  decorated?: boolean;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'dd',
  'dt',
  'dl',
  'hr',
  'pre',
  'main',
  'aside',
  'nav',
  'form',
  'figure',
  'figcaption',
  'tbody',
  'thead',
]);
const BOLD_TAGS = new Set(['strong', 'b']);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select']);
const HEADING_TAG = /^h[1-6]$/;
const VISIBLE = /\S/;

// "・" is the bullet Japanese postings write; "o " before a capital and the private-use "" are Word's list marks;
// "-Valoración …": a hyphen right before a capital opens an item too.
const BULLET_PREFIX =
  /^\s*(?:[•·・▪▫◦●○■□►▸‣⁃∙*→⇒⟶\uf0a7\uf0b7\uf0d8\uf076]|o(?=\s+[A-Z\d])|[-–—](?=\s)|-(?=\p{Lu})|\d{1,2}[.)](?=\s))\s*/u;
/**
 * "👉 Préparer les commandes", "✅ Install lighting …", "🚀 **Tes missions**": an emoji or check mark that
 * opens a line decorates it; the words after it are the line (and a heading stays bold-only).
 */
const DECORATION = /^(?:\p{Extended_Pictographic}|\p{So}|\p{Emoji_Modifier}|\u200d|\ufe0f)+\s*/u;
/** Text that is nothing but emoji and marks: it does not make a bold line a mixed one. */
const ONLY_DECORATION = /^(?:\s|\p{Extended_Pictographic}|\p{So}|\p{Emoji_Modifier}|\u200d|\ufe0f)*$/u;
/** "【仕事内容】", "【給与】月給23万円": Japanese postings set a heading in lenticular brackets. */
const BRACKETED_HEADING = /^【([^】]{1,20})】\s*(.*)$/;

/** A decorated line this long or shorter, with no full stop, is a list item ("✅ Test and tag"). */
const DECORATED_ITEM_MAX = 160;

/** A line's text without its decoration, and a bracketed heading read as a heading or a label. */
function lineOf(text: string, heading: boolean, bullet: boolean): DescriptionLine {
  const decorated = DECORATION.test(text);
  const plain = decorated ? text.replace(DECORATION, '') || text : text;
  // A decorated lead paragraph ("🌱 Papeterie Lumen fabrique … depuis 2016.") stays prose.
  const decoratedItem =
    decorated && !heading && !bullet && plain.length <= DECORATED_ITEM_MAX && !/[.!?]$|[.!?]\s/.test(plain);
  if (decoratedItem) bullet = true;
  const bracketed = plain.startsWith('【') ? BRACKETED_HEADING.exec(plain) : null;
  if (bracketed?.[1]) {
    const rest = bracketed[2] ?? '';
    return rest
      ? { text: `${bracketed[1]}：${rest}`, heading: false, bullet }
      : { text: bracketed[1], heading: true, bullet: false };
  }
  return decoratedItem ? { text: plain, heading, bullet, decorated: true } : { text: plain, heading, bullet };
}

/** What `cleanLine` collapses besides the ends: any of its spaces but a single plain one. */
const UNCLEAN = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\n]| {2}/;

export function cleanLine(text: string): string {
  if (!UNCLEAN.test(text)) return text.trim();
  return text.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\n ]+/g, ' ').trim();
}

/** A line's place in a definition list: a term, or the number of its description (one `<dd>` from the next). */
type DefinitionPart = 'term' | number | null;

const MAX_VALUE_LINES = 3;
/** A term that names a fact ("Type de contrat"), not a section ("Requisitos mínimos"): its lines are one value. */
const factLabel = (term: string): boolean => jobDetailKind(`${term.replace(/[:：]\s*$/, '')}:`) === 'facts';

/**
 * "Lønn" then "kr 590 000 – 680 000", "Experiencia mínima" then "Al menos 1 año": a term and its
 * short description are one labelled fact ("Lønn: kr 590 000 …"), not a heading and a line under it.
 */
function joinDefinitions(lines: DescriptionLine[], parts: DefinitionPart[]): DescriptionLine[] {
  const joined: DescriptionLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const value = lines[index + 1];
    const description = parts[index + 1];
    // A fact's value of up to three short lines ("Contrat à durée indéterminée<br>CDI") is one value.
    let end = index + 1;
    while (typeof description === 'number' && parts[end + 1] === description && end - index < MAX_VALUE_LINES) end++;
    const values = lines.slice(index + 1, end + 1);
    const oneValue =
      typeof description === 'number' &&
      parts[end + 1] !== description &&
      values.every((part) => !part.bullet) &&
      (values.length === 1 || (values.every((part) => part.text.length <= 60) && factLabel(line.text)));
    if (parts[index] === 'term' && value && oneValue && line.text.length <= 60) {
      const text = values.map((part) => part.text).join(', ');
      joined.push({ text: `${line.text.replace(/[:：]\s*$/, '')}: ${text}`, heading: false, bullet: false });
      index = end;
      continue;
    }
    joined.push(line);
  }
  return joined;
}

/** Lines from sanitized HTML. */
export function linesFromHtml(html: string): DescriptionLine[] {
  const lines: DescriptionLine[] = [];
  const parts: DefinitionPart[] = [];
  let inTerm = 0;
  let inDescription = 0;
  let descriptions = 0;
  let buffer = '';
  // Whether the line so far holds visible text in bold (or a heading) and outside it.
  let boldText = false;
  let plainText = false;
  let inHeading = 0;
  let inListItem = 0;
  let bold = 0;
  let skipping: string | null = null;

  const flush = (): void => {
    const text = cleanLine(buffer);
    if (text) {
      const allBold = boldText && !plainText;
      lines.push(
        lineOf(text.replace(BULLET_PREFIX, ''), inHeading > 0 || allBold, inListItem > 0 || BULLET_PREFIX.test(text)),
      );
      parts.push(inTerm > 0 ? 'term' : inDescription > 0 ? descriptions : null);
    }
    buffer = '';
    boldText = false;
    plainText = false;
  };

  const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    const between = html.slice(last, match.index);
    last = tagPattern.lastIndex;
    if (!skipping && between) {
      const text = decodeEntities(between);
      buffer += text;
      if (VISIBLE.test(text)) {
        if (bold > 0 || inHeading > 0) boldText = true;
        else if (!ONLY_DECORATION.test(text)) plainText = true;
      }
    }
    const name = match[2]?.toLowerCase();
    if (!name) continue; // a comment
    const closing = match[1] === '/';
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED_TAGS.has(name) && !closing && match[3] !== '/') {
      skipping = name;
      continue;
    }
    if (BOLD_TAGS.has(name)) {
      bold = Math.max(0, bold + (closing ? -1 : 1));
      continue;
    }
    if (!BLOCK_TAGS.has(name)) continue;
    flush();
    if (HEADING_TAG.test(name)) inHeading = Math.max(0, inHeading + (closing ? -1 : 1));
    else if (name === 'li') inListItem = Math.max(0, inListItem + (closing ? -1 : 1));
    else if (name === 'dt') inTerm = Math.max(0, inTerm + (closing ? -1 : 1));
    else if (name === 'dd') {
      inDescription = Math.max(0, inDescription + (closing ? -1 : 1));
      if (!closing) descriptions++;
    }
  }
  if (!skipping) buffer += decodeEntities(html.slice(last));
  if (VISIBLE.test(html.slice(last))) plainText = true;
  flush();
  return descriptions ? joinDefinitions(lines, parts) : lines;
}

/** Lines from plain text: one a line; bullets detected by their leading character. */
export function linesFromText(text: string): DescriptionLine[] {
  const lines: DescriptionLine[] = [];
  for (const raw of text.split(/\r?\n|\u2028|\u2029/)) {
    // A bullet character in the middle of a line starts a new item ("… • Python • SQL").
    const parts = raw.split(/\s+[•▪●■►]\s+/);
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index] ?? '';
      const clean = cleanLine(part);
      if (!clean) continue;
      const bullet = index > 0 || BULLET_PREFIX.test(clean);
      lines.push(lineOf(clean.replace(BULLET_PREFIX, ''), false, bullet));
    }
  }
  return lines;
}

/** The description as lines: the HTML when there is any, the plain text otherwise. */
export function descriptionLines(html: string, text: string): DescriptionLine[] {
  const fromHtml = html.trim() ? linesFromHtml(rewriteSpecTables(html)) : [];
  return fromHtml.length ? fromHtml : linesFromText(text);
}
