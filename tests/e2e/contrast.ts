/**
 * Run in a page (Playwright's or Puppeteer's evaluate): the text field or select whose outline
 * contrasts least with what is behind it, and that ratio (WCAG 1.4.11 asks ≥ 3:1 for the edge that
 * shows a control is there); or, with 'placeholder', the field whose placeholder text contrasts
 * least with the field (it says what to type, or "Not found on the page": text, so ≥ 4.5:1).
 * Self-contained: it is serialized into the page.
 */
export const worstFieldOutline = (
  /** 'outline' or 'placeholder' (a plain string: evaluate() widens literals). */
  what: string,
): { field: string; ratio: number } | undefined => {
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
  /** The colour behind an element: the nearest ancestor with a background. */
  const behind = (element: Element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return 'rgb(255, 255, 255)';
  };
  const alphaOf = (color: string) =>
    color.startsWith('rgba') ? Number(color.split(',')[3]?.replace(')', '') ?? 1) : 1;
  /** Text of `color`, faded to `alpha`, as it shows over `background`. */
  const over = (color: string, alpha: number, background: string) => {
    const [r = 0, g = 0, b = 0] = rgb(color);
    const [br = 0, bg = 0, bb = 0] = rgb(background);
    const mix = (front: number, back: number) => Math.round(front * alpha + back * (1 - alpha));
    return `rgb(${mix(r, br)}, ${mix(g, bg)}, ${mix(b, bb)})`;
  };
  const fields = [
    ...document.querySelectorAll<HTMLElement>(
      what !== 'placeholder'
        ? 'input:not([type=checkbox], [type=radio], [type=file], [type=hidden]), select, textarea'
        : 'input[placeholder], textarea[placeholder]',
    ),
  ];
  return fields
    .map((field) => {
      const style = getComputedStyle(field);
      const placeholder = getComputedStyle(field, '::placeholder');
      // A placeholder's own opacity fades it as much as an alpha would.
      const alpha = alphaOf(placeholder.color) * Number(placeholder.opacity || 1);
      return {
        field: field.id || field.getAttribute('name') || field.outerHTML.slice(0, 60),
        ratio:
          what !== 'placeholder'
            ? ratio(style.borderTopColor, behind(field))
            : ratio(over(placeholder.color, alpha, style.backgroundColor), style.backgroundColor),
      };
    })
    .sort((a, b) => a.ratio - b.ratio)[0];
};
