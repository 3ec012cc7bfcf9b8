/** Sections of a short posting written as lines: "## " a heading, "- " a list item, else a paragraph. */
import { splitSections } from '../../utils/summarize/sections';

export function sectionsOf(lines: readonly string[]) {
  const html = lines.map((line) =>
    line.startsWith('## ')
      ? `<h2>${line.slice(3)}</h2>`
      : line.startsWith('- ')
        ? `<ul><li>${line.slice(2)}</li></ul>`
        : `<p>${line}</p>`,
  );
  return splitSections(html.join(''), lines.join('\n'));
}
