/** The description container found from its section headings, with the detector's wider heading vocabulary. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDescriptionElement } from '../../utils/extract/generic/description';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('description container on a small own site', () => {
  it('climbs to the section that holds "What we\'re looking for" and "What you get"', () => {
    const document = doc(
      '<html><body><header><a href="/">Millrace Pizza</a><nav><a href="/menu">Menu</a><a href="/jobs">Jobs</a></nav></header><main>' +
        '<section class="hero"><h1>Pizza Chef</h1><p>Full-time · Kendal</p></section>' +
        '<section class="job"><p>Millrace Pizza bakes Neapolitan pizza in a wood oven by the river in Kendal, and has done since 2015.</p>' +
        '<h3>The job</h3><ul><li>Stretching and topping pizzas during service</li><li>Making the dough every morning</li></ul>' +
        "<h3>What we're looking for</h3><ul><li>Two years on a busy pizza oven</li><li>Free on Friday and Saturday nights</li></ul>" +
        '<h3>What you get</h3><ul><li>£13.10 per hour plus tips</li><li>A pizza on every shift</li></ul></section>' +
        '<section class="menu"><h2>On the menu</h2><ul><li>Margherita £9</li><li>Marinara £8</li></ul></section></main></body></html>',
    );
    const element = findDescriptionElement(document, []);
    expect(element?.className).toBe('job');
  });
});
