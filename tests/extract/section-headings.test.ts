/**
 * A posting's sections beside the block the reader chose join the description when their heading
 * names a section in the reader's wider vocabulary ("Your profile", "Perks", "Das bringst du mit"),
 * even when the blocks are not of one kind (each its own class). Short inputs written for the rule.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';
import { JOB_SECTION_HEADINGS } from '../../utils/extract/data/vocabulary';
import { postingBlocks } from '../../utils/extract/generic/description-blocks';
import { SECTION_HEADING } from '../../utils/extract/generic/section-heading';

function doc(body: string): Document {
  const { document } = parseHTML(
    `<!DOCTYPE html><html><head><title>Yard Supervisor - Fenwick Timber</title></head><body>${body}</body></html>`,
  );
  return document as unknown as Document;
}

const INTRO = `<p>Fenwick Timber saws and seasons oak for joiners across the valley, and our yard team keeps the stacks moving in every weather.</p>`;
const TASKS = `<h3>Responsibilities</h3><ul><li>Schedule the kiln loads each morning</li><li>Check stack spacing after deliveries</li></ul>`;

describe('SECTION_HEADING', () => {
  it('knows the short section names the capture list leaves out', () => {
    for (const name of [
      'Your profile',
      'Perks',
      'Key skills',
      'Must-haves',
      'Bonus points',
      'Das bringst du mit',
      'Unser Angebot',
      'Tu perfil',
      'Jouw profiel',
      "What's in it for you?",
      'Desirable',
    ])
      expect(SECTION_HEADING.test(name), name).toBe(true);
  });

  it('refuses page chrome and long lines', () => {
    for (const name of [
      'Similar jobs',
      'Share this job',
      'Perks of living in Leeds and why the city keeps growing every single year since 1990',
    ])
      expect(SECTION_HEADING.test(name), name).toBe(false);
  });

  it('keeps "Skills" for a heading alone, not inside a sentence', () => {
    expect(SECTION_HEADING.test('Skills')).toBe(true);
    expect(SECTION_HEADING.test('Skills we teach at the academy')).toBe(false);
  });
});

describe('postingBlocks with the wider section names', () => {
  const page = `<main><h1>Yard Supervisor</h1><div class="description">${INTRO}${TASKS}</div><div class="profile"><h3>Your profile</h3><ul><li>A forklift ticket</li><li>Three winters outdoors</li></ul></div><div class="perks"><h3>Perks</h3><ul><li>Free offcuts for your own projects</li></ul></div><div class="newsletter"><h3>Get job alerts</h3><p>Sign up to hear about every new opening at the yard.</p></div></main>`;

  it('joins sibling sections of other kinds that open with a known heading, and stops at chrome', () => {
    const document = doc(page);
    const anchor = document.querySelector('.description')!;
    const blocks = postingBlocks(anchor, 'wrappers', null, SECTION_HEADING).map((b) => b.getAttribute('class'));
    expect(blocks).toEqual(['description', 'profile', 'perks']);
  });

  it("with the capture script's own list, the same blocks are left out (the list knows fewer names)", () => {
    const document = doc(page);
    const anchor = document.querySelector('.description')!;
    expect(postingBlocks(anchor, 'wrappers', null, JOB_SECTION_HEADINGS)).toHaveLength(1);
  });

  it('extract() reads the profile and perks into the description', () => {
    const text = extract(doc(page), 'https://fenwick.example/jobs/yard-supervisor').posting?.descriptionText ?? '';
    expect(text).toContain('A forklift ticket');
    expect(text).toContain('Free offcuts');
    expect(text).not.toContain('job alerts');
  });
});
