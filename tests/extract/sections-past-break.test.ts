/**
 * A posting's sections past one short interruption (a quote, a caption) join the description;
 * a long text, a row of links or chrome between them ends the posting. Short inputs written for the rule.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';

const INTRO = `<p>Pellow Ferries runs the foot ferry across the estuary every half hour from April to October, and needs a deckhand for the coming season.</p>`;
const TASKS = `<h3>Responsibilities</h3><ul><li>Moor and cast off at both slipways</li><li>Check tickets as passengers board</li></ul>`;
const AFTER = `<div class="req"><h3>Requirements</h3><ul><li>A powerboat level 2 certificate</li></ul></div><div class="ben"><h3>Benefits</h3><ul><li>Free crossings for your family all year</li></ul></div>`;

function text(between: string): string {
  const { document } = parseHTML(
    `<!DOCTYPE html><html><head><title>Deckhand - Pellow Ferries</title></head><body><main><h1>Deckhand</h1><div class="description">${INTRO}${TASKS}</div>${between}${AFTER}</main></body></html>`,
  );
  return (
    extract(document as unknown as Document, 'https://pellowferries.example/jobs/deckhand').posting?.descriptionText ??
    ''
  );
}

describe('sections past a short interruption', () => {
  it('joins the sections after a quote', () => {
    const t = text(
      `<blockquote class="quote">The best office on the river, even in a squall. – Morwenna, skipper</blockquote>`,
    );
    expect(t).toContain('powerboat level 2');
    expect(t).toContain('Free crossings');
  });

  it('joins them after a photo with a caption', () => {
    const t = text(
      `<figure class="photo"><img src="/crew.jpg" alt=""><figcaption>Our crew on the first sailing of the season</figcaption></figure>`,
    );
    expect(t).toContain('powerboat level 2');
  });

  it('stops at a long text between them', () => {
    const t = text(
      `<div class="story"><p>${'The ferry has crossed here since 1880, and the families who ran it kept the same timetable through two wars. '.repeat(4)}</p></div>`,
    );
    expect(t).not.toContain('powerboat level 2');
  });

  it('stops at a row of links or a block with a heading of its own', () => {
    expect(
      text(`<div class="more"><a href="/jobs/skipper">Skipper</a> · <a href="/jobs/kiosk">Kiosk assistant</a></div>`),
    ).not.toContain('powerboat level 2');
    expect(text(`<div class="alerts"><h4>Get job alerts</h4><p>Hear about new roles first.</p></div>`)).not.toContain(
      'powerboat level 2',
    );
  });
});
