/**
 * Telling attributes → fields: an element whose class, id, itemprop, data-testid or
 * data-automation says "company", "location", "salary", "job-type" (see page-scan.ts) holds that
 * value. Its text must look like the value (a short name, a place, an amount), else it is chrome.
 */
import { all, clean } from '../dom';
import { withoutNameExtras } from './company-extras';
import { isLegalForm } from './company-name';
import { companyFromAboutHeading } from './company-from-page';
import { parseDate, splitLocations, workModeFromText } from '../normalize';
import { salaryFromValue } from '../../money/find';
import type { Fields } from '../types';
import { employmentFromValue, placeValue, plausibleCompany, plausibleLocation, withoutSymbols } from './labelled';
import { labelField, shortText, splitLabelLine, type AttributeHit } from './page-scan';
import { isPlace } from './places';

/**
 * A name inside a company block that holds more (logo, "Website" link, tagline): an element said to
 * be a name first, then a bold or heading one (a block holding the job's title and its employer
 * names the employer as "name").
 */
function nameInside(el: Element): string {
  for (const selector of ['[itemprop="name"], [class*="name" i]', 'strong, b, h2, h3, h4']) {
    for (const child of Array.from(el.querySelectorAll(selector)).slice(0, 10)) {
      const text = shortText(child, 120);
      // (A block's "Sobre a empresa" / "About the company" heading names no one.)
      if (text && plausibleCompany(text) && !PROFILE_LINK.test(text)) return text;
    }
  }
  return '';
}

function valueOf(el: Element): string {
  const text = shortText(el, 200);
  const labelled = splitLabelLine(text);
  if (labelled) return labelled[1];
  // "Location Denver, CO" where the label is its own span.
  const first = el.firstElementChild;
  if (first && labelField(shortText(first, 40))) return shortText(el, 200).slice(shortText(first, 40).length).trim();
  return text;
}

