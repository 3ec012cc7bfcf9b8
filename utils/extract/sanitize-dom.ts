/**
 * DOMPurify on a real window (the page's, in the Readability content script, which is injected only
 * when needed), with the same allow-list as `sanitize.ts`; the tokenizer where there is no full DOM.
 */
import DOMPurify from 'dompurify';
import { ALLOWED_TAGS, sanitizeWithoutDom } from './sanitize';

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier | null>();

function purifierFor(view: (Window & typeof globalThis) | null | undefined): Purifier | null {
  if (!view) return null;
  if (purifiers.has(view)) return purifiers.get(view) ?? null;
  let purifier: Purifier | null = null;
  try {
    const candidate = DOMPurify(view);
    purifier = candidate.isSupported ? candidate : null;
  } catch {
    purifier = null;
  }
  purifiers.set(view, purifier);
  return purifier;
}

export function sanitizeHtmlWithDom(
  html: string,
  view: (Window & typeof globalThis) | null | undefined,
  max = 2_000_000,
): string {
  if (!html) return '';
  const input = html.length > max ? html.slice(0, max) : html;
  const purifier = purifierFor(view);
  const out = purifier
    ? String(
        purifier.sanitize(input, {
          ALLOWED_TAGS,
          ALLOWED_ATTR: ['href'],
          ALLOW_DATA_ATTR: false,
          ALLOW_ARIA_ATTR: false,
          FORBID_TAGS: ['img', 'style', 'script', 'form', 'input', 'video', 'audio', 'picture', 'source'],
          RETURN_TRUSTED_TYPE: false,
        }),
      )
    : sanitizeWithoutDom(input);
  return out.length > max ? out.slice(0, max) : out;
}
