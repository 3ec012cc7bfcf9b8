/**
 * Telling attributes → fields: an element whose class, id, itemprop, data-testid or
 * data-automation says "company", "location", "salary", "job-type" (see page-scan.ts) holds that
 * value. Its text must look like the value (a short name, a place, an amount), else it is chrome.
 */
import { splitLocations, workModeFromText } from '../normalize';
import { salaryFromValue } from '../../money/find';
import type { Fields } from '../types';
import { employmentFromValue, placeValue, plausibleCompany, plausibleLocation, withoutSymbols } from './labelled';
import { labelField, shortText, splitLabelLine, type AttributeHit } from './page-scan';

/**
 * A name inside a company block that holds more (logo, "Website" link, tagline): an element said to
 * be a name first, then a bold or heading one (a block holding the job's title and its employer
 * names the employer as "name").
 */
function nameInside(el: Element): string {
  for (const selector of ['[itemprop="name"], [class*="name" i]', 'strong, b, h2, h3, h4']) {
    for (const child of Array.from(el.querySelectorAll(selector)).slice(0, 10)) {
      const text = shortText(child, 120);
      if (text && plausibleCompany(text)) return text;
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

export function readAttributes(hits: readonly AttributeHit[], options: { currency?: string | null } = {}): Fields {
  const fields: Fields = {};
  for (const { field, element } of hits) {
    if (field === 'description' || fields[field] !== undefined) continue;
    const value = valueOf(element);
    if (!value) continue;
    switch (field) {
      case 'company': {
        // A name inside a small company block only (never the page: <body class="font-company-body">).
        const small = (element.textContent ?? '').length <= 400 && !/^(BODY|HTML|MAIN|ARTICLE)$/i.test(element.tagName);
        const name = value.length <= 80 && plausibleCompany(value) ? value : small ? nameInside(element) : '';
        if (name) fields.company = name;
        break;
      }
      case 'locations': {
        const place = placeValue(value);
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
