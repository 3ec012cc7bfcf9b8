/**
 * Turns the browser's refusal to inject into a page into words for the user. Pure: the messages
 * are Chromium's `scripting.executeScript` errors.
 */
export interface CaptureFailure {
  kind: 'restricted' | 'failed';
  reason: string;
}

const restrictedPatterns: Array<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /extensions gallery cannot be scripted|chromewebstore|webstore/i,
    reason: 'The Chrome Web Store does not allow extensions to read its pages.',
  },
  {
    pattern: /cannot access a (chrome|edge|brave|about|devtools|chrome-extension|chrome-search|view-source):/i,
    reason: 'This is a browser page. Extensions cannot read it — open a job posting on a website.',
  },
  {
    pattern: /cannot access contents of url "?(file|data|blob):/i,
    reason: 'Local files and data pages cannot be read unless file access is allowed for Jobshelf.',
  },
  {
    pattern: /showing error page/i,
    reason: 'This tab shows an error page. Reload the posting and try again.',
  },
  {
    pattern: /cannot access contents of (the page|url)|must request permission/i,
    reason:
      'The browser did not let Jobshelf read this page (PDF viewer, a protected page, or the page changed since you clicked). Click the Jobshelf button on the posting again.',
  },
];

export function describeCaptureFailure(error: unknown): CaptureFailure {
  const message = error instanceof Error ? error.message : String(error);
  for (const { pattern, reason } of restrictedPatterns) {
    if (pattern.test(message)) return { kind: 'restricted', reason };
  }
  if (/no tab with id/i.test(message)) {
    return { kind: 'failed', reason: 'That tab is closed.' };
  }
  return { kind: 'failed', reason: `Jobshelf could not read this page: ${message}` };
}

/** Pages no extension may script, known from the URL before trying (when the URL is visible). */
export function describeRestrictedUrl(url: string | null | undefined): CaptureFailure | null {
  if (!url) return null;
  if (
    /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons)/i.test(
      url,
    )
  ) {
    return describeCaptureFailure('The extensions gallery cannot be scripted.');
  }
  const scheme = /^(chrome|edge|brave|about|devtools|chrome-extension|chrome-search|view-source|moz-extension):/i.exec(
    url,
  );
  if (scheme) return describeCaptureFailure(`Cannot access a ${scheme[1]}: URL`);
  if (/^https?:\/\/[^?#]+\.pdf([?#]|$)/i.test(url)) {
    // The browser's PDF viewer is not a page extensions can read.
    return {
      kind: 'restricted',
      reason:
        'This is a PDF. Jobshelf reads job postings on web pages — open the posting’s page, or select its text and use “Save selection as job posting”.',
    };
  }
  return null;
}
