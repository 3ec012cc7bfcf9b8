/**
 * A must-haves list whose item says it is only wished for ("… preferable", "… is advantageous", "even better")
 * files that item as a nice-to-have. Short invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../utils/summarize/sections';

describe('wishes worded inside a must-haves list', () => {
  it('files each wish as a nice-to-have and keeps the must', () => {
    const wishes = [
      'If you have run a pass before, even better',
      'Forklift licence preferable',
      'Not required but helpful: first aid training',
      'A driving licence is handy',
      'We would love it if you speak French',
      'Extra credit for pastry skills',
      'Previous experience in hospitality is advantageous',
      'Experience with sous vide is welcomed',
    ];
    const html = `<h3>Requirements</h3><ul>${['Two years in a busy kitchen', ...wishes].map((item) => `<li>${item}</li>`).join('')}</ul>`;
    const sections = splitSections(html, '', null);
    expect(sections.requirements).toEqual(['Two years in a busy kitchen']);
    expect(sections.preferred).toEqual(wishes);
  });

  it('keeps "is welcome to apply" and a benefit that is useful out of the wishes', () => {
    const sections = splitSections(
      '<h3>Requirements</h3><ul><li>Two years in a busy kitchen</li><li>Anyone with a food hygiene certificate is welcome to apply</li></ul>',
      '',
      null,
    );
    expect(sections.preferred).toEqual([]);
  });
});