/** A link beside an employer's name that leads to its profile: "O firmie", "About the company", "Zur Firma", … */
const PROFILE_LINK =
  /^(o firmie|o pracodawcy|about( the)? (company|employer|us)|company (profile|page)|view (company|profile|employer)|see company|über uns|zur firma|firmenprofil|unternehmensprofil|zum unternehmen|(voir|découvrir) l'entreprise|à propos|ver (la )?empresa|sobre (la|a) empresa|ver perfil|sull'azienda|vedi (l')?azienda|over ons|bekijk (het )?bedrijf|bedrijfsprofiel|om (virksomheden|företaget|bedriften|oss|os)|yrityksestä|yritysesittely|(more|all|other) jobs|follow|website)$/i;

/** A name without the in-page link, button or profile link after it ("Wisła Serwis Sp. z o.o." + "O firmie"). */
function withoutTrailingControl(el: Element, value: string): string {
  for (const control of all(el, 'a[href], button', 3)) {
    const text = shortText(control, 60);
    const jump = control.tagName.toUpperCase() === 'BUTTON' || (control.getAttribute('href') ?? '').startsWith('#');
    if (!text || (!jump && !PROFILE_LINK.test(text))) continue;
    if (value.endsWith(text) && value.length > text.length) return value.slice(0, -text.length).trim();
  }
  return value;
}

const BLOCK_TAG = /^(?:P|DIV|UL|OL|LI|SMALL|BR|SECTION|H[2-6])$/;

/**
 * "Acme<p>Freight software for small carriers</p>", "Acme <span>Software · 51-200 employees</span>": the name as the
 * block's own first text, then a tagline in a block or counts after it. Null when what follows is a legal form ("Acme
 * <b>GmbH</b>") or plain inline text.
 */
function nameBeforeMore(el: Element): string | null {
  // (The leading text may come in several nodes: a parser splits "Harrow &amp; Vale" at the entity.)
  let text = '';
  let next = el.firstChild;
  for (; next && next.nodeType === 3; next = next.nextSibling) text += next.textContent ?? '';
  const name = clean(text);
  if (!name || !next || next.nodeType !== 1) return null;
  const more = clean(next.textContent ?? '');
  const both = `${name} ${more}`;
  const extra = !!more && (withoutNameExtras(both) !== both || /[·•|]/.test(more));
  const block = BLOCK_TAG.test((next as Element).tagName);
  return plausibleCompany(name) && !isLegalForm(more) && (block || extra) ? name : null;
}

/**
 * A block that names the employer and then a unit of it, each in its own element ("Department of Agriculture" +
 * "Farm Production and Conservation Business Center", "Acme Corp" + "4.2 ★"): the first is the employer.
 * Null when the block is one name (or a name and its legal form: "Acme" + "GmbH").
 */
function firstOfNames(el: Element): string | null {
  // (A block that marks its name element, or holds more, is read by `nameInside`.)
  if (el.childElementCount !== 2 || el.querySelector('[itemprop="name"], [class*="name" i]')) return null;
  const parts = Array.from(el.children)
    .map((child) => shortText(child, 120))
    .filter(Boolean);
  const bare = (t: string) => t.replace(/\s+/g, '');
  if (parts.length < 2 || bare(parts.join('')) !== bare(el.textContent ?? '')) return null;
  const [head, next] = [parts[0]!, parts[1]!];
  return plausibleCompany(head) && !isLegalForm(next) && !PROFILE_LINK.test(next) ? head : null;
}

/**
 * Whether a later hit of the same field among the next few sits inside this one's element and names something (not
 * "O firmie"): a company block holding its name, a "job-company-location" line holding its place.
 */
function holdsAnother(hits: readonly AttributeHit[], index: number): boolean {
  const { element: outer, field } = hits[index]!;
  for (const hit of hits.slice(index + 1, index + 8)) {
    // (An empty icon, "icon-location", names nothing.)
    const text = hit.field === field && outer.contains(hit.element) ? shortText(hit.element, 60) : '';
    if (text && !PROFILE_LINK.test(text)) return true;
  }
  return false;
}

/** A block whose text is its links' labels ("Nos offres", "Découvrir la maison"): navigation, not a name. */
function linksOnly(el: Element): boolean {
  const links = all(el, 'a[href]', 10);
  if (links.length < 2) return false;
  const linked = links.reduce((n, a) => n + shortText(a, 100).length, 0);
  return linked >= shortText(el, 400).replace(/\s+/g, '').length * 0.8;
}

export function readAttributes(hits: readonly AttributeHit[], options: { currency?: string | null } = {}): Fields {
  const fields: Fields = {};
  for (const [index, { field, element }] of hits.entries()) {
    if (field === 'description' || fields[field] !== undefined) continue;
    // A block hooked "org" that holds a hooked agency or name ("intro__org" > "intro__agency"), a line that holds the
    // employer's link and a hooked place: the inner one says it.
    if ((field === 'company' || field === 'locations') && holdsAnother(hits, index)) continue;
    const value = valueOf(element);
    if (!value) continue;
    switch (field) {
      case 'company': {
        // A name inside a small company block only (never the page: <body class="font-company-body">).
        const small = (element.textContent ?? '').length <= 400 && !/^(BODY|HTML|MAIN|ARTICLE)$/i.test(element.tagName);
        if (small && linksOnly(element)) break;
        // (The name without a follow button, a rating, a head count or its logo's alt text after it.)
        const own =
          nameBeforeMore(element) ?? firstOfNames(element) ?? withoutNameExtras(withoutTrailingControl(element, value));
        const name = own.length <= 80 && plausibleCompany(own) ? own : small ? nameInside(element) : '';
        // A company block headed "About Brackwell Engineering" names the employer after "About".
        if (name) fields.company = companyFromAboutHeading(name) ?? name;
        break;
      }
      case 'locations': {
        // A badge of a place and a note under it ("Kraków, Małopolskie" / "Siedziba firmy"): the place.
        const head = element.childElementCount >= 2 ? shortText(element.firstElementChild, 100) : '';
        // A town with its province beside it in the same line ("<span>La Muela</span>, Zaragoza (España)"); not the
        // facts after it ("Madison, WI · Part Time · Development").
        const line = shortText(element.parentElement, 100).split(/\s*[·•|]\s*/)[0]!;
        const region = line.startsWith(value)
          ? line.slice(value.length).match(/^\s*,\s*([^,()]{2,40}?)\s*(\([^()]{2,30}\))?$/)
          : null;
        const place = placeValue(head && isPlace(head) ? head : region ? `${value}, ${region[1]}` : value);
        if (place && place.length <= 100 && plausibleLocation(place)) fields.locations = splitLocations(place);
        break;
      }
      case 'salary': {
        const shown = withoutSymbols(value);
        const salary = shown.length <= 160 ? salaryFromValue(shown, { currency: options.currency ?? null }) : null;
        if (salary) fields.salary = salary;
        break;
      }
      case 'employmentType': {
        if (value.length > 60) break;
        const type = employmentFromValue(value);
        if (type) fields.employmentType = type;
        break;
      }
      case 'datePosted': {
        // "Posted: November 19, 2026", "11/16/2026": an absolute date only (a relative one is the header line's).
        const date = value.length <= 60 ? parseDate(value.replace(/^[^\d:]{0,30}:\s*/, '')) : null;
        if (date) fields.datePosted = date;
        break;
      }
      case 'validThrough': {
        // "ważna jeszcze 21 dni" over "do 17 grudnia 2026": the date the badge states.
        const date = value.length <= 120 ? parseDate(value) : null;
        if (date) fields.validThrough = date;
        break;
      }
      case 'workMode': {
        if (value.length > 40) break;
        const mode = workModeFromText(value);
        if (mode) fields.workMode = mode;
        break;
      }
    }
  }
  return fields;
}
