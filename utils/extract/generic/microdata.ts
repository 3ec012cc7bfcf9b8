/** Microdata (itemtype JobPosting): the same fields as JSON-LD, read from itemprop attributes. */
import { all, attr, clean, first, innerHtml, visibleText } from '../dom';
import { cleanText, formatAddress, normalizeEmploymentType, parseDate, uniqueLocations } from '../normalize';
import { parseSalaryText, structuredNumber, periodFromUnit } from '../../money/parse';
import { salaryText } from '../../money/text';
import type { Fields } from '../types';

function ownProps(scope: Element): Map<string, Element[]> {
  const props = new Map<string, Element[]>();
  for (const el of all(scope, '[itemprop]', 400)) {
    // Only properties of this item, not of items nested inside it.
    const owner = el.parentElement?.closest('[itemscope]');
    if (owner !== scope) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if (!name) continue;
      const list = props.get(name) ?? [];
      list.push(el);
      props.set(name, list);
    }
  }
  return props;
}

function value(el: Element | undefined): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return attr(el, 'content');
  if (tag === 'A' || tag === 'LINK') return attr(el, 'href');
  if (tag === 'TIME') return attr(el, 'datetime') || visibleText(el, 100);
  if (el.hasAttribute('content')) return attr(el, 'content');
  return visibleText(el, 1000);
}

function prop(props: Map<string, Element[]>, name: string): string {
  return value(props.get(name)?.[0]);
}

export function readMicrodata(document: Document): Fields | null {
  const root = first(document, ['[itemtype*="schema.org/JobPosting"]', '[itemtype*="JobPosting"]']);
  if (!root) return null;
  const props = ownProps(root);
  const fields: Fields = {};
  const title = cleanText(prop(props, 'title') || prop(props, 'name'), 500);
  if (title) fields.title = title;

  const org = props.get('hiringOrganization')?.[0];
  if (org) {
    const company = org.hasAttribute('itemscope') ? prop(ownProps(org), 'name') : value(org);
    if (company) fields.company = cleanText(company, 300);
  }

  const locations: string[] = [];
  for (const place of props.get('jobLocation') ?? []) {
    if (!place.hasAttribute('itemscope')) {
      locations.push(clean(value(place)));
      continue;
    }
    const placeProps = ownProps(place);
    const address = placeProps.get('address')?.[0];
    if (address?.hasAttribute('itemscope')) {
      const a = ownProps(address);
      locations.push(formatAddress([prop(a, 'addressLocality'), prop(a, 'addressRegion'), prop(a, 'addressCountry')]));
    } else {
      locations.push(clean(address ? value(address) : visibleText(place, 300)));
    }
  }
  const locs = uniqueLocations(locations.filter(Boolean));
  if (locs.length) fields.locations = locs;
  if (/TELECOMMUTE/i.test(prop(props, 'jobLocationType'))) fields.workMode = 'remote';

  const employment = normalizeEmploymentType(prop(props, 'employmentType'));
  if (employment) fields.employmentType = employment;

  const salaryEl = props.get('baseSalary')?.[0] ?? props.get('estimatedSalary')?.[0];
  const currency = prop(props, 'salaryCurrency').toUpperCase() || null;
  if (salaryEl) {
    if (salaryEl.hasAttribute('itemscope')) {
      const s = ownProps(salaryEl);
      const cur = (prop(s, 'currency') || currency || '').toUpperCase() || null;
      const valueEl = s.get('value')?.[0];
      const v = valueEl?.hasAttribute('itemscope') ? ownProps(valueEl) : s;
      let min = structuredNumber(prop(v, 'minValue'));
      let max = structuredNumber(prop(v, 'maxValue'));
      const single = structuredNumber(prop(v, 'value'));
      if (min === null && max === null) min = max = single;
      const period = periodFromUnit(prop(v, 'unitText'));
      if (min !== null || max !== null)
        fields.salary = { min, max, currency: cur, period, text: salaryText(min, max, cur, period) };
    } else {
      const parsed = parseSalaryText(value(salaryEl), { currency });
      if (parsed) {
        parsed.text = clean(`${currency ?? ''} ${value(salaryEl)}`);
        fields.salary = parsed;
      }
    }
  }

  const posted = parseDate(prop(props, 'datePosted'));
  if (posted) fields.datePosted = posted;
  const until = parseDate(prop(props, 'validThrough'));
  if (until) fields.validThrough = until;
  const description = props.get('description')?.[0];
  if (description) fields.descriptionHtml = innerHtml(root);
  const url = prop(props, 'url');
  if (url) fields.url = url;
  return fields;
}
