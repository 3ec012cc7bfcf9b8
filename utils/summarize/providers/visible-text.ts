import type { PostingDraft } from '../../schema/posting';

/** Letters and digits only, lowercased: how a sentence is looked for in the page's visible text. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The posting with only the description sentences a reader can see on the page: text hidden with
 * CSS (display:none, zero size, transparent, off-screen) or kept only in structured data is where
 * a page hides instructions meant for an AI, so it is never sent to one. `pageText` is the page's
 * visible text (`visibleTextOfPage`). Title, company and locations stay: short and shown to the user.
 */
export function visiblePosting(posting: PostingDraft, pageText: string): PostingDraft {
  const page = squash(pageText);
  const lines: string[] = [];
  for (const line of posting.descriptionText.split('\n')) {
    const bullet = line.startsWith('- ') ? '- ' : '';
    const sentences = line
      .slice(bullet.length)
      .split(/(?<=[.!?;:])\s+/)
      .filter((sentence) => {
        const key = squash(sentence);
        return key.length > 0 && page.includes(key);
      });
    if (sentences.length > 0) lines.push(bullet + sentences.join(' '));
    else if (!line.trim() && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  }
  return { ...posting, descriptionText: lines.join('\n').trim(), descriptionHtml: '' };
}

/**
 * Runs in the page (passed to scripting.executeScript, so self-contained): the text of every text
 * node a reader can see. Hidden: display:none or a zero-size box, visibility hidden, opacity 0
 * (on it or an ancestor), a font too small to read, a transparent colour, clipped by a tiny
 * overflow-hidden ancestor or clip-path, or placed off the page.
 */
export function visibleTextOfPage(maxChars = 2_000_000): string {
  const ownHidden = new Map<Element, boolean>();
  const hidesChildren = new Map<Element, boolean>();
  const transparent = (color: string) => /^rgba\(.*,\s*0(\.0+)?\)$/.test(color) || color === 'transparent';
  const ancestorHides = (element: Element | null): boolean => {
    if (!element || element === document.documentElement) return false;
    const known = hidesChildren.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const clipped = style.overflow !== 'visible' && (rect.width < 2 || rect.height < 2);
    const offPage = rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0;
    const result =
      Number(style.opacity) === 0 ||
      clipped ||
      (offPage && style.position !== 'static') ||
      /inset\(\s*(4\d|50)%|circle\(\s*0/.test(style.clipPath) ||
      /rect\(\s*0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\s*\)/.test(style.clip) ||
      ancestorHides(element.parentElement);
    hidesChildren.set(element, result);
    return result;
  };
  const hidden = (element: Element): boolean => {
    const known = ownHidden.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const result =
      style.display === 'none' ||
      style.visibility !== 'visible' ||
      parseFloat(style.fontSize) < 4 ||
      transparent(style.color) ||
      (style.display !== 'contents' && (rect.width < 1 || rect.height < 1)) ||
      ancestorHides(element);
    ownHidden.set(element, result);
    return result;
  };
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || !text.trim() || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/.test(parent.tagName)) continue;
    if (hidden(parent)) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ').slice(0, maxChars);
}
