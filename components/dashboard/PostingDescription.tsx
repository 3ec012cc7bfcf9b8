import DOMPurify from 'dompurify';
import { useMemo } from 'react';

let hooked = false;

/**
 * The page's HTML is untrusted even though it was sanitized in the page: sanitize again here,
 * without images (remote images would tell the site you looked) and with links opening in a new
 * tab without a referrer, and only when they are http(s).
 */
function sanitizeDescription(html: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement) {
        if (!/^https?:/i.test(node.getAttribute('href') ?? '')) node.removeAttribute('href');
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['img', 'picture', 'video', 'audio', 'iframe', 'form', 'input', 'button', 'style', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id'],
  });
}

export interface PostingDescriptionProps {
  html: string;
  text: string;
}

/** The original description, sanitized again before it is rendered; plain text when there is no HTML. */
export function PostingDescription({ html, text }: PostingDescriptionProps) {
  const clean = useMemo(() => (html.trim() ? sanitizeDescription(html) : ''), [html]);
  if (!clean) {
    return text.trim() ? (
      <div
        className="posting-description posting-description-text"
        tabIndex={0}
        role="region"
        aria-label="Job description"
        data-testid="posting-description"
      >
        {text}
      </div>
    ) : (
      <p className="muted">This posting has no description.</p>
    );
  }
  // Focusable, so a keyboard can scroll it (it has its own scroll box).
  return (
    <div
      className="posting-description"
      tabIndex={0}
      role="region"
      aria-label="Job description"
      data-testid="posting-description"
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
