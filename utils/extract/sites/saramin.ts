/**
 * Saramin (saramin.co.kr): the posting body is often an image; the text sits in the image's alt
 * ("Company | Title") and a hidden summary cell with labelled lines (근무지 주소 = work address).
 */
import { all, attr, visibleText } from '../dom';
import { clean, cleanLocation } from '../normalize';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['.wrap_jv_header .tit_job', '.jv_header .tit_job'],
  company: ['.wrap_jv_header .company', '.jv_header .company'],
  description: ['.user_content', '.jv_detail'],
};

export const saramin = defineSiteRule({
  id: 'saramin',
  name: 'Saramin',
  hosts: /(^|\.)saramin\.co\.kr\//,
  selectors: SELECTORS,
  patch(document, _context, patch) {
    const cells = all(document, '.user_content td', 20);
    const summary = cells.map((td) => td.textContent ?? '').find((t) => /근무지|\|/.test(t)) ?? '';
    const alt =
      all(document, '.user_content img[alt]', 5)
        .map((img) => attr(img, 'alt'))
        .find((a) => a.includes('|')) ?? '';
    const head = clean(alt || summary.split('\n')[0] || '');
    const [company, title] = head.split(/\s*\|\s*/);
    if (!patch.title && title) patch.title = clean(title);
    if (!patch.company && company) patch.company = clean(company);
    const address = summary.match(/근무지\s*주소\s+([^\n]+)/)?.[1];
    if (address) patch.locations = [cleanLocation(address)];
    if (!patch.descriptionHtml && summary)
      patch.descriptionHtml = `<p>${visibleText(cells[cells.length - 1] ?? null, 5000, true)
        .replace(/[<>&]/g, ' ')
        .replace(/\n/g, '<br>')}</p>`;
  },
});
