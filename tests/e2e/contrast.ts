/**
 * Run in a page (Playwright's or Puppeteer's evaluate): the text field or select whose outline
 * contrasts least with what is behind it, and that ratio. WCAG 1.4.11 asks ≥ 3:1 for the edge that
 * shows a control is there. Self-contained: it is serialized into the page.
 */
export const worstFieldOutline = (): { field: string; ratio: number } | undefined => {
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
  const fields = [
    ...document.querySelectorAll<HTMLElement>(
      'input:not([type=checkbox], [type=radio], [type=file], [type=hidden]), select, textarea',
    ),
  ];
  return fields
    .map((field) => ({
      field: field.id || field.getAttribute('name') || field.outerHTML.slice(0, 60),
      ratio: ratio(getComputedStyle(field).borderTopColor, behind(field)),
    }))
    .sort((a, b) => a.ratio - b.ratio)[0];
};
