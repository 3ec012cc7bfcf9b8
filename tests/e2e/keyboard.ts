/** One stop of the Tab key: what it is, and whether its focus ring can be seen. */
export interface TabStop {
  what: string;
  /** Outline or box-shadow drawn, ≥ 2 px, and ≥ 3:1 against what is behind it (WCAG 2.4.7, 1.4.11). */
  ring: boolean;
  ratio: number;
}

/** Run in the page: the element holding focus, described, and its focus ring measured. Self-contained. */
const describeFocus = (): TabStop | null => {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const rgb = (value: string) => (value.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const luminance = (value: string) => {
    const [r = 0, g = 0, b = 0] = rgb(value).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a: string, b: string) => {
    const [x = 0, y = 0] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  let behind = 'rgb(255, 255, 255)';
  for (let node = element.parentElement; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') {
      behind = color;
      break;
    }
  }
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  // A box-shadow ring: its last colour is the outer ring.
  const shadowColors = style.boxShadow === 'none' ? [] : (style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []);
  const color = outline ? style.outlineColor : (shadowColors.at(-1) ?? '');
  const contrast = color ? ratio(color, behind) : 0;
  const label =
    element.getAttribute('aria-label') ||
    element.dataset.testid ||
    (element.textContent ?? '').trim().slice(0, 40) ||
    element.getAttribute('name') ||
    element.id;
  return {
    what: `${element.tagName.toLowerCase()} "${label}"`,
    ring: (outline || shadowColors.length > 0) && contrast >= 3,
    ratio: Math.round(contrast * 100) / 100,
  };
};

/**
 * Presses Tab from the top of the page until focus leaves it or comes round again (at most
 * `limit` stops): each stop with its ring, and the visible controls Tab never reached.
 */
/** What the walk needs of a page, Playwright's (Chromium) or Puppeteer's (Firefox) alike. */
export interface KeyboardPage {
  evaluate<R>(fn: () => R): Promise<R>;
  keyboard: { press(key: 'Tab'): Promise<void> };
}

export async function tabWalk(page: KeyboardPage, limit = 200): Promise<{ stops: TabStop[]; unreached: string[] }> {
  // From the top: focus a first, unlisted element (tabindex -1), so the next Tab goes to the first control.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-tab-reached]')) element.removeAttribute('data-tab-reached');
    window.scrollTo(0, 0);
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.tabStart = '';
    document.body.prepend(start);
    start.focus();
  });
  const stops: TabStop[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    if (step === 0) await page.evaluate(() => document.querySelector('[data-tab-start]')?.remove());
    // 'same': Tab moved within one control (a date field's month, day and year); 'again': round once.
    const where = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'again';
      if (element.dataset.tabReached === 'last') return 'same';
      if (element.dataset.tabReached) return 'again';
      document.querySelector('[data-tab-reached="last"]')?.setAttribute('data-tab-reached', '1');
      element.dataset.tabReached = 'last';
      return 'new';
    });
    if (where === 'again') break;
    if (where === 'same') continue;
    const stop = await page.evaluate(describeFocus);
    if (stop) stops.push(stop);
  }
  const unreached = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
    );
    const reachedRadios = new Set(
      [...document.querySelectorAll<HTMLInputElement>('input[type=radio][data-tab-reached]')].map(
        (radio) => radio.name,
      ),
    );
    return [...controls]
      .filter((element) => {
        if (element.dataset.tabReached || element.tabIndex < 0) return false;
        if (element instanceof HTMLInputElement && element.type === 'radio' && reachedRadios.has(element.name))
          return false;
        // Drawn and not hidden: a visually-hidden file input behind its label button counts by its label.
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || element.closest('[inert], [hidden], [aria-hidden="true"]'))
          return false;
        return getComputedStyle(element).visibility !== 'hidden';
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label') || element.id}"`,
      );
  });
  return { stops, unreached };
}
