/**
 * Boards that list required and optional items in one list mark the optional ones in parentheses
 * before the item: "(Desirable) Experience with …". The marker alone makes the item optional; a
 * parenthesis that opens an item with anything else ("(UK) driving licence") does not.
 * Short inputs written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { blankPosting } from '../posting-factory';

function sections(html: string) {
  const s = summarize(blankPosting({ title: 'Orchard Manager', descriptionHtml: html, source: 'test' }));
  return { requirements: s.requirements, preferred: s.preferred };
}

describe('a marker in parentheses before the item', () => {
  it('files "(Desirable) …" and "(Preferred) …" items as nice-to-haves', () => {
    const s = sections(
      '<h3>Requirements</h3><ul><li>Five seasons running a fruit farm crew</li><li>(Desirable) A spraying certificate for orchard crops</li><li>(Preferred) Some experience with cider presses</li></ul>',
    );
    expect(s.requirements).toEqual(['Five seasons running a fruit farm crew']);
    expect(s.preferred).toEqual([
      '(Desirable) A spraying certificate for orchard crops',
      '(Preferred) Some experience with cider presses',
    ]);
  });

  it('keeps an item whose opening parenthesis is not a marker', () => {
    const s = sections(
      '<h3>Requirements</h3><ul><li>(UK) Full driving licence for tractors and vans</li><li>Five seasons running a fruit farm crew</li></ul>',
    );
    expect(s.requirements).toContain('(UK) Full driving licence for tractors and vans');
    expect(s.preferred).toEqual([]);
  });
});
