/**
 * Readability fallback for the description. Not imported by index.ts: the capture script stays
 * small, and the extension injects this only when extract() found no description. Runs on a clone
 * so the live page is never modified.
 */
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../html-text';
import { sanitizeHtml } from '../sanitize';

export function readDescription(document: Document): { html: string; text: string } | null {
  try {
    const clone = document.cloneNode(true) as Document;
    const article = new Readability(clone, { charThreshold: 300, keepClasses: false }).parse();
    if (!article?.content) return null;
    const html = sanitizeHtml(article.content, document.defaultView);
    const text = htmlToText(html);
    return text ? { html, text } : null;
  } catch {
    return null;
  }
}
