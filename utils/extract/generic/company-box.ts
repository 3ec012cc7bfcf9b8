/**
 * A board's "Company Information" box ("Name: Rift Grain Millers Ltd", "Web: …"): the name row inside the box under
 * that heading names the employer. Reader side (finishing steps).
 */
import { all, clean, visibleText } from '../dom';

/** A heading over the employer's own facts (not "About us", which is the site's). */
const BOX_HEADING =
  /^(?:company|employer|organi[sz]ation|hiring company)\s+(?:information|info|details|profile|overview)$|^(?:about the (?:company|employer))$|^(?:firmeninformationen|informations sur l['’]entreprise|información de la empresa|bedrijfsinformatie)$/i;

/** A row that gives the name: "Name: X", "Company name: X", "Firmenname: X". */
const NAME_ROW =
  /^(?:(?:company|employer|organi[sz]ation)\s+)?name\s*[:：]\s*(.{2,80})$|^(?:firmenname|nom|nombre|naam)\s*[:：]\s*(.{2,80})$/i;

/** The name a "Company Information" box writes in its "Name:" row, else null. */
export function companyBoxName(document: Document): string | null {
  for (const heading of all(document, 'h2, h3, h4, h5, strong', 120)) {
    if (!BOX_HEADING.test(clean(visibleText(heading, 60)).replace(/[:：]$/, ''))) continue;
    // The box: the heading's parent, or its grandparent when the heading sits in a small title wrapper.
    let box: Element | null = heading.parentElement;
    if (box && box.children.length === 1) box = box.parentElement;
    if (!box) continue;
    for (const row of all(box, 'li, p, div, tr, dd', 30)) {
      if (row.querySelector('li, p, div, tr')) continue;
      const m = clean(visibleText(row, 120)).match(NAME_ROW);
      const name = m ? clean(m[1] ?? m[2] ?? '') : '';
      if (name) return name;
    }
  }
  return null;
}
