/**
 * A page builder puts each part of a posting in a section of its own, each in its own chain of wrappers: the
 * sections in later (and earlier) branches join the description; testimonials, newsletters, similar jobs and
 * "About us" blocks do not. Short inputs written for the rule.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';

/** One builder section: a section, a container, a column, a text block; each with a class of its own, as builders name them. */
let n = 0;
const section = (inner: string): string =>
  `<section class="b-section b-el-${++n}"><div class="b-container"><div class="b-column"><div class="b-text">${inner}</div></div></div></section>`;

const HERO = section(`<h1>Boat Painter</h1><p>Full time · Falmouth</p>`);
const BODY = section(
  `<div class="job-description"><p>Trelissow Yard restores wooden sailing boats for private owners along the Cornish coast, and needs a painter for its winter season in the sheds. The work is indoors from November to March, with the spring launch of every boat as its end.</p><h3>Responsibilities</h3><ul><li>Sand and varnish hulls and spars</li><li>Mix and match paint for repairs</li></ul></div>`,
);
const BANNER = `<section class="b-section b-el-banner"><div class="b-container"><img src="/shed.jpg" alt=""></div></section>`;
const REQS = section(`<h3>Requirements</h3><ul><li>Two seasons of marine painting</li></ul>`);
const PERKS = section(`<h3>Benefits</h3><ul><li>Free berth for your own boat</li></ul>`);

function text(sections: string): string {
  const { document } = parseHTML(
    `<!DOCTYPE html><html><head><title>Boat Painter - Trelissow Yard</title></head><body><div class="page">${sections}</div><footer><p>© 2026 Trelissow Yard</p></footer></body></html>`,
  );
  return (
    extract(document as unknown as Document, 'https://trelissow.example/jobs/boat-painter').posting?.descriptionText ??
    ''
  );
}

describe('sections in other branches', () => {
  it('joins the later sections, past an image-only banner', () => {
    // A column beside the text (an apply button) keeps the join of sibling sections inside the first branch.
    const body = BODY.replace(
      '</div></div></section>',
      '</div><div class="b-column"><a href="#apply">Apply now</a></div></div></section>',
    );
    const t = text(HERO + body + BANNER + REQS + PERKS);
    expect(t).toContain('Sand and varnish');
    expect(t).toContain('Two seasons of marine painting');
    expect(t).toContain('Free berth');
  });

  it('joins the earlier branch between the title and the chosen block', () => {
    const intro = section(
      `<p>Trelissow Yard restores wooden sailing boats for private owners along the Cornish coast, and needs a painter for its winter season in the sheds.</p><h3>Your week in the sheds</h3><ul><li>Sand and varnish hulls and spars</li><li>Mix and match paint for repairs to old topsides</li><li>Mask and protect brightwork and fittings before each coat</li></ul>`,
    );
    const body = section(
      `<div class="job-description"><h3>Requirements</h3><ul><li>Two seasons of marine painting on wooden hulls, ideally in a yard that works on classic boats</li><li>Patience with slow work: a varnish coat takes a day to dry in the winter sheds</li><li>A full driving licence</li></ul></div>`,
    );
    const t = text(HERO + intro + BANNER + body);
    expect(t).toContain('Sand and varnish');
    expect(t).toContain('Two seasons of marine painting');
  });

  it('stops at a testimonial, a newsletter or an "About us" block', () => {
    const quote = section(`<h2>What our crew says</h2><p>Best sheds on the river. – Jory, painter since 2019</p>`);
    const about = section(
      `<h2>About us</h2><p>Trelissow Yard was founded in 1984 by two shipwrights and now employs thirty people.</p>`,
    );
    const news = section(`<h4>Newsletter</h4><form><input type="email"></form>`);
    const t = text(HERO + BODY + quote + REQS + about + news);
    expect(t).toContain('Sand and varnish');
    expect(t).not.toContain('Best sheds on the river');
    expect(t).not.toContain('Two seasons');
    expect(text(HERO + BODY + about + REQS)).not.toContain('founded in 1984');
    expect(text(HERO + BODY + news + REQS)).not.toContain('Two seasons');
  });
});
