/**
 * The call to apply after a posting's questions ("Do you hold a licence? Then we want to hear from you.", "…? Dann
 * freuen wir uns auf deine Bewerbung!") is not a must-have: it is left out, in English, German, French and Dutch, and
 * the questions stay. Short invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '', null);

describe('the call to apply after questions', () => {
  it.each([
    'Then we want to hear from you.',
    "If so, we'd love to hear from you!",
    'Dann freuen wir uns auf deine Bewerbung!',
    'Alors rejoignez-nous !',
    'Dan horen we graag van je.',
  ])('is left out: %s', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });

  it('leaves the questions as must-haves', () => {
    const sections = split(
      "<p>Are you a qualified plumber with at least two years' experience? Do you hold a full UK driving licence? Then we want to hear from you.</p><h3>What we offer</h3><ul><li>Company van</li></ul>",
    );
    expect(sections.requirements.join(' ')).not.toContain('hear from you');
    expect(sections.requirements.join(' ')).toContain('Do you hold a full UK driving licence?');
  });

  it('keeps a sentence that only starts with "then" and says something of the job', () => {
    expect(isBoilerplateSentence('Then you will check the stock against the delivery notes.')).toBe(false);
  });
});
