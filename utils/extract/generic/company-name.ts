/**
 * A company name read from a page title, checked against what else the page says: the place the
 * title adds ("… bij Company in Deventer") and the legal form the site's own name adds ("… GmbH").
 * Small and data-free: the capture script runs it even without the generic reader.
 */
import { clean } from '../dom';

/** Letters and digits only, lower-case and without accents: how two spellings of a name are compared. */
export function nameKey(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A postcode written before its town ("85354 Freising", "D-80331 München", "1050-001 Lisboa"). */
const POSTCODE_BEFORE_TOWN = /^(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+(?=\p{L})/u;

/**
 * "Vacature Role bij Company in Deventer", "Role — Company, Cobh": a company read from a title may end with the
 * place the page names ("in/à/en/i Deventer", ", Cobh"); that place is not part of the name.
 */
export function companyWithoutPlace(company: string, places: readonly string[]): string {
  for (const place of places) {
    // ("Isarbrot Backwaren GmbH in Freising" beside "85354 Freising": the town without its postcode.)
    const head = clean(place.split(',')[0] ?? '').replace(POSTCODE_BEFORE_TOWN, '');
    if (head.length < 2) continue;
    // ("Harbour Crumb, Cobh": the title's company with the town after a comma.)
    const tail = company.match(/(?:\s+(?:in|à|en|a|i|im|bei)\s+|,\s*)(.{2,60})$/i);
    if (tail && nameKey(tail[1]!) === nameKey(head) && tail.index! >= 2) return company.slice(0, tail.index);
  }
  return company;
}

const LEGAL_FORM =
  /^(g?gmbh( & co\.? kg)?|ag|kg|se|e\.v\.|ug( \(haftungsbeschränkt\))?|(pty\.? |pvt\.? |pte\.? )?ltd\.?|(private )?limited|llc|llp|inc\.?|corp\.?|plc|co\.?|s\.?a\.?s?\.?|s\.?l\.?u?\.?|s\.?r\.?l\.?|s\.p\.a\.|b\.?v\.?|n\.?v\.?|a\/s|aps|ab|asa?|oyj?|sp\. z o\.o\.|kft\.?|sarl|ltda\.?|lda\.?)$/i;

/** "GmbH", "Pte. Ltd.", "ApS": the text is a legal form and nothing else. */
export function isLegalForm(text: string): boolean {
  return LEGAL_FORM.test(clean(text));
}

/**
 * "Karriere bei Rütli Maschinenbau" with the site named "Rütli Maschinenbau GmbH": the name with its
 * legal form, as the site writes it. Anything else the site name adds keeps the shorter name.
 */
export function withLegalForm(company: string, siteName: string): string {
  const name = clean(siteName);
  if (!name.toLowerCase().startsWith(`${company.toLowerCase()} `)) return company;
  return LEGAL_FORM.test(name.slice(company.length + 1)) ? name : company;
}

/** "Fjordlicht GmbH", "Pebblestack B.V.": a name that ends with a legal form is an organisation, not a place. */
export function hasLegalForm(name: string): boolean {
  const words = clean(name).split(' ');
  for (let i = words.length - 1; i >= 1 && i >= words.length - 4; i--)
    if (LEGAL_FORM.test(words.slice(i).join(' '))) return true;
  return false;
}
