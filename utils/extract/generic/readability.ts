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

/** A new document whose body is a copy of `root` (the title kept for Readability's heuristics). */
function subtreeDocument(document: Document, root: Element): Document {
  const doc = document.implementation.createHTMLDocument(document.title ?? '');
  doc.body.appendChild(doc.importNode(root, true));
  return doc;
}
