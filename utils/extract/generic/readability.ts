/**
 * Readability fallback for the description. Not imported by index.ts: the capture script stays
 * small, and the extension injects this only when extract() found no description. Runs on a clone
 * so the live page is never modified. Given a `root` (the page's main content), it reads only that
 * subtree, copied into a fresh document: far less work on big pages.
 */
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../html-text';
import { sanitizeHtmlWithDom } from '../sanitize-dom';

export function readDescription(document: Document, root?: Element | null): { html: string; text: string } | null {
  try {
    const clone = root ? subtreeDocument(document, root) : (document.cloneNode(true) as Document);
    keepHeaderBlocks(clone);
    const article = new Readability(clone, { charThreshold: 300, keepClasses: false }).parse();
    if (!article?.content) return null;
    const html = sanitizeHtmlWithDom(article.content, document.defaultView);
    const text = htmlToText(html);
    return text ? { html, text } : null;
  } catch {
    return null;
  }
}

/** A block named for a heading that holds one short line of text (a page builder's section title). */
const HEADER_NAME = /header|heading/i;
const NOT_A_TITLE = 'a, img, button, input, nav, ul, ol, p, h1, h2, h3, h4, h5, h6';

/**
 * Readability drops every block whose class says "header" as page chrome. Notion names its section
 * titles so ("notion-header-block", "notion-sub_header-block", a styled div inside): in the copy,
 * such a block that holds only a short line of text becomes the heading it is, so the sections keep
 * their titles. Blocks with links, images or paragraphs inside (a site's own header) are left alone.
 */
function keepHeaderBlocks(clone: Document): void {
  const body = clone.body;
  if (!body) return;
  let changed = 0;
  for (const el of Array.from(body.querySelectorAll('div[class], section[class]'))) {
    if (changed >= 200) break;
    if (!HEADER_NAME.test(el.getAttribute('class') ?? '') || el.querySelector(NOT_A_TITLE)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 80 || !el.parentElement) continue;
    const heading = clone.createElement('h3');
    heading.textContent = text;
    el.replaceWith(heading);
    changed++;
  }
}

/** A copy of the document whose body holds only a copy of `root` (head kept for Readability's title). */
function subtreeDocument(document: Document, root: Element): Document {
  const clone = document.cloneNode(false) as Document;
  // A shallow clone has no children: rebuild <html><head><title/></head><body>root</body></html>.
  const parsed = (clone.implementation ?? document.implementation)?.createHTMLDocument?.(document.title ?? '');
  if (parsed && parsed.body) {
    parsed.body.innerHTML = root.outerHTML;
    return parsed;
  }
  return shellWithSubtree(document, root) ?? reparsed(document, root.outerHTML);
}

/**
 * Without `implementation` (linkedom): a shallow copy of the document whose <html> keeps deep
 * copies of everything but the body, and whose body holds a copy of `root`. The same tree as a
 * deep clone whose body's HTML is replaced by `root.outerHTML`, without copying the whole body and
 * parsing the subtree again. Null for an unusual shape (no <head> then <body>): `reparsed` then.
 */
function shellWithSubtree(document: Document, root: Element): Document | null {
  const html = document.documentElement;
  const head = html?.firstElementChild;
  const body = head?.nextElementSibling;
  if (!html || head?.tagName.toUpperCase() !== 'HEAD' || body?.tagName.toUpperCase() !== 'BODY') return null;
  const shell = document.cloneNode(false) as Document;
  for (const node of Array.from(document.childNodes)) {
    if (node !== html) {
      shell.appendChild(node.cloneNode(true));
      continue;
    }
    const copy = html.cloneNode(false);
    for (const child of Array.from(html.childNodes)) copy.appendChild(child.cloneNode(child !== body));
    shell.appendChild(copy);
  }
  if (!shell.body) return null;
  shell.body.appendChild(root.cloneNode(true));
  return shell;
}

function reparsed(document: Document, html: string): Document {
  const full = document.cloneNode(true) as Document;
  if (full.body) full.body.innerHTML = html;
  return full;
}
