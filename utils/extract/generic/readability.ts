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
    const article = new Readability(clone, { charThreshold: 300, keepClasses: false }).parse();
    if (!article?.content) return null;
    const html = sanitizeHtmlWithDom(article.content, document.defaultView);
    const text = htmlToText(html);
    return text ? { html, text } : null;
  } catch {
    return null;
  }
}

/** A copy of the document whose body holds only a copy of `root` (head kept for Readability's title). */
function subtreeDocument(document: Document, root: Element): Document {
  const html = root.outerHTML;
  const clone = document.cloneNode(false) as Document;
  // A shallow clone has no children: rebuild <html><head><title/></head><body>root</body></html>.
  const parsed = (clone.implementation ?? document.implementation)?.createHTMLDocument?.(document.title ?? '');
  if (parsed && parsed.body) {
    parsed.body.innerHTML = html;
    return parsed;
  }
  const full = document.cloneNode(true) as Document;
  if (full.body) full.body.innerHTML = html;
  return full;
}
