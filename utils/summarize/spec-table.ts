/**
 * Person-specification tables (UK universities, councils, the NHS; also "Erforderlich / Wünschenswert"):
 * a header row with an Essential and a Desirable column, each criterion filed only by the column
 * its tick sits in ("✓", "X", "Yes", "E") or its text is written in. Read cell by cell, the column
 * headings become two headings and the criteria one run of lines: this rewrites such a table as two
 * lists under headings the section splitter knows. A table whose header cells each name a section
 * ("Wat wij bieden | Wat jij meebrengt", "What you bring | What we offer") is a layout in columns: each
 * column becomes its heading and a list. Any other table is left alone.
 */
import { SPEC_PREFERRED_COLUMN, SPEC_REQUIRED_COLUMN } from './data/structure';
import { classifyHeading } from './headings';

const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi;
const CELL = /<t([hd])\b[^>]*>([\s\S]*?)<\/t[hd]>/gi;
const REQUIRED_COLUMN = new RegExp(
  `^(?:${SPEC_REQUIRED_COLUMN})(?: (?:criteria|requirements?|qualifications?))?$`,
  'i',
);
const PREFERRED_COLUMN = new RegExp(
  `^(?:${SPEC_PREFERRED_COLUMN})(?: (?:criteria|requirements?|qualifications?))?$`,
  'i',
);
/** A tick in a column: a symbol, a cross, "yes" in a few languages, or the column's initial. */
const MARK = /^(?:[✓✔☑✗✘×xX*•●]|yes|y|ja|oui|s[íi]|tak|e|d|p|r)$/i;
const MIN_CRITERION_WORDS = 2;

type Column = 'requirements' | 'preferred';

function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function columnOf(text: string): Column | null {
  const heading = text.replace(/[:：*]+$/, '').trim();
  if (REQUIRED_COLUMN.test(heading)) return 'requirements';
  if (PREFERRED_COLUMN.test(heading) || (heading.split(/\s+/).length <= 3 && classifyHeading(heading) === 'preferred'))
    return 'preferred';
  return null;
}

/** The criteria a text cell holds: one per list item or line break, else the cell. */
function cellItems(html: string, minWords = MIN_CRITERION_WORDS): string[] {
  return html
    .split(/<li\b[^>]*>|<br\s*\/?>|<\/p>\s*<p\b[^>]*>/i)
    .map(plain)
    .filter((item) => item && item.split(/\s+/).length >= minWords);
}

const SECTION_COLUMN_MAX_WORDS = 6;

/** A heading and its list, or nothing when the list is empty. */
const headedList = (heading: string, lines: string[]): string =>
  lines.length ? `<h4>${heading}</h4><ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>` : '';

/** Section columns side by side: the header row names a different section in every cell. */
function rewriteSectionColumns(rows: string[][]): string | null {
  const [header, ...body] = rows;
  if (!header || header.length < 2 || !body.length) return null;
  const titles = header.map(plain);
  const kinds = titles.map((title) =>
    title.split(/\s+/).length <= SECTION_COLUMN_MAX_WORDS ? classifyHeading(title.replace(/[:：]+$/, '')) : null,
  );
  const named = kinds.filter((kind) => kind && kind !== 'overview' && kind !== 'other');
  if (named.length !== kinds.length || new Set(named).size !== named.length) return null;
  return titles
    .map((title, index) =>
      headedList(
        title,
        body.flatMap((cells) => cellItems(cells[index] ?? '', 1)),
      ),
    )
    .join('');
}

function rewriteTable(table: string): string | null {
  const rows = [...table.matchAll(ROW)].map((row) => [...(row[1] ?? '').matchAll(CELL)].map((cell) => cell[2] ?? ''));
  const headerAt = rows.findIndex((cells) => cells.some((cell) => columnOf(plain(cell)) !== null));
  const header = rows[headerAt];
  if (!header) return rewriteSectionColumns(rows);
  const columns = header.map((cell) => columnOf(plain(cell)));
  if (!columns.includes('requirements') || !columns.includes('preferred')) return null;
  const items: Record<Column, string[]> = { requirements: [], preferred: [] };
  for (const cells of rows.slice(headerAt + 1)) {
    const texts = cells.map(plain);
    const marked = columns.findIndex((column, index) => column !== null && MARK.test(texts[index] ?? ''));
    if (marked >= 0) {
      // Ticks: the criterion is the longest text outside the tick columns (a short first cell is its category).
      const criterion = texts
        .filter((text, index) => columns[index] === null && text)
        .sort((a, b) => b.length - a.length)[0];
      const column = columns[marked];
      if (criterion && column) items[column].push(criterion);
      continue;
    }
    // Text columns: each cell's criteria go to its column.
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (column) items[column].push(...cellItems(cell));
    });
  }
  if (!items.requirements.length && !items.preferred.length) return null;
  return headedList('Requirements', items.requirements) + headedList('Nice to have', items.preferred);
}

/** The HTML with each person-specification table rewritten as a must-have list and a nice-to-have list. */
export function rewriteSpecTables(html: string): string {
  if (!/<table\b/i.test(html)) return html;
  return html.replace(TABLE, (whole) => rewriteTable(whole) ?? whole);
}
